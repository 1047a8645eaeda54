#!/usr/bin/env node
// Makes the bad-file corpus (SPEC §9, issue 9): broken, hostile and awkward files that reports
// arrive as. Nothing is downloaded; every file is built here, byte by byte where the point is a
// broken container, with ExcelJS where the point is awkward content in a valid workbook.
//
//   node scripts/make-bad-files.mjs [dir]      (default: tests/fixtures/bad)
//
// tests/fixtures/bad/corpus.json names every file, how it is made and what the product must
// answer; this script refuses to run when the two disagree. The tests build the corpus into a
// temporary folder, so generated files are never committed (see tests/fixtures/bad/.gitignore).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import ExcelJS from "exceljs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS_FILE = path.join(ROOT, "tests/fixtures/bad/corpus.json");

// ---------------------------------------------------------------- zip, written by hand

/**
 * A zip archive from entries. An entry is { name, data } (deflated here) or
 * { name, deflated, crc, size } (already deflated, for data too big to hold in memory).
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const deflated = entry.deflated ?? zlib.deflateRawSync(entry.data);
    const crc = entry.crc ?? zlib.crc32(entry.data);
    const size = entry.size ?? entry.data.length;
    if (size > 0xfffffffe || deflated.length > 0xfffffffe)
      throw new Error(`${entry.name}: zip64 is not needed here`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Deflates head + body × times + tail without ever holding the whole text: each piece is
 * compressed with a full flush (which resets the dictionary and ends on a byte boundary), so the
 * compressed body can simply be repeated. Returns what zip() needs for a pre-deflated entry.
 */
export function deflateRepeated(head, body, times, tail) {
  const piece = (text, last) =>
    zlib.deflateRawSync(Buffer.from(text, "utf8"), {
      level: 9,
      finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH,
    });
  const headBytes = Buffer.from(head, "utf8");
  const bodyBytes = Buffer.from(body, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  const bodyDeflated = piece(body, false);
  let crc = zlib.crc32(headBytes);
  for (let i = 0; i < times; i++) crc = zlib.crc32(bodyBytes, crc);
  crc = zlib.crc32(tailBytes, crc);
  const deflated = Buffer.concat([
    piece(head, false),
    ...Array.from({ length: times }, () => bodyDeflated),
    piece(tail, true),
  ]);
  return { deflated, crc, size: headBytes.length + bodyBytes.length * times + tailBytes.length };
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The smallest valid .xlsx package around one worksheet's XML (inline strings, no styles). */
function xlsxParts(sheetName) {
  return [
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          "</Types>",
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          "</Relationships>",
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          "</Relationships>",
      ),
    },
  ];
}

const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
const SHEET_TAIL = "</sheetData></worksheet>";

// ---------------------------------------------------------------- OLE2 compound file, by hand

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/**
 * A minimal, valid OLE2 compound file (version 3, 512-byte sectors): one FAT sector, one
 * directory sector with the root and up to three empty streams. Old .xls files and encrypted
 * .xlsx packages are both such files; what tells them apart is the stream names.
 */
