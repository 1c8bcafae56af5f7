import { NAMED_ENTITIES } from "./mask.js";

/**
 * Mammoth's HTML for a Word document → the text the user sees, one line per paragraph and per
 * table row (cells separated by tabs, as the linter reads tables). Numbered lists get the
 * numbers Word shows (`1.`, `1.1.`) and bulleted ones a `•`. So a line number here is the
 * paragraph's number in the document. A table nested in a cell stays within that cell, so that
 * the row is still one line.
 */
export function htmlToDraftText(html: string): string {
  const writer = new DraftTextWriter();
  for (const token of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g)) {
    const [, closing, name, selfClosing, text] = token;
    if (text !== undefined) writer.text(decodeEntities(text));
    else writer.tag((name ?? "").toLowerCase(), closing === "", selfClosing !== "");
  }
  return writer.finish();
}

/** Collects lines as mammoth's tags open and close paragraphs, list items, rows and cells. */
class DraftTextWriter {
  private readonly lines: string[] = [];
  private readonly lists: { ordered: boolean; count: number }[] = [];
  private tableDepth = 0;
  /** The paragraph being written, if any. */
  private line: string[] | undefined;
  private row: string[] | undefined;
  /** The paragraphs of the cell being written, if any. */
  private cell: string[] | undefined;

  text(text: string): void {
    (this.line ??= []).push(text);
  }

  tag(name: string, opening: boolean, selfClosing: boolean): void {
    if (name === "br") this.text(" ");
    else if (/^(p|h[1-6])$/.test(name)) this.paragraph(opening && !selfClosing);
    else if (name === "ol" || name === "ul") this.list(name === "ol", opening);
    else if (name === "li") this.listItem(opening);
    else if (name === "table") this.tableDepth += opening ? 1 : -1;
    // Rows and cells of a nested table are read as text of the outer cell.
    else if (this.tableDepth > 1 && (name === "tr" || name === "td" || name === "th")) this.flush();
    else if (name === "tr") this.tableRow(opening);
    else if (name === "td" || name === "th") this.tableCell(opening);
  }

  finish(): string {
    this.flush();
    return this.lines.join("\n");
  }

  private paragraph(starts: boolean): void {
    this.flush();
    if (starts) this.line = [];
  }

  private list(ordered: boolean, opening: boolean): void {
    this.flush();
    if (opening) this.lists.push({ ordered, count: 0 });
    else this.lists.pop();
  }

  private listItem(opening: boolean): void {
    this.flush();
    if (!opening) return;
    const list = this.lists.at(-1);
    if (list) list.count += 1;
    this.line = [list?.ordered ? `${this.lists.map((level) => level.count).join(".")}. ` : "• "];
  }

  private tableRow(opening: boolean): void {
    if (opening) this.row = [];
    else if (this.row) {
      this.lines.push(this.row.join("\t"));
      this.row = undefined;
    }
  }

  private tableCell(opening: boolean): void {
    this.flush();
    if (opening) this.cell = [];
    else if (this.cell) {
      this.row?.push(this.cell.filter(Boolean).join(" "));
      this.cell = undefined;
    }
  }

  /** Ends the paragraph being written: a line of its own, or part of the cell it stands in. */
  private flush(): void {
    if (this.line === undefined) return;
    const text = this.line.join("").replace(/[ \t\r\n]+/g, " ").trim();
    if (this.cell) this.cell.push(text);
    else this.lines.push(text);
    this.line = undefined;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, entity: string) => {
    const code = /^#x/i.test(entity) ? Number.parseInt(entity.slice(2), 16) : entity.startsWith("#") ? Number(entity.slice(1)) : undefined;
    // An entity beyond Unicode stays as written rather than failing the whole document.
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
