/**
 * A new workbook written straight from SheetSpecs into .xlsx bytes, without building ExcelJS's
 * object model: the summary of 25,000 activities is written in a fraction of the time and memory
 * (README, performance). FileWorkbook uses it for workbooks it created and that hold only specs.
 */
import type { SheetSpec } from "../../../core/sheetspec";
import { absoluteCellRef, needsListSheet, quoteSheet } from "../../spec/formulas";
import { ListColumns } from "../../spec/list-sheet";
import { SharedStrings, tableXml, writeSheetXml, type SheetContext } from "./sheet";
import { StyleBook } from "./styles";
import { THEME_XML } from "./theme";
import { MAIN_NS, REL_NS, XML_DECLARATION, xmlAttr, xmlText } from "./xml";
import type { XlsxZip } from "./zip";

export interface XlsxProperties {
  creator: string;
  created: Date;
}

const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function contentTypes(sheetCount: number, tableIds: number[]): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    override("/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`) +
    Array.from({ length: sheetCount }, (_, i) =>
      override(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`),
    ).join("") +
    tableIds
      .map((id) => override(`/xl/tables/table${id}.xml`, `${CT}.spreadsheetml.table+xml`))
      .join("") +
    override("/xl/theme/theme1.xml", `${CT}.theme+xml`) +
    override("/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`) +
    override("/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`) +
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("/docProps/app.xml", `${CT}.extended-properties+xml`) +
    "</Types>"
  );
}

function relationships(rels: { id: string; type: string; target: string }[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

function workbookXml(specs: readonly SheetSpec[], activeTab: number): string {
  const sheets = specs
    .map((spec, i) => {
      const state = spec.state && spec.state !== "visible" ? ` state="${spec.state}"` : "";
      return `<sheet name="${xmlAttr(spec.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join("");
  const names = specs.flatMap((spec, i) => [
    ...(spec.names ?? []).map(
      (name) =>
        `<definedName name="${xmlAttr(name.name)}">${xmlText(absoluteCellRef(spec.name, name.cell))}</definedName>`,
    ),
    ...(spec.print?.titleRows
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(
            `${quoteSheet(spec.name)}!${spec.print.titleRows.replace(/(\d+)/g, "$$$1")}`,
          )}</definedName>`,
        ]
      : []),
  ]);
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="171027"/></workbook>'
  );
}

function corePropsXml(properties: XlsxProperties): string {
  const when = isoSeconds(properties.created);
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(properties.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

const APP_XML = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Uppföljning</Application></Properties>`;

/**
 * The .xlsx bytes of a workbook holding exactly these sheets (checked specs), in this order,
 * written into `zip` (zip.ts with the platform's deflate, or zip-fflate.ts).
 */
export function writeXlsx(
  specsIn: readonly SheetSpec[],
  properties: XlsxProperties,
  zip: XlsxZip,
): Uint8Array {
  const lists = new ListColumns();
  // The list sheet goes last: a placeholder now, its columns filled as the other sheets ask.
  const specs = needsListSheet(specsIn) ? [...specsIn, lists.spec()] : [...specsIn];
  const lastActivated = specs.map((s) => !!s.activate).lastIndexOf(true);
  const firstVisible = Math.max(
    0,
    specs.findIndex((s) => (s.state ?? "visible") === "visible"),
  );
  const activeTab = lastActivated >= 0 ? lastActivated : firstVisible;
  const tableIds: number[] = [];
  const tableIdOf = specs.map((spec) => (spec.table ? tableIds.push(tableIds.length + 1) : 0));

  zip.add("[Content_Types].xml", contentTypes(specs.length, tableIds));
  zip.add(
    "_rels/.rels",
    relationships([
      { id: "rId1", type: `${DOC_REL}/officeDocument`, target: "xl/workbook.xml" },
      {
        id: "rId2",
        type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        target: "docProps/core.xml",
      },
      { id: "rId3", type: `${DOC_REL}/extended-properties`, target: "docProps/app.xml" },
    ]),
  );
  zip.add("docProps/core.xml", corePropsXml(properties));
  zip.add("docProps/app.xml", APP_XML);

  const styles = new StyleBook();
  const strings = new SharedStrings();
  const context: SheetContext = { styles, strings, listRef: (values) => lists.ref(values) };
  specs.forEach((placeholder, i) => {
    const spec = i < specsIn.length ? placeholder : lists.spec();
    const tableId = tableIdOf[i]!;
    const part = zip.part(`xl/worksheets/sheet${i + 1}.xml`);
    writeSheetXml(spec, context, part, {
      selected: i === activeTab,
      ...(tableId ? { tableRelId: "rId1" } : {}),
    });
    part.end();
    if (tableId) {
      zip.add(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        relationships([
          { id: "rId1", type: `${DOC_REL}/table`, target: `../tables/table${tableId}.xml` },
        ]),
      );
      zip.add(`xl/tables/table${tableId}.xml`, tableXml(spec, tableId));
    }
  });

  zip.add("xl/workbook.xml", workbookXml(specs, activeTab));
  zip.add(
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...specs.map((_, i) => ({
        id: `rId${i + 1}`,
        type: `${DOC_REL}/worksheet`,
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: `rId${specs.length + 1}`, type: `${DOC_REL}/theme`, target: "theme/theme1.xml" },
      { id: `rId${specs.length + 2}`, type: `${DOC_REL}/styles`, target: "styles.xml" },
      {
        id: `rId${specs.length + 3}`,
        type: `${DOC_REL}/sharedStrings`,
        target: "sharedStrings.xml",
      },
    ]),
  );
  zip.add("xl/theme/theme1.xml", THEME_XML);
  zip.add("xl/styles.xml", styles.toXml());
  const sst = zip.part("xl/sharedStrings.xml");
  strings.write(sst);
  sst.end();
  return zip.finish();
}
