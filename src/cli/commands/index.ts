/**
 * Every CLI command, in help order. Adding a command: one file in this folder and one entry here.
 *
 * Each entry carries what the general help lists; the command's own module (and with it the core,
 * zod, the file adapter) is loaded only when that command runs or its help is asked for, so
 * `uppfoljning --help` starts as fast as Node and every command loads only what it uses.
 * tests/cli/main.test.ts checks that each entry matches the command it loads.
 */
import type { CliCommand } from "../command";

export interface CommandEntry {
  name: string;
  aliases?: string[];
  /** One line for the command list, in Swedish (the same as the loaded command's). */
  summary: string;
  hidden?: boolean;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "structure",
    aliases: ["strukturera"],
    summary: "Läs en ifylld uppföljning (.xlsx) och visa dess aktiviteter i standardformatet.",
    load: async () => (await import("./structure")).structureCommand,
  },
  {
    name: "validate",
    aliases: ["kontrollera"],
    summary:
      "Kontrollera uppföljningar (.xlsx): status, slutdatum, kommentarer, datum och uppdrag.",
    load: async () => (await import("./validate")).validateCommand,
  },
  {
    name: "template",
    aliases: ["mall"],
    summary: "Skapa en tom standardmall (.xlsx) med listval, färger och utskriftsformat.",
    load: async () => (await import("./template")).templateCommand,
  },
  {
    name: "consolidate",
    aliases: ["sammanstall", "sammanställ"],
    summary:
      "Sammanställ flera förvaltningars uppföljningar till en kommungemensam sammanställning.",
    load: async () => (await import("./consolidate")).consolidateCommand,
  },
  {
    name: "status",
    aliases: ["inlamning", "inlämning"],
    summary: "Visa vilka förvaltningar som lämnat in, om rapporten är stämplad och vilka som saknas.",
    load: async () => (await import("./status")).statusCommand,
  },
  {
    name: "demo",
    summary:
      "Visa hela flödet på exempelfilerna: kontrollera, sammanställ och skriv out/sammanstallning.xlsx och .html.",
    load: async () => (await import("./demo")).demoCommand,
  },
  {
    name: "examples",
    summary: "Skapa exempelfiler av testfixturerna och tomma mallar (för utvecklare).",
    hidden: true,
    load: async () => (await import("./examples")).examplesCommand,
  },
];
