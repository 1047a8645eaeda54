/**
 * The HTML report's stylesheet: fluid on screen (nothing wider than the window), and a print
 * stylesheet for A4 portrait, the page a kommunledning pastes into its delårsrapport: each
 * section on a new page, table headers repeated on every page (thead as a table header group),
 * rows never split, long texts wrapped instead of cut.
 */
import { STATUS_CATEGORIES } from "../model-lists";
import type { StatusCategory } from "../model";
import { CATEGORY_BAR_COLOURS } from "./labels";

/**
 * Patterns over the colours, so categories differ without colour (grey print, colour blindness):
 * Kvarstår stripes, Ej påbörjad dots, Flyttad horizontal lines, Ej genomfört cross-hatching.
 */
export const CATEGORY_PATTERNS: Partial<Record<StatusCategory, string>> = {
  delayed: "repeating-linear-gradient(45deg,rgba(0,0,0,.45) 0 2px,transparent 2px 6px)",
  not_started: "radial-gradient(circle,rgba(0,0,0,.55) 1.2px,transparent 1.6px) 0 0/5px 5px",
  postponed: "repeating-linear-gradient(0deg,rgba(255,255,255,.75) 0 2px,transparent 2px 6px)",
  cancelled:
    "repeating-linear-gradient(45deg,rgba(255,255,255,.6) 0 1.5px,transparent 1.5px 6px),repeating-linear-gradient(-45deg,rgba(255,255,255,.6) 0 1.5px,transparent 1.5px 6px)",
};

function categoryRules(): string {
  return STATUS_CATEGORIES.map((category) => {
    const pattern = CATEGORY_PATTERNS[category];
    return `.c-${category}{background:${pattern ? `${pattern},` : ""}${CATEGORY_BAR_COLOURS[category]}}`;
  }).join("\n");
}

export function summaryHtmlStyle(): string {
  return `
*{box-sizing:border-box}
body{font-family:"Segoe UI",Arial,sans-serif;margin:24px auto;padding:0 16px;max-width:1100px;color:#201f1e;line-height:1.4}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}h3{font-size:14px;margin:14px 0 4px}
table{border-collapse:collapse;margin:8px 0;font-size:13px;width:100%}
th,td{border:1px solid #c8c6c4;padding:4px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere;hyphens:auto}
td.light{white-space:nowrap;overflow-wrap:normal}
th{background:#f3f2f1}@media screen and (min-width:960px){th{overflow-wrap:normal}}td.num{text-align:right;white-space:nowrap}
tr.total td{font-weight:600}tr.error td{background:#fde7e9}.meta{color:#605e5c}
.scroll{overflow-x:auto}
.chart{margin:8px 0 16px}.chart figcaption{font-size:13px;color:#605e5c;margin-bottom:4px}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:0;margin:0 0 8px;font-size:12px}
.legend li{display:flex;align-items:center;gap:4px}
.swatch{display:inline-block;width:14px;height:14px;border:1px solid #605e5c}
.bar-row{display:grid;grid-template-columns:minmax(6em,30%) minmax(0,1fr) 3.5em;gap:8px;align-items:center;margin:3px 0;font-size:12px}
.bar-label{text-align:right;overflow-wrap:anywhere}
.bar{display:flex;height:18px;min-width:0}
.seg{display:block;height:100%;min-width:1px;border-right:1px solid #fff}
.bar-figure{white-space:nowrap}
.seg,.swatch,td.light{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.assignment{border-top:1px solid #e1dfdd;padding:4px 0}
.assignment h3{margin:6px 0 2px}.coverage{margin:2px 0;font-size:13px}.missing{color:#a4262c}
details{font-size:13px;margin:2px 0 6px}summary{cursor:pointer;color:#0f6cbd}
details ul{margin:4px 0;padding-left:20px}
${categoryRules()}
@page{size:A4 portrait;margin:14mm 12mm}
@media print{
  body{margin:0;padding:0;max-width:none;font-size:10pt}
  h1{font-size:16pt}
  section.page{break-before:page}
  h2,h3{break-after:avoid}
  table{font-size:8pt}th,td{padding:2px 3px}
  thead{display:table-header-group}
  tr,.bar-row,.assignment{break-inside:avoid}
  .scroll{overflow:visible}
  details>*{display:block}
  summary{color:inherit}
}
`;
}
