/** Swedish labels and traffic-light colours shared by the summary sheets and the HTML report. */
import type { StatusCategory } from "../model";
import type { Profile, TrafficLight } from "../profile/schema";
import type { StampState } from "./model";

export const LIGHT_COLOURS: Record<TrafficLight | "none", { fill: string; font: string; label: string }> = {
  green: { fill: "#C6EFCE", font: "#006100", label: "Grön" },
  yellow: { fill: "#FFEB9C", font: "#9C5700", label: "Gul" },
  red: { fill: "#FFC7CE", font: "#9C0006", label: "Röd" },
  grey: { fill: "#E7E6E6", font: "#3A3838", label: "Grå" },
  none: { fill: "#F2F2F2", font: "#000000", label: "–" },
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

export const PERIOD_LABELS = {
  tertial1: "Tertial 1 (per 30 april)",
  delar: "Delår (per 31 augusti)",
  helar: "Helår (per 31 december)",
} as const;
