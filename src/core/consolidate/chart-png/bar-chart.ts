/**
 * The summary's stacked bar chart (one bar per organisation, one segment per status category) as
 * a PNG, the same chart html.ts draws as SVG, for the Word chapter.
 */
import { STATUS_CATEGORIES } from "../../model";
import type { Profile } from "../../profile/schema";
import { CATEGORY_BAR_COLOURS, categoryLabel } from "../labels";
import type { Summary } from "../model";
import { Raster, hexColour, type Rgb } from "./raster";

const WIDTH = 1100;
const PAD = 20;
const SCALE = 2;
const BAR = 30;
const GAP = 14;
const MAX_LABEL_CHARS = 34;
const INK: Rgb = [32, 31, 30];
const GRID: Rgb = [200, 198, 196];

function clipLabel(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_LABEL_CHARS ? text : `${chars.slice(0, MAX_LABEL_CHARS - 1).join("")}…`;
}

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export function renderBarChartPng(summary: Summary, profile: Profile): ChartImage {
  const lineHeight = Raster.textHeight(SCALE);
  const shown = STATUS_CATEGORIES.filter((category) => summary.totals.byCategory[category] > 0);
  // The legend flows over as many lines as it needs.
  const legend: { category: (typeof STATUS_CATEGORIES)[number]; x: number; line: number }[] = [];
  let x = PAD;
  let line = 0;
  for (const category of shown) {
    const itemWidth = 22 + Raster.textWidth(categoryLabel(category, profile), SCALE) + 24;
    if (x + itemWidth > WIDTH - PAD && x > PAD) {
      x = PAD;
      line++;
    }
    legend.push({ category, x, line });
    x += itemWidth;
  }
  const legendHeight = shown.length === 0 ? 0 : (line + 1) * (lineHeight + 10);
  const labels = summary.byOrganisation.map((org) => clipLabel(org.organisation));
  const labelWidth = Math.max(0, ...labels.map((label) => Raster.textWidth(label, SCALE))) + 16;
  const countWidth = Raster.textWidth("00000", SCALE);
  const barLeft = PAD + labelWidth;
  const barWidth = WIDTH - barLeft - countWidth - PAD;
  const top = PAD + legendHeight + 10;
  const height = top + summary.byOrganisation.length * (BAR + GAP) + PAD;
  const raster = new Raster(WIDTH, height);

  for (const item of legend) {
    const y = PAD + item.line * (lineHeight + 10);
    raster.fillRect(item.x, y + 1, 16, 16, hexColour(CATEGORY_BAR_COLOURS[item.category]));
    raster.text(item.x + 22, y, categoryLabel(item.category, profile), INK, SCALE);
  }
  const max = Math.max(1, ...summary.byOrganisation.map((org) => org.activities));
  raster.fillRect(barLeft - 1, top - 4, 1, summary.byOrganisation.length * (BAR + GAP) + 4, GRID);
  summary.byOrganisation.forEach((org, i) => {
    const y = top + i * (BAR + GAP);
    const label = labels[i]!;
    raster.text(barLeft - 10 - Raster.textWidth(label, SCALE), y + (BAR - lineHeight) / 2 + 2, label, INK, SCALE);
    let left = barLeft;
    for (const category of STATUS_CATEGORIES) {
      const count = org.byCategory[category];
      if (count === 0) continue;
      const width = (count / max) * barWidth;
      raster.fillRect(left, y, Math.max(1, width), BAR, hexColour(CATEGORY_BAR_COLOURS[category]));
      left += width;
    }
    raster.text(left + 8, y + (BAR - lineHeight) / 2 + 2, String(org.activities), INK, SCALE);
  });
  return { png: raster.toPng(), width: WIDTH, height };
}
