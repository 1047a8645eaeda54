/**
 * After structuring, Inställningar takes the report details the sheet's header gave (only the
 * fields the user left empty; see prefillSettings). Done around the services, so every view that
 * structures a sheet feeds the settings without knowing about them.
 */
import type { ReportMeta } from "../core/model";
import type { PaneServices } from "./services";

export function reportingStructuredMeta(services: PaneServices, onMeta: (meta: Partial<ReportMeta>) => void): PaneServices {
  return {
    ...services,
    async structureSheet(sourceSheet) {
      const outcome = await services.structureSheet(sourceSheet);
      if (outcome.result.ok) onMeta(outcome.result.report);
      return outcome;
    },
  };
}
