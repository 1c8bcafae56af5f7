/**
 * The HTML report's own style and script, inlined into the page: the report is one file that
 * works offline, from a USB stick or an email, with nothing fetched from any network.
 */

export const REPORT_CSS = `
:root { --ink: #1d2733; --muted: #5b6877; --line: #d5dbe3; --paper: #ffffff; --band: #f4f6f9;
  --error: #b42318; --warning: #b26a00; --clean: #1f7a4d; --skipped: #6b3fa0; --accent: #1f5f8b; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--band); }
header, main > section { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
header { padding-top: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 12px; }
h3 { font-size: 15px; margin: 0 0 8px; }
.file { color: var(--muted); margin: 0; }
main > section { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin-bottom: 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { flex: 1 1 120px; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 4px; padding: 10px 12px; background: var(--paper); }
.card .count { display: block; font-size: 26px; font-weight: 650; }
.card .label { color: var(--muted); }
.card.error { border-left-color: var(--error); } .card.warning { border-left-color: var(--warning); }
.card.clean { border-left-color: var(--clean); } .card.skipped { border-left-color: var(--skipped); }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .count, svg .tick { fill: var(--muted); }
.bars .bar rect { fill: var(--accent); } .bars .bad rect { fill: var(--error); } .bars .unsure rect { fill: var(--warning); }
.timeline .axis { stroke: var(--muted); }
.timeline .guide { stroke-dasharray: 6 4; stroke-width: 1.5; }
.timeline .total { fill: none; stroke-width: 2.5; }
.timeline .increase { stroke: #c2410c; fill: #c2410c; } .timeline rect.increase { fill: #f6b38a; stroke: none; }
.timeline .deminimis { stroke: #1d4ed8; fill: #1d4ed8; } .timeline rect.deminimis { fill: #9db7f5; stroke: none; }
.timeline rect.other { fill: #c4cbd4; }
.timeline polyline.increase, .timeline polyline.deminimis { fill: none; }
.timeline .guide-label { stroke: none; }
.timeline .flag.error { fill: var(--error); } .timeline .flag.warning { fill: var(--warning); }
.chain { border-top: 1px solid var(--line); padding-top: 12px; margin-top: 12px; }
.chain:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
.note { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
thead th { position: sticky; top: 0; background: var(--paper); }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--accent); }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.filters input, .filters select { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 4px; }
.filters input { flex: 1 1 240px; }
#shown { color: var(--muted); margin-left: auto; }
.status { font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .03em; }
.status.error { color: var(--error); } .status.warning { color: var(--warning); } .status.clean { color: var(--clean); } .status.skipped { color: var(--skipped); }
ul.findings, ul.obligations { margin: 0; padding-left: 16px; }
ul.findings .error { color: var(--error); } ul.findings .warning { color: var(--warning); } ul.findings .info { color: var(--muted); }
code { font-size: 12px; }
details summary { color: var(--muted); cursor: pointer; }
@media print { body { background: var(--paper); } .filters { display: none; } main > section { border: 0; } }
`;

/** Sorting by a column header (numbers by `data-sort`), and filtering by text, status, approver and route. */
export const REPORT_SCRIPT = `
(() => {
  const table = document.getElementById("row-table");
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const text = document.getElementById("filter-text");
  const selects = Array.from(document.querySelectorAll("select[data-filter]"));
  const shown = document.getElementById("shown");
  const filter = () => {
    const words = text.value.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const visible = (!words || row.textContent.toLowerCase().includes(words)) &&
        selects.every((select) => !select.value || row.dataset[select.dataset.filter] === select.value);
      row.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = count + " of " + rows.length + " rows shown";
  };
  text.addEventListener("input", filter);
  for (const select of selects) select.addEventListener("change", filter);
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((header, column) => {
    const button = header.querySelector("button");
    if (!button) return;
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.setAttribute("aria-sort", "none");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent.trim();
      const numeric = header.dataset.type === "number";
      rows.sort((left, right) => {
        const order = numeric ? Number(key(left)) - Number(key(right)) : key(left).localeCompare(key(right), undefined, { numeric: true });
        return (ascending ? order : -order) || Number(left.dataset.row) - Number(right.dataset.row);
      });
      body.append(...rows);
    });
  });
  filter();
})();
`;
