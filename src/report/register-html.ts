import type { RegisterSummary, RowStatus } from "../register/summary.js";
import { parseMoney } from "../values/money.js";
import { chainView, money, shareOf, stepLabel } from "./register-chains.js";
import { REPORT_CSS, REPORT_SCRIPT } from "./register-html-assets.js";
import type { RegisterEnding, RegisterReport, RegisterReportContext } from "./register-report.js";
import { RowSelection, type RowView } from "./register-rows.js";
import type { Sink } from "./register-sink.js";
import { escapeHtml, formatCount } from "./register-format.js";
import { barChart, chainChart } from "./register-svg.js";

/**
 * The register as one self-contained HTML page for the meeting: counts, charts of rows by approver
 * and by procurement route, the findings, a timeline of each flagged contract's modifications, and
 * a sortable, filterable table of rows. Style, script and charts are inline; nothing is fetched.
 * The table holds every row up to the table limit; beyond it, flagged rows first.
 */
export function htmlReport(sink: Sink, context: RegisterReportContext): RegisterReport {
  const selection = new RowSelection(context.tableLimit);
  return {
    row: (outcome) => selection.add(outcome),
    end(ending) {
      sink.write(page(ending, selection, context.file));
    },
  };
}

function page({ summary, timelines }: RegisterEnding, selection: RowSelection, file: string): string {
  const title = `Register check: ${file}`;
  return [
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>`,
    `<header><h1>Register check</h1><p class="file">${escapeHtml(file)} · ${formatCount(summary.rows)} rows · ${formatCount(summary.contracts)} contracts</p></header>\n<main>`,
    summarySection(summary),
    chartsSection(summary),
    findingsSection(summary),
    chainsSection(timelines.map(chainView)),
    rowsSection(selection),
    `</main>\n<script>${REPORT_SCRIPT}</script>\n</body>\n</html>\n`,
  ].join("\n");
}

const CARDS: { status: RowStatus; label: string }[] = [
  { status: "error", label: "with errors" },
  { status: "warning", label: "with warnings" },
  { status: "clean", label: "clean" },
  { status: "skipped", label: "skipped (unreadable)" },
];

function summarySection(summary: RegisterSummary): string {
  const card = (count: number, label: string, tone = "") => `<div class="card ${tone}"><span class="count">${formatCount(count)}</span><span class="label">${escapeHtml(label)}</span></div>`;
  const cards = [card(summary.rows, "rows"), card(summary.checked, "checked"), ...CARDS.map(({ status, label }) => card(summary.statuses[status], label, status))];
  return `<section id="summary" aria-label="Summary"><h2>Summary</h2><div class="cards">${cards.join("")}</div></section>`;
}

function chartsSection(summary: RegisterSummary): string {
  const routeTone = (label: string) => (label === "new procurement required" ? "bad" : label === "route undecided" ? "unsure" : "bar");
  return [
    `<section id="charts" aria-label="Charts"><h2>Approvers and procurement routes</h2><div class="charts">`,
    `<figure><figcaption>Rows by approver</figcaption>${barChart("Rows by approver", summary.byApprover)}</figure>`,
    `<figure><figcaption>Rows by procurement route</figcaption>${barChart("Rows by procurement route", summary.byRoute, routeTone)}</figure>`,
    `</div></section>`,
  ].join("");
}

function findingsSection(summary: RegisterSummary): string {
  if (summary.findings.length === 0) return "";
  const rows = summary.findings.map((finding) => `<tr><td><span class="status ${finding.severity}">${finding.severity}</span></td><td><code>${escapeHtml(finding.code)}</code></td><td class="number">${formatCount(finding.count)}</td></tr>`);
  return `<section id="findings" aria-label="Findings"><h2>Findings</h2><table><thead><tr><th>Severity</th><th>Code</th><th class="number">Rows</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function chainsSection(chains: ReturnType<typeof chainView>[]): string {
  if (chains.length === 0) return "";
  const articles = chains.map((chain) => {
    const original = chain.originalValue ? ` · original value ${money(chain.originalValue)}` : " · original value not given";
    const omitted = chain.omitted > 0 ? `<p class="note">${chain.omitted} earlier modifications are left out; totals start after them.</p>` : "";
    const steps = chain.steps.map((step) => {
      const flags = step.row?.severity ? `<span class="status ${step.row.severity}">${escapeHtml(step.row.codes.join(", "))}</span>` : "";
      return `<tr><td>${escapeHtml(stepLabel(step))}</td><td>${escapeHtml(step.row?.id ?? "")}</td><td>${escapeHtml(step.date ?? "")}</td><td class="number">${money(step.amount)}</td><td class="number">${shareOf(step.amount, chain.originalValue)}</td><td>${escapeHtml(step.ground ?? "no ground")}</td><td>${flags}</td></tr>`;
    });
    const table = `<table><thead><tr><th>Step</th><th>Id</th><th>Date</th><th class="number">Value</th><th class="number">Share</th><th>Ground relied on</th><th>Flags</th></tr></thead><tbody>${steps.join("")}</tbody></table>`;
    return `<article class="chain" data-contract="${escapeHtml(chain.contract)}"><h3>${escapeHtml(chain.contract)}<span class="note">${escapeHtml(original)}</span></h3>${omitted}${chainChart(chain)}${table}</article>`;
  });
  const legend = `<p class="note">Bars are modifications; lines are running totals of the changes regulation 72 counts together; dashed lines are guides at 50% (increases under 72(1)(b) and (c), 72(2)) and at the de minimis share (72(1)(f)). Markers show the rows the rules flag.</p>`;
  return `<section id="chains" aria-label="Contract chains"><h2>Contract chains</h2>${legend}${articles.join("")}</section>`;
}

const COLUMNS = [
  { label: "Row", type: "number" },
  { label: "Id" },
  { label: "Contract" },
  { label: "Action" },
  { label: "Value", type: "number" },
  { label: "Status" },
  { label: "Approver" },
  { label: "Route" },
  { label: "Obligations" },
  { label: "Findings" },
];

function rowsSection(selection: RowSelection): string {
  const rows = selection.rows();
  const ranks = valueRanks(rows);
  const header = COLUMNS.map((column) => `<th scope="col" aria-sort="none"${column.type ? ` data-type="${column.type}" class="number"` : ""}><button type="button">${column.label}</button></th>`);
  const body = rows.map((row, index) => tableRow(row, ranks[index] ?? -1));
  const omitted = selection.omitted > 0 ? `<p class="note">${formatCount(selection.omitted)} of ${formatCount(selection.seen)} rows are left out of this table: flagged rows come first. The CSV and JSON reports have every row.</p>` : "";
  return [
    `<section id="rows" aria-label="Rows"><h2>Rows</h2>${omitted}<div class="filters">`,
    `<input type="search" id="filter-text" placeholder="Filter rows by any text" aria-label="Filter rows by any text">`,
    filterSelect("status", "Status", ["error", "warning", "clean", "skipped"]),
    filterSelect("approver", "Approver", distinct(rows.map((row) => row.approver))),
    filterSelect("route", "Route", distinct(rows.map((row) => row.route))),
    `<span id="shown" aria-live="polite"></span></div>`,
    `<table id="row-table"><thead><tr>${header.join("")}</tr></thead><tbody>${body.join("\n")}</tbody></table></section>`,
  ].join("");
}

function tableRow(row: RowView, valueRank: number): string {
  const approver = row.approverRules.length > 0 ? `${escapeHtml(row.approver)} <span class="note">(${escapeHtml(row.approverRules.join(", "))})</span>` : escapeHtml(row.approver);
  const route = row.otherGrounds.length > 0 ? `${escapeHtml(row.route)} <span class="note">(also ${escapeHtml(row.otherGrounds.join(", "))})</span>` : escapeHtml(row.route);
  const obligations = row.obligations.length > 0 ? `<ul class="obligations">${row.obligations.map((text) => `<li>${escapeHtml(text)}</li>`).join("")}</ul>` : "";
  const findings = findingList(row.findings.filter((finding) => finding.severity !== "info"));
  const notes = row.findings.filter((finding) => finding.severity === "info");
  const noted = notes.length > 0 ? `<details><summary>${notes.length} note${notes.length === 1 ? "" : "s"}</summary>${findingList(notes)}</details>` : "";
  const data = `data-row="${row.row}" data-status="${row.status}" data-approver="${escapeHtml(row.approver)}" data-route="${escapeHtml(row.route)}"`;
  return [
    `<tr ${data}><td class="number">${row.row}</td><td>${escapeHtml(row.id)}</td><td>${escapeHtml(row.contract)}</td><td>${escapeHtml(row.action)}</td>`,
    `<td class="number" data-sort="${valueRank}">${escapeHtml(row.value)}</td><td data-sort="${STATUS_ORDER[row.status]}"><span class="status ${row.status}">${row.status}</span></td>`,
    `<td>${approver}</td><td>${route}</td><td>${obligations}</td><td>${findings}${noted}</td></tr>`,
  ].join("");
}

function findingList(findings: RowView["findings"]): string {
  if (findings.length === 0) return "";
  return `<ul class="findings">${findings.map((finding) => `<li class="${finding.severity}"><code>${escapeHtml(finding.code)}</code> ${escapeHtml(finding.message)}</li>`).join("")}</ul>`;
}

const STATUS_ORDER: Record<RowStatus, number> = { skipped: 0, error: 1, warning: 2, clean: 3 };

/** Each row's place when sorted by value, compared exactly; rows without a value sort first. */
function valueRanks(rows: RowView[]): number[] {
  const amounts = rows.map((row, index) => {
    const parsed = parseMoney(row.value);
    return { index, amount: parsed.ok ? parsed.amount : undefined };
  });
  const ordered = amounts.filter((entry) => entry.amount !== undefined).sort((left, right) => (left.amount as NonNullable<typeof left.amount>).cmp(right.amount as NonNullable<typeof right.amount>));
  const ranks: number[] = rows.map(() => -1);
  ordered.forEach((entry, rank) => (ranks[entry.index] = rank));
  return ranks;
}

function filterSelect(name: string, label: string, values: string[]): string {
  const options = [`<option value="">${label}: all</option>`, ...values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`)];
  return `<select data-filter="${name}" aria-label="Filter by ${label.toLowerCase()}">${options.join("")}</select>`;
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ""))].sort();
}
