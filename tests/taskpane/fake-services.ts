/** A scriptable PaneServices for the component tests: every method is a jest mock. */
import { buildValidationReport } from "../../src/core/validate/validation-report";
import type { PaneServices, Profile } from "../../src/taskpane/services";
import { standardProfile } from "../../src/core/profile/load";

/** A promise the test resolves or rejects when it wants (to observe the working state). */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function fakeServices(overrides: Partial<PaneServices> = {}): PaneServices {
  const profile: Profile = standardProfile;
  const base: PaneServices = {
    mode: "standalone",
    workbookName: "kof-2020-delar.xlsx",
    listTemplateSheets: jest.fn(async () => [
      { name: "Uppföljning", isTemplate: false },
      { name: "Uppföljning (mall)", isTemplate: true },
    ]),
    insertTemplate: jest.fn(async () => ({ sheet: "Uppföljning (2)" })),
    structureSheet: jest.fn(async () => {
      throw new Error("not scripted");
    }),
    check: jest.fn(async () => buildValidationReport([], [])),
    applyFixes: jest.fn(async (findings) => ({ applied: findings.length, skipped: [], planId: "plan-1" })),
    revertLastFixes: jest.fn(async () => ({ reverted: 0, skipped: [] })),
    select: jest.fn(async () => undefined),
    stamp: jest.fn(async () => ({ ok: false as const, message: "", errors: 0 })),
    readStampState: jest.fn(async () => "not_validated" as const),
    consolidate: jest.fn(async () => {
      throw new Error("not scripted");
    }),
    writeSummary: jest.fn(async () => undefined),
    loadProfile: jest.fn(async () => ({ profile })),
    saveProfile: jest.fn(async () => undefined),
    parseProfileText: jest.fn(async () => ({ ok: true as const, profile })),
  };
  return { ...base, ...overrides };
}

export function mock<K extends keyof PaneServices>(services: PaneServices, key: K): jest.Mock {
  return services[key] as unknown as jest.Mock;
}
