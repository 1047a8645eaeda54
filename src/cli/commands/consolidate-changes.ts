/** The change since the previous period as `consolidate --previous` prints it (a few lines per organisation). */
import type { PeriodComparison } from "../../core/consolidate";
import type { CliIo } from "../io";

export function printComparison(io: CliIo, comparison: PeriodComparison): void {
  io.stdout(`Förändringar sedan förra perioden (${comparison.previousSources.join(", ")}):\n`);
  for (const org of comparison.organisations) {
    io.stdout(
      `  ${org.organisation}: ${org.statusChanges.length} ändrade status, ${org.new.length} nya, ${org.vanished.length} försvunna, ${org.carriedOver.length} överförda${org.ties.length > 0 ? `, ${org.ties.length} osäkra matchningar` : ""}${org.fuzzySkipped ? " (bara exakta träffar: för många omatchade aktiviteter)" : ""}\n`,
    );
    for (const change of org.statusChanges) io.stdout(`    ${change.previous.status} → ${change.current.status}: ${change.current.activity.split("\n")[0]}\n`);
    for (const gone of org.vanished) io.stdout(`    Försvunnen (${gone.status}): ${gone.activity.split("\n")[0]}\n`);
  }
  if (comparison.newOrganisations.length > 0) io.stdout(`  Inte med i förra periodens underlag, så ingen jämförelse: ${comparison.newOrganisations.join(", ")}\n`);
  if (comparison.notReportedNow.length > 0) io.stdout(`  Fanns förra perioden men inte nu: ${comparison.notReportedNow.join(", ")}\n`);
}
