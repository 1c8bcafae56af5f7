import type { Tally } from "../register/summary.js";
import type { Exact } from "../values/money.js";
import { type ChainView, money, shareOf, stepLabel } from "./register-chains.js";
import { escapeHtml, formatCount } from "./register-format.js";

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 230;
const CHART_WIDTH = 560;

/** A horizontal bar chart of counts; `tone` picks a bar's colour class from its label. */
export function barChart(title: string, tally: Tally, tone: (label: string) => string = () => "bar"): string {
  const max = Math.max(1, ...tally.map(([, count]) => count));
  const span = CHART_WIDTH - LABEL_WIDTH - 60;
  const bars = tally.map(([label, count], index) => {
    const y = index * BAR_HEIGHT;
    const width = Math.max(2, Math.round((count / max) * span));
    return [
      `<g class="${tone(label)}"><title>${escapeHtml(`${label}: ${formatCount(count)}`)}</title>`,
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(label, 34))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${BAR_HEIGHT - 6}" rx="2"/>`,
      `<text class="count" x="${LABEL_WIDTH + width + 6}" y="${y + 15}">${formatCount(count)}</text></g>`,
    ].join("");
  });
  const height = Math.max(1, tally.length) * BAR_HEIGHT;
  return `<svg class="bars" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}">${bars.join("")}</svg>`;
}

const TIMELINE = { width: 640, height: 230, left: 56, right: 150, top: 22, bottom: 44 };
const GROUP_TONES = ["increase", "deminimis"];

/**
 * A contract's modifications in order: a bar per modification, the running total of each group
 * regulation 72 counts together, and the group's guide line, all as shares of the original value
 * (or in money, when the original value is not known). Flagged rows carry a marker.
 */
export function chainChart(view: ChainView): string {
  const basis = view.originalValue;
  const scaleOf = (amount: Exact) => (basis && !basis.isZero() ? Number(amount.times(100).div(basis).toFixed(2)) : Number(amount.toFixed(2)));
  const values = [
    ...view.steps.map((step) => scaleOf(step.amount)),
    ...view.groups.flatMap((group) => [...group.totals.filter((total): total is Exact => total !== null).map(scaleOf), ...(basis ? [Number(group.share)] : [])]),
  ];
  const top = Math.max(1, ...values) * 1.15;
  const plotWidth = TIMELINE.width - TIMELINE.left - TIMELINE.right;
  const plotHeight = TIMELINE.height - TIMELINE.top - TIMELINE.bottom;
  const slot = plotWidth / Math.max(1, view.steps.length);
  const x = (index: number) => TIMELINE.left + slot * index + slot / 2;
  const y = (value: number) => TIMELINE.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const unit = basis ? "%" : "";
  const parts: string[] = [`<line class="axis" x1="${TIMELINE.left}" y1="${y(0)}" x2="${TIMELINE.left + plotWidth}" y2="${y(0)}"/>`];
  parts.push(`<text class="tick" x="${TIMELINE.left - 6}" y="${y(0) + 4}" text-anchor="end">0${unit}</text>`);
  view.groups.forEach((group, groupIndex) => {
    const tone = GROUP_TONES[groupIndex] ?? "other";
    if (basis) {
      const guide = y(Number(group.share));
      parts.push(`<line class="guide ${tone}" x1="${TIMELINE.left}" y1="${guide}" x2="${TIMELINE.left + plotWidth}" y2="${guide}"><title>${escapeHtml(`${group.share}% of the original value: ${money(group.limit)}`)}</title></line>`);
      parts.push(`<text class="guide-label ${tone}" x="${TIMELINE.left + plotWidth + 6}" y="${guide + 4}">${group.share}% guide</text>`);
    }
    const points = group.totals.flatMap((total, index) => (total === null ? [] : [`${x(index).toFixed(1)},${y(scaleOf(total)).toFixed(1)}`]));
    if (points.length > 0) parts.push(`<polyline class="total ${tone}" points="${points.join(" ")}"><title>${escapeHtml(`running total of ${group.name}`)}</title></polyline>`);
  });
  view.steps.forEach((step, index) => {
    const tone = GROUP_TONES[view.groupOf[index] ?? -1] ?? "other";
    const height = y(0) - y(scaleOf(step.amount));
    const tip = `${stepLabel(step)}${step.date ? ` on ${step.date}` : ""}: ${money(step.amount)} ${shareOf(step.amount, basis)} under ${step.ground ?? "no ground"}`;
    parts.push(`<rect class="step ${tone}" x="${(x(index) - slot * 0.2).toFixed(1)}" y="${(y(0) - height).toFixed(1)}" width="${(slot * 0.4).toFixed(1)}" height="${height.toFixed(1)}"><title>${escapeHtml(tip)}</title></rect>`);
    parts.push(`<text class="tick" x="${x(index).toFixed(1)}" y="${y(0) + 16}" text-anchor="middle">${escapeHtml(stepLabel(step))}</text>`);
    if (step.date) parts.push(`<text class="tick date" x="${x(index).toFixed(1)}" y="${y(0) + 30}" text-anchor="middle">${escapeHtml(step.date)}</text>`);
    if (step.row?.severity) {
      parts.push(`<circle class="flag ${step.row.severity}" cx="${x(index).toFixed(1)}" cy="${(y(0) - height - 10).toFixed(1)}" r="6"><title>${escapeHtml(`${step.row.severity}: ${step.row.codes.join(", ")}`)}</title></circle>`);
    }
  });
  const label = `Modifications of ${view.contract}`;
  return `<svg class="timeline" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${TIMELINE.width} ${TIMELINE.height}" width="${TIMELINE.width}" height="${TIMELINE.height}">${parts.join("")}</svg>`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
