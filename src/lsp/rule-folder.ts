import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readRuleSources, type SourceText } from "../rule-files/load-rule-files.js";
import { type ParsedRuleFile, parseRuleFile } from "../syntax/parse.js";
import { analyseRules, type RuleAnalysis } from "./rule-analysis.js";
import { ruleFilesIn, type RuleSetLocation } from "./rule-folders.js";

/** A rule file open in the editor, whose text (not the saved one) is what counts. */
export interface OpenRuleFile {
  uri: string;
  text: string;
  version: number;
}

/**
 * One set of rule files: those saved in a folder, overlaid with the ones open in the editor.
 * Its analysis is rebuilt only when a file of the set has changed, and each file is re-parsed
 * only when its own text has.
 */
export class RuleFolder {
  private saved: SourceText[] | undefined;
  private savedGeneration = 0;
  private readonly parses = new Map<string, { text: string; parsed: ParsedRuleFile }>();
  private current: { key: string; analysis: RuleAnalysis } | undefined;

  constructor(
    /** Where the saved files are, or undefined for a rule file that is not saved anywhere (checked on its own). */
    readonly location: RuleSetLocation | undefined,
    /** The open rule files that belong to this set. */
    private readonly openFiles: () => OpenRuleFile[],
  ) {}

  /** The analysis of the set as it stands now. */
  analysis(): RuleAnalysis {
    const open = this.openFiles();
    const key = this.keyOf(open);
    if (this.current?.key === key) return this.current.analysis;
    const overlaid = new Map<string, SourceText & { version?: number }>(this.readSaved().map((source) => [source.uri, source]));
    for (const file of open) overlaid.set(file.uri, file);
    this.forgetParsesOtherThan(overlaid);
    const analysis = analyseRules([...overlaid.values()], (source) => this.parse(source));
    this.current = { key, analysis };
    return analysis;
  }

  /** Whether an analysis is still the latest; a newer edit makes older work pointless. */
  isCurrent(analysis: RuleAnalysis): boolean {
    return this.current?.analysis === analysis && this.current.key === this.keyOf(this.openFiles());
  }

  hasOpenFiles(): boolean {
    return this.openFiles().length > 0;
  }

  /** Forget the saved files, after they changed on disk or an open one was closed. */
  reload(): void {
    this.saved = undefined;
    this.savedGeneration += 1;
  }

  private keyOf(open: OpenRuleFile[]): string {
    return `${this.savedGeneration}|${open.map((file) => `${file.uri}@${file.version}`).join("|")}`;
  }

  /** The saved files; an unreadable or empty folder has none, which the checks then report. */
  private readSaved(): SourceText[] {
    const location = this.location;
    if (location === undefined) return [];
    const { directory, nested } = location;
    // Paths relative to the folder, then made into the URIs the editor uses for the same files.
    this.saved ??= (nested ? [directory] : ruleFilesIn(directory))
      .flatMap((path) => readRuleSources(path, directory).sources)
      .map((source) => ({ uri: pathToFileURL(join(directory, source.uri)).href, text: source.text }));
    return this.saved;
  }

  private parse(source: SourceText): ParsedRuleFile {
    const cached = this.parses.get(source.uri);
    if (cached?.text === source.text) return cached.parsed;
    const parsed = parseRuleFile(source.text, source.uri);
    this.parses.set(source.uri, { text: source.text, parsed });
    return parsed;
  }

  private forgetParsesOtherThan(files: ReadonlyMap<string, unknown>): void {
    for (const uri of this.parses.keys()) if (!files.has(uri)) this.parses.delete(uri);
  }
}