export function compoundFile(streamNames) {
  if (streamNames.length > 3)
    throw new Error("one directory sector holds the root and three streams");
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector size 2^9
  header.writeUInt16LE(6, 32); // mini sector size 2^6
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0] = sector 0 holds the FAT
  for (let at = 80; at < 512; at += 4) header.writeUInt32LE(FREESECT, at);

  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);

  const directory = Buffer.alloc(512, 0);
  const entry = (index, name, type, { child = NOSTREAM, right = NOSTREAM } = {}) => {
    const at = index * 128;
    const utf16 = Buffer.from(name, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length + 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(NOSTREAM, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(ENDOFCHAIN, at + 116); // empty stream / empty mini stream
  };
  // Siblings as a chain to the right, in the directory's order (shorter names first).
  const sorted = [...streamNames].sort(
    (a, b) => a.length - b.length || a.toUpperCase().localeCompare(b.toUpperCase()),
  );
  entry(0, "Root Entry", 5, { child: sorted.length > 0 ? 1 : NOSTREAM });
  sorted.forEach((name, i) =>
    entry(i + 1, name, 2, { right: i + 1 < sorted.length ? i + 2 : NOSTREAM }),
  );
  for (let i = sorted.length + 1; i < 4; i++) {
    directory.writeUInt32LE(NOSTREAM, i * 128 + 68);
    directory.writeUInt32LE(NOSTREAM, i * 128 + 72);
    directory.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }
  return Buffer.concat([header, fat, directory]);
}

// ---------------------------------------------------------------- workbooks through ExcelJS

const HEADER = ["Nämndmål", "Aktivitet", "Slutdatum 2024", "Status", "Kommentar"];

async function workbookBytes(build) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "make-bad-files";
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = workbook.created;
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A small, ordinary report: what the truncated file was before it was cut. */
function ordinaryReport(workbook) {
  const sheet = workbook.addWorksheet("Uppföljning");
  sheet.addRow(["Uppföljning av verksamhetsplanen"]);
  sheet.addRow(["Förvaltning", "Socialförvaltningen"]);
  sheet.addRow(["År", "2024"]);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (let i = 1; i <= 40; i++) {
    sheet.addRow([
      "Trygg och säker vård",
      `Aktivitet ${i}: införa digital signering av journalanteckningar i hemtjänstens grupp ${i}`,
      "Kvartal 4",
      i % 3 === 0 ? "Pågående" : "Genomfört",
      `Kommentar ${i} om hur arbetet har gått och vad som återstår.`,
    ]);
  }
}

// ---------------------------------------------------------------- the corpus

const CSV_TEXT = [
  "Nämndmål;Aktivitet;Slutdatum 2024;Status;Kommentar",
  "Trygg och säker vård;Införa digital signering;Kvartal 4;Genomfört;Klart i juni",
  "Trygg och säker vård;Ny rutin för läkemedelshantering;2024-12-31;Pågående;",
  "",
].join("\r\n");

/** A worksheet row of inline-string cells (the form Excel itself uses for rich text). */
function inlineRow(r, texts) {
  const cells = texts
    .map((text, c) =>
      text === null
        ? ""
        : `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`,
    )
    .join("");
  return `<row r="${r}">${cells}</row>`;
}

// ---------------------------------------------------------------- SpreadsheetML as other programs write it

/** A small report as rows of texts: the header block, the column header and five activities. */
const REPORT_ROWS = [
  ["Uppföljning av verksamhetsplanen"],
  ["Förvaltning", "Socialförvaltningen"],
  ["År", "2024"],
  [],
  HEADER,
  ...[1, 2, 3, 4, 5].map((i) => [
    "Trygg & säker vård",
    `Aktivitet ${i}: "digital" <signering>`,
    "Kvartal 4",
    i % 2 ? "Genomfört" : "Pågående",
    `Kommentar ${i} – åäö`,
  ]),
];

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The report's package, written with `syntax`: { prefix, comments, spaced, omitR, utf16,
 * sheetPath, encoding, bytes }. Texts go to the shared-string table (with a commented-out
 * <si> when `comments`), so a reader that takes a comment for content shifts every string.
 */
