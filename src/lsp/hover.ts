import type { Hover } from "vscode-languageserver";
import type { ParameterSymbol, RuleSet, RuleSymbol } from "../check/model.js";
import { effectiveWindow } from "../check/checks/parameters.js";
import { describeWindow } from "../check/windows.js";
import { Seniority } from "../evaluate/seniority.js";
import { describeType, FACT_CATALOGUE } from "../facts/catalogue.js";
import { printExpression } from "../syntax/print-expressions.js";
import { withinWindow } from "../values/dates.js";
import { keywordAt } from "./keywords.js";
import type { RuleAnalysis } from "./rule-analysis.js";
import type { Occurrence } from "./symbol-index.js";
import { toLspRange } from "./text-positions.js";

/**
 * What a name means, shown when the pointer rests on it: a rule's title, paragraph, sources and
 * quotes; a parameter's dated values with today's marked; a fact's meaning and type; an
 * authority's title and chain of command; a keyword's documentation.
 */
export function hoverAt(analysis: RuleAnalysis, uri: string, offset: number, today: string): Hover | null {
  const text = analysis.texts.get(uri);
  if (text === undefined) return null;
  const occurrence = analysis.index.at(uri, offset);
  if (occurrence) {
    const markdown = describe(analysis.ruleSet, occurrence, today);
    return markdown ? { contents: { kind: "markdown", value: markdown }, range: toLspRange(text, occurrence.range) } : null;
  }
  const keyword = keywordAt(text, offset);
  return keyword ? { contents: { kind: "markdown", value: `\`${keyword.word}\`: ${keyword.doc}` }, range: toLspRange(text, keyword.range) } : null;
}

function describe(ruleSet: RuleSet, occurrence: Occurrence, today: string): string | undefined {
  switch (occurrence.kind) {
    case "authority":
      return describeAuthority(ruleSet, occurrence.name);
    case "parameter": {
      const parameter = ruleSet.parameters.get(occurrence.name);
      return parameter && describeParameter(parameter, today);
    }
    case "define": {
      const define = ruleSet.defines.get(occurrence.name);
      if (!define) return undefined;
      return lines(`**${define.name}** (definition)${define.title ? `: ${define.title}` : ""}`, ["```delegation-rules", `define ${define.name} as ${printExpression(define.expression)}`, "```"].join("\n"));
    }
    case "regime": {
      const regime = ruleSet.regimes.find((candidate) => candidate.name === occurrence.name);
      return regime && lines(`**${regime.name}** (regime): ${regime.title}`, `For procurements started ${describeWindow(regime)}.`, ...bullets(regime.sources));
    }
    case "rule": {
      const versions = ruleSet.rules.filter((rule) => rule.id === occurrence.name);
      const shown = occurrence.declaration ? versions.filter((rule) => rule.nameRange.start === occurrence.range.start && rule.file === occurrence.uri) : versions;
      return shown.length === 0 ? undefined : shown.map(describeRule).join("\n\n---\n\n");
    }
    case "fact": {
      const fact = FACT_CATALOGUE.get(occurrence.name);
      if (!fact) return undefined;
      const notes = [fact.default !== undefined ? `When a decision does not say: \`${fact.default === true ? "yes" : fact.default === false ? "no" : fact.default}\`.` : "", fact.derived ? "Worked out from other facts; a decision cannot give it." : ""];
      return lines(`**${fact.path}** (fact): ${describeType(fact.type)}`, fact.doc, ...notes.filter(Boolean));
    }
  }
}

function describeAuthority(ruleSet: RuleSet, name: string): string | undefined {
  const authority = ruleSet.authorities.get(name);
  if (!authority) return undefined;
  const chain = new Seniority(Object.fromEntries(ruleSet.authorities)).chain(name);
  const approves = [...new Set(ruleSet.rules.filter((rule) => rule.approver === name).map((rule) => `"${rule.id}"`))];
  return lines(
    `**${name}** (authority): ${authority.title}`,
    chain.length > 1 ? `Chain of command: ${chain.join(" → ")}` : "Reports to no one.",
    ruleSet.residual === name ? "Holds every power no rule delegates (the residual authority)." : "",
    approves.length > 0 ? `Approves under ${approves.join(", ")}.` : "",
  );
}

function describeParameter(parameter: ParameterSymbol, today: string): string {
  const periods = parameter.periods.map((period, index) => {
    const window = effectiveWindow(parameter.periods, index);
    const current = withinWindow(today, window.from, window.until);
    const basis = period.basis === "net" ? ", net of VAT" : period.basis === "gross" ? ", including VAT" : "";
    const values = period.rows.map((row) => [...row.keys, row.value.raw].join(" ")).join("; ");
    const heading = `${describeWindow(period)}${basis}`;
    return current ? `- **${heading}: ${values}** ← in force today (${today})` : `- ${heading}: ${values}`;
  });
  return lines(
    `**${parameter.name}** (parameter, ${parameter.type}): ${parameter.title}`,
    parameter.keys.length > 0 ? `Varies by ${parameter.keys.map((key) => `\`${key}\``).join(", ")}.` : "",
    periods.join("\n"),
    ...bullets(parameter.sources),
  );
}

function describeRule(rule: RuleSymbol): string {
  const outcomes = [
    rule.approver ? `approver ${rule.approver}` : "",
    rule.permitsGround ? "permits a ground" : "",
    rule.requiresNewProcurement ? "requires a new procurement" : "",
    ...rule.findings.map((finding) => `${finding.severity} \`${finding.code}\``),
    rule.obligations.length > 0 ? `${rule.obligations.length} obligation${rule.obligations.length === 1 ? "" : "s"}` : "",
  ].filter(Boolean);
  return lines(
    `**"${rule.id}"** ${rule.title}`,
    rule.pack ? `_${rule.pack}_` : "",
    `Applies to ${rule.kinds.join(", ") || "nothing"}${rule.regime ? ` under ${rule.regime}` : ""}; in force ${describeWindow(rule)}${outcomes.length > 0 ? `; ${outcomes.join(", ")}` : ""}.`,
    ...rule.quotes.map((quote) => `> ${quote}`),
    ...bullets(rule.sources),
    ...rule.notes,
  );
}

function bullets(sources: readonly string[]): string[] {
  return sources.length === 0 ? [] : [sources.map((source) => `- Source: ${source}`).join("\n")];
}

function lines(...paragraphs: string[]): string {
  return paragraphs.filter((paragraph) => paragraph !== "").join("\n\n");
}
