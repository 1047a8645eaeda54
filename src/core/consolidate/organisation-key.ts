/**
 * One key per organisation name, for matching a report to the profile's list, to another period
 * and to its duplicate. The name is typed by hand in each report's title, so "Kultur- och
 * fritidsförvaltningen", "Kultur och fritidsförvaltningen", "Kultur-och fritidsförvaltningen" and
 * "Kultur – och fritidsförvaltningen" are one organisation: beyond case and diacritics (foldKey),
 * hyphens, dashes and spaces do not count.
 */
import { foldKey } from "../text/normalize";

export function organisationKey(name: string): string {
  return foldKey(name).replace(/[\s\-\u2010-\u2015\u00AD]+/gu, "");
}
