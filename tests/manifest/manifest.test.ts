/** @jest-environment jsdom */
// The manifest against the official XSD schemas (offline, via scripts/validate-manifest.mjs and
// xmllint-wasm), plus what the schemas cannot say: the ribbon, its languages, its resources.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const VALIDATOR = path.join(ROOT, "scripts/validate-manifest.mjs");
const manifestText = readFileSync(MANIFEST_PATH, "utf8");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

interface ValidatorRun {
  code: number;
  output: string;
}

function runValidator(manifestPath: string): Promise<ValidatorRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VALIDATOR, manifestPath], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

describe("manifest.xml against the XSD schemas", () => {
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), "uppfoljning-manifest-"));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  async function validateVariant(name: string, xml: string): Promise<ValidatorRun> {
    expect(xml).not.toBe(manifestText); // the edit must have applied
    const file = path.join(workDir, name);
    writeFileSync(file, xml);
    return runValidator(file);
  }

  it("is valid", async () => {
    const run = await runValidator(MANIFEST_PATH);
    expect(run.output).toContain("giltigt");
    expect(run.code).toBe(0);
  });

  it("fails when a required element is removed", async () => {
    const run = await validateVariant(
      "missing-permissions.xml",
      manifestText.replace("<Permissions>ReadWriteDocument</Permissions>", ""),
    );
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Permissions/);
  });

  it("fails on an unknown element", async () => {
    const run = await validateVariant(
      "unknown-element.xml",
      manifestText.replace("<Hosts>", "<Favourites/>\n  <Hosts>"),
    );
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Favourites.*not expected/);
  });

  it("fails when elements are out of order", async () => {
    // The schema's sequence is Id, Version, ProviderName, DefaultLocale, ...
    const version = "<Version>0.1.0.0</Version>";
    const run = await validateVariant(
      "version-after-locale.xml",
      manifestText
        .replace(version, "")
        .replace("<DefaultLocale>sv-SE</DefaultLocale>", `<DefaultLocale>sv-SE</DefaultLocale>\n  ${version}`),
    );
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/ProviderName.*not expected.*Version/);
  });

  it("fails on a value outside an enumeration", async () => {
    const run = await validateVariant(
      "bad-permission.xml",
      manifestText.replace("<Permissions>ReadWriteDocument<", "<Permissions>Everything<"),
    );
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Everything/);
  });

  it("fails on malformed XML", async () => {
    const run = await validateVariant("malformed.xml", manifestText.replace("</OfficeApp>", ""));
    expect(run.code).toBe(1);
  });
});