function variantReport(syntax = {}) {
  const p = syntax.prefix ? `${syntax.prefix}:` : "";
  const ns = syntax.prefix ? `xmlns:${syntax.prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const note = (text) => (syntax.comments ? `<!-- ${text} --><?uppfoljning ${text}?>` : "");
  const attr = (name, value) =>
    syntax.spaced ? `\n\t${name} =\t'${value}'` : ` ${name}="${value}"`;
  const strings = [];
  const index = new Map();
  const shared = (text) => {
    if (!index.has(text)) index.set(text, strings.push(text) - 1);
    return index.get(text);
  };
  const rows = REPORT_ROWS.map((texts, r) => {
    const cells = texts
      .map((text, c) => {
        const ref = syntax.omitR ? "" : attr("r", `${String.fromCharCode(65 + c)}${r + 1}`);
        return `<${p}c${ref}${attr("t", "s")}><${p}v>${shared(text)}</${p}v></${p}c>`;
      })
      .join(note("cell"));
    const rowRef = syntax.omitR ? "" : attr("r", String(r + 1));
    return texts.length === 0 && syntax.omitR
      ? `<${p}row/>`
      : `<${p}row${rowRef}>${cells}</${p}row>`;
  });
  if (syntax.comments)
    rows.splice(6, 0, `<!-- <row r="99"><c r="A99" t="s"><v>0</v></c></row> -->`);
  const head = (encoding) => `<?xml version="1.0" encoding="${encoding}" standalone="yes"?>\n`;
  const encoding = syntax.encoding ?? (syntax.utf16 ? "UTF-16" : "UTF-8");
  const sheet = `${head(encoding)}${note("före")}<${p}worksheet ${ns} xmlns:r="${REL_NS}"><${p}sheetData>${rows.join("")}</${p}sheetData></${p}worksheet>`;
  const sst = `${head(encoding)}<${p}sst ${ns} count="${strings.length}">${note("<si><t>Bortkommenterad</t></si>")}${strings
    .map(
      (text) =>
        `<${p}si>${note("<si>")}<${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}si>`,
    )
    .join("")}</${p}sst>`;
  const encode =
    syntax.bytes ??
    ((text) =>
      syntax.utf16
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
        : Buffer.from(text, "utf8"));
  const sheetPath = syntax.sheetPath ?? "worksheets/sheet1.xml";
  const parts = xlsxParts("Uppföljning").map((part) => {
    if (part.name !== "xl/_rels/workbook.xml.rels") return part;
    return {
      name: part.name,
      data: Buffer.from(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="${sheetPath}"/>` +
          `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
          "</Relationships>",
      ),
    };
  });
  return zip([
    ...parts,
    { name: `xl/${sheetPath}`, data: encode(sheet) },
    { name: "xl/sharedStrings.xml", data: encode(sst) },
  ]);
}

/** One workbook of `sheets` worksheets, each the given sheet XML body (inside <sheetData>) and tail. */
function rawSheets(sheets) {
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const entries = sheets
    .map((_, i) => `<sheet name="Blad${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const parts = xlsxParts("Blad1").map((part) => {
    if (part.name === "xl/workbook.xml")
      return {
        name: part.name,
        data: Buffer.from(
          `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${entries}</sheets></workbook>`,
        ),
      };
    if (part.name === "xl/_rels/workbook.xml.rels")
      return {
        name: part.name,
        data: Buffer.from(
          `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
        ),
      };
    return part;
  });
  return zip([
    ...parts,
    ...sheets.map(({ data, tail = "" }, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(`${SHEET_HEAD}${data}</sheetData>${tail}</worksheet>`, "utf8"),
    })),
  ]);
}

const ONE_CELL = '<row r="1"><c r="A1" t="inlineStr"><is><t>Aktivitet</t></is></c></row>';

const BUILDERS = {
  "not-a-zip.xlsx": async () => {
    // Binary noise with an .xlsx name: no zip signature anywhere.
    const bytes = Buffer.alloc(4096);
    let seed = 0x2545f491;
    for (let i = 0; i < bytes.length; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      bytes[i] = seed & 0xff;
    }
    bytes[0] = 0x00; // never a zip, OLE2 or PDF signature by chance
    return bytes;
  },

  "empty.xlsx": async () => Buffer.alloc(0),

  "truncated.xlsx": async () => {
    const whole = await workbookBytes(ordinaryReport);
    return whole.subarray(0, Math.floor(whole.length / 2));
  },

  "zip-bomb.xlsx": async () => {
    // One cell of 512 MiB of "A": the classic bomb, deflated about 1000:1 to half a megabyte.
    const block = "A".repeat(8 * 1024 * 1024);
    const sheet = deflateRepeated(
      `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
      block,
      64,
      `</t></is></c></row>${SHEET_TAIL}`,
    );
    return zip([...xlsxParts("Blad1"), { name: "xl/worksheets/sheet1.xml", ...sheet }]);
  },

  "million-rows.xlsx": async () => {
    // 1,000,000 rows of one number each, addressed as Excel writes them,
    // deflated to about 5 MB: far under the file size limit, 47 MB unpacked.
    const parts = [SHEET_HEAD];
    for (let r = 1; r <= 1_000_000; r++)
      parts.push(`<row r="${r}"><c r="A${r}"><v>${r % 10}</v></c></row>`);
    parts.push(SHEET_TAIL);
    return zip([
      ...xlsxParts("Blad1"),
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(parts.join(""), "utf8") },
    ]);
  },

  "password-protected.xlsx": async () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),

  "old-format.xls": async () => compoundFile(["Workbook", "\u0005SummaryInformation"]),

  "csv-renamed.xlsx": async () => Buffer.from(`\ufeff${CSV_TEXT}`, "utf8"),

  "formulas-ref-errors.xlsx": async () =>
    workbookBytes((workbook) => {
      // Every cell is a formula: the header's cached results are texts, the rest #REF! and #N/A.
      const sheet = workbook.addWorksheet("Formler");
      HEADER.forEach((name, c) => {
        sheet.getCell(1, c + 1).value = { formula: `"${name}"`, result: name };
      });
      for (let r = 2; r <= 21; r++) {
        for (let c = 1; c <= HEADER.length; c++) {
          const error = (r + c) % 4 === 0 ? "#N/A" : "#REF!";
          sheet.getCell(r, c).value = {
            formula: error === "#N/A" ? `VLOOKUP(A${r},Borttagen!A:B,2,FALSE)` : `#REF!*${c}`,
            result: { error },
          };
        }
      }
    }),

  "long-cells.xlsx": async () =>
    workbookBytes((workbook) => {
      // Excel stops at 32,767 characters per cell; other programs write more.
      const sheet = workbook.addWorksheet("Uppföljning");
      sheet.addRow(HEADER);
      const long = (seed) =>
        `${`${seed} `.repeat(Math.ceil(100_000 / (seed.length + 1))).slice(0, 99_999)}.`;
      sheet.addRow([
        "Trygg och säker vård",
        long("Införa digital signering av journalanteckningar."),
        "Kvartal 4",
        "Pågående",
        long("Lång kommentar."),
      ]);
      sheet.addRow([
        "Trygg och säker vård",
        "Ny rutin för läkemedelshantering",
        "2024-12-31",
        "Genomfört",
        "Klart.",
      ]);
    }),

  "control-chars.xlsx": async () => {
    // Written by hand: Excel stores control characters as _xHHHH_ escapes (XML cannot hold them);
    // tabs, line breaks, carriage returns, NBSP, zero-width and C1 characters go in as they are.
    const rows = [
      inlineRow(1, HEADER),
      inlineRow(2, [
        "Trygg_x0007_ och säker vård",
        "Införa\tdigital\u00a0signering_x0001_",
        "Kvartal\u200b 4",
        "Genomf\u00adört",
        "Rad ett\r\nrad två_x000B_slut\u0085",
      ]),
      inlineRow(3, [
        "Trygg och säker vård",
        "\u200e\ufeffNy rutin för läkemedelshantering\u007f",
        "2024-12-31",
        "Pågående\u001f".replace("\u001f", "_x001F_"),
        "_x0000_",
      ]),
      inlineRow(4, [
        "Trygg och säker vård",
        "Städa\t\t\tbort tabbar",
        "Kvartal 2",
        "Ej påbörjad",
        "\u2028Radbrytning\u2029stycke",
      ]),
    ];
    return zip([
      ...xlsxParts("Uppföljning"),
      {
        name: "xl/worksheets/sheet1.xml",
        data: Buffer.from(SHEET_HEAD + rows.join("") + SHEET_TAIL, "utf8"),
      },
    ]);
  },

  "rtl-emoji.xlsx": async () =>
    workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet("Uppföljning 📊");
      sheet.addRow(HEADER);
      sheet.addRow([
        "خدمة آمنة 🏥",
        "تحسين الرعاية الصحية للمسنين \u202bנסיון\u202c",
        "Kvartal 4",
        "Genomfört ✅",
        "تم الانتهاء 👍🏽",
      ]);
      sheet.addRow([
        "שירות בטוח",
        "פרויקט דיגיטלי חדש 👩‍👩‍👧‍👦",
        "2024-12-31",
        "Pågående 🚧",
        "עדיין בעבודה",
      ]);
      sheet.addRow([
        "Trygg vård 🇸🇪",
        "Blandad text: Linköping ❤️ مرحبا שלום \u{1F9D1}\u200D\u{1F4BB}",
        "Kvartal 2",
        "Försenad ⚠️",
        "\u{1D54F}\u{1D566}\u{1D569}\u{1D565} (utanför BMP)",
      ]);
    }),

  // Valid SpreadsheetML other programs write, which the direct reader once misread or refused.
  "plain-report.xlsx": async () => variantReport(),
  "comments-and-pis.xlsx": async () => variantReport({ comments: true }),
  "spaced-attributes.xlsx": async () => variantReport({ spaced: true }),
  "no-cell-addresses.xlsx": async () => variantReport({ omitR: true }),
  "prefixed.xlsx": async () => variantReport({ prefix: "x" }),
  "utf16-parts.xlsx": async () => variantReport({ utf16: true }),
  "sheet-in-subfolder.xlsx": async () => variantReport({ sheetPath: "worksheets/del/blad.xml" }),

  // Parts that must be refused rather than guessed at.
  "latin1-declared.xlsx": async () =>
    variantReport({
      encoding: "ISO-8859-1",
      bytes: (text) => Buffer.from(text.replace(/–/g, "-"), "latin1"),
    }),
  "invalid-utf8.xlsx": async () =>
    variantReport({
      bytes: (text) => {
        // "å" as the one Latin-1 byte E5, followed by a space: never valid UTF-8.
        const bytes = Buffer.from(text, "utf8");
        const at = bytes.indexOf(Buffer.from("åäö"));
        if (at >= 0) bytes.fill(0x20, at, at + 6)[at] = 0xe5;
        return bytes;
      },
    }),
  "doctype-entities.xlsx": async () => {
    // The "billion laughs": ten levels of ten references, a gigabyte from a kilobyte.
    const levels = ['<!ENTITY l0 "ha">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    const sheet = `${XML_HEAD}<!DOCTYPE worksheet [${levels.join("")}]><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`;
    return zip([
      ...xlsxParts("Blad1"),
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(sheet) },
    ]);
  },

  // Small files that address a huge amount: refused by the read budget before anything is built.
  "merge-whole-sheet.xlsx": async () =>
    rawSheets([
      {
        data: ONE_CELL,
        tail: '<mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>',
      },
    ]),
  "cell-at-row-50-million.xlsx": async () =>
    rawSheets([{ data: `${ONE_CELL}<row r="50000000"><c r="A50000000"><v>1</v></c></row>` }]),
  "sixty-sheets-last-row.xlsx": async () =>
    rawSheets(
      Array.from({ length: 60 }, () => ({
        data: '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
      })),
    ),
  "wide-and-tall.xlsx": async () =>
    rawSheets([
      {
        data: `${ONE_CELL.replace("</row>", '<c r="XFD1"><v>1</v></c></row>')}<row r="150000"><c r="A150000"><v>1</v></c></row>`,
      },
    ]),
  "million-cells-one-row.xlsx": async () => {
    // One <row> holding a million cells without addresses: past column XFD after 16 384.
    const sheet = deflateRepeated(
      `${SHEET_HEAD}<row r="1">`,
      "<c><v>1</v></c>".repeat(1000),
      1000,
      `</row>${SHEET_TAIL}`,
    );
    return zip([...xlsxParts("Blad1"), { name: "xl/worksheets/sheet1.xml", ...sheet }]);
  },
};

export function readCorpus() {
  return JSON.parse(readFileSync(CORPUS_FILE, "utf8"));
}

/** Writes every corpus file into dir; returns their full paths by name. */
export async function makeBadFiles(dir) {
  const corpus = readCorpus();
  const listed = corpus.files.map((entry) => entry.file);
  const missing = listed.filter((name) => !BUILDERS[name]);
  const unlisted = Object.keys(BUILDERS).filter((name) => !listed.includes(name));
  if (missing.length || unlisted.length) {
    throw new Error(
      `corpus.json and make-bad-files.mjs disagree: no builder for [${missing}], not listed [${unlisted}]`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const written = {};
  for (const name of listed) {
    const bytes = await BUILDERS[name]();
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    written[name] = file;
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, "tests/fixtures/bad"));
  makeBadFiles(dir).then(
    (written) => {
      for (const file of Object.values(written))
        process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
    },
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
