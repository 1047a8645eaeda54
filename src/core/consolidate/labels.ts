/** Swedish labels and traffic-light colours shared by the summary sheets and the HTML report. */
import type { StatusCategory } from "../model";
import type { Profile, TrafficLight } from "../profile/schema";
import type { StampState } from "./model";
import { LIGHT_COLOURS as TEMPLATE_LIGHTS } from "../template/build";

/** The template's traffic-light palette (one place), with the word shown in a "Läge" cell. */
export const LIGHT_COLOURS: Record<TrafficLight | "none", { fill: string; fontColor: string; label: string }> = {
  green: { ...TEMPLATE_LIGHTS.green, label: "Grön" },
  yellow: { ...TEMPLATE_LIGHTS.yellow, label: "Gul" },
  red: { ...TEMPLATE_LIGHTS.red, label: "Röd" },
  grey: { ...TEMPLATE_LIGHTS.grey, label: "Grå" },
  none: { fill: "#F2F2F2", fontColor: "#000000", label: "–" },
};

/** Chart colours per category (stronger than the cell fills, readable as bars). */
export const CATEGORY_BAR_COLOURS: Record<StatusCategory, string> = {
  done: "#2E7D32",
  ongoing: "#81C784",
  delayed: "#F9A825",
  not_started: "#FFD54F",
  cancelled: "#C62828",
  postponed: "#FB8C00",
  not_applicable: "#9E9E9E",
  ambiguous: "#6A1B9A",
  missing: "#424242",
};

const FALLBACK_LABELS: Record<StatusCategory, string> = {
  done: "Genomfört",
  ongoing: "Pågående",
  delayed: "Kvarstår",
  not_started: "Ej påbörjad",
  cancelled: "Ej genomfört",
  postponed: "Flyttad",
  not_applicable: "Ej aktuellt",
  ambiguous: "Oklar status",
  missing: "Status saknas",
};

/** The profile's canonical term per category; "Oklar status" and "Status saknas" for the two findings. */
export function categoryLabel(category: StatusCategory, profile: Profile): string {
  return profile.statuses.find((status) => status.category === category)?.canonical ?? FALLBACK_LABELS[category];
}

export function categoryLight(category: StatusCategory, profile: Profile): TrafficLight | "none" {
  return profile.statuses.find((status) => status.category === category)?.light ?? "none";
}

export const STAMP_LABELS: Record<StampState, string> = {
  validated: "Validerad",
  changed: "Ändrad efter validering",
  not_validated: "Ej validerad",
};

export { PERIOD_LABELS } from "../template/layout";