describe("manifest.xml content", () => {
  const doc = new DOMParser().parseFromString(manifestText, "application/xml");

  function all(ns: string, tag: string, root: Document | Element = doc): Element[] {
    return Array.from(root.getElementsByTagNameNS(ns, tag));
  }
  function one(ns: string, tag: string, root: Document | Element = doc): Element {
    const found = all(ns, tag, root);
    if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
    return found[0]!;
  }
  const text = (ns: string, tag: string) => one(ns, tag).textContent?.trim();

  /** A bt:String / bt:Url / bt:Image resource: default value and its overrides by locale. */
  function resource(id: string): { value: string; overrides: Record<string, string> } {
    const element = all(NS.bt, "*").find((e) => e.getAttribute("id") === id && e.hasAttribute("DefaultValue"));
    if (!element) throw new Error(`resource ${id} is not defined`);
    const overrides: Record<string, string> = {};
    for (const override of all(NS.bt, "Override", element)) {
      overrides[override.getAttribute("Locale")!] = override.getAttribute("Value")!;
    }
    return { value: element.getAttribute("DefaultValue")!, overrides };
  }

  it("parses", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("is a Swedish Excel task-pane add-in with an English override", () => {
    expect(doc.documentElement.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(text(NS.app, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(text(NS.app, "DefaultLocale")).toBe("sv-SE");
    expect(all(NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(text(NS.app, "Permissions")).toBe("ReadWriteDocument");
    for (const tag of ["DisplayName", "Description"]) {
      const element = one(NS.app, tag);
      expect(element.getAttribute("DefaultValue")).toBeTruthy();
      const override = one(NS.app, "Override", element);
      expect(override.getAttribute("Locale")).toBe("en-US");
      expect(override.getAttribute("Value")).not.toBe(element.getAttribute("DefaultValue"));
    }
    expect(one(NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("Uppföljning");
  });

  it("requires ExcelApi 1.8 (data validation, table onChanged)", () => {
    const sets = all(NS.app, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.8"]]);
  });

  it("loads the pane from the dev server", () => {
    const source = one(NS.app, "SourceLocation", one(NS.app, "DefaultSettings"));
    expect(source.getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  describe("ribbon", () => {
    const tab = one(NS.ov, "OfficeTab");
    const group = one(NS.ov, "Group", tab);
    const buttons = all(NS.ov, "Control", group);
    const labelOf = (element: Element) => {
      const label = Array.from(element.children).find((c) => c.localName === "Label");
      return resource(label!.getAttribute("resid")!);
    };

    it("is a group Uppföljning on the Home tab", () => {
      expect(tab.getAttribute("id")).toBe("TabHome");
      expect(labelOf(group)).toEqual({ value: "Uppföljning", overrides: { "en-US": "Follow-up" } });
    });

    it("has the three buttons with Swedish labels and en-US overrides", () => {
      expect(buttons.map((b) => b.getAttributeNS(NS.xsi, "type"))).toEqual(["Button", "Button", "Button"]);
      expect(buttons.map(labelOf)).toEqual([
        { value: "Visa panel", overrides: { "en-US": "Show pane" } },
        { value: "Kontrollera", overrides: { "en-US": "Validate" } },
        { value: "Sammanställ", overrides: { "en-US": "Consolidate" } },
      ]);
    });

    it("gives every button a Swedish tooltip with an English override", () => {
      for (const button of buttons) {
        const description = one(NS.ov, "Description", one(NS.ov, "Supertip", button));
        const tooltip = resource(description.getAttribute("resid")!);
        expect(tooltip.value.length).toBeGreaterThan(10);
        expect(tooltip.overrides["en-US"]).toBeTruthy();
      }
    });

    it("opens one shared pane, choosing the view by query string", () => {
      const actions = buttons.map((b) => one(NS.ov, "Action", b));
      expect(actions.map((a) => a.getAttributeNS(NS.xsi, "type"))).toEqual([
        "ShowTaskpane",
        "ShowTaskpane",
        "ShowTaskpane",
      ]);
      expect(new Set(actions.map((a) => one(NS.ov, "TaskpaneId", a).textContent)).size).toBe(1);
      const urls = actions.map((a) => resource(one(NS.ov, "SourceLocation", a).getAttribute("resid")!).value);
      expect(urls).toEqual([
        "https://localhost:3000/taskpane.html",
        "https://localhost:3000/taskpane.html?view=kontrollera",
        "https://localhost:3000/taskpane.html?view=sammanstall",
      ]);
    });

    it("has 16, 32 and 80 px icons on the group and every button", () => {
      for (const element of [group, ...buttons]) {
        const icon = Array.from(element.children).find((c) => c.localName === "Icon")!;
        expect(all(NS.bt, "Image", icon).map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
      }
    });
  });

  it("defines every resource it references", () => {
    const referenced = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid")!);
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(() => resource(id)).not.toThrow();
  });

  it("points every icon at a PNG in assets/ of the size it claims", () => {
    const icons: { url: string; size: number }[] = [
      { url: one(NS.app, "IconUrl").getAttribute("DefaultValue")!, size: 32 },
      { url: one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const image of all(NS.bt, "Image").filter((i) => i.hasAttribute("resid"))) {
      icons.push({ url: resource(image.getAttribute("resid")!).value, size: Number(image.getAttribute("size")) });
    }
    for (const { url, size } of icons) {
      const match = /^https:\/\/localhost:3000\/(assets\/[a-z]+-\d+\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const file = path.join(ROOT, match![1]!);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("serves everything from one origin", () => {
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue")!)
      .filter((v) => v.startsWith("http"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe("https://localhost:3000");
  });
});
