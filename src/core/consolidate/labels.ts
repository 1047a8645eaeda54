/** Swedish labels and traffic-light colours shared by the summary sheets and the HTML report. */
import type { StatusCategory } from "../model";
import type { Profile, TrafficLight } from "../profile/schema";
import { LIGHT_COLOURS as TEMPLATE_LIGHTS } from "../template/build";

/** The template's traffic-light palette (one place), with the word shown in a "Läge" cell. */
export const LIGHT_COLOURS: Record<TrafficLight | "none", { fill: string; fontColor: string; label: string }> = {
  green: { ...TEMPLATE_LIGHTS.green, label: "Grön" },
  yellow: { ...TEMPLATE_LIGHTS.yellow, label: "Gul" },
  red: { ...TEMPLATE_LIGHTS.red, label: "Röd" },
  grey: { ...TEMPLATE_LIGHTS.grey, label: "Grå" },
  none: { fill: "#F2F2F2", fontColor: "#000000", label: "–" },
};

/**
 * Chart colours per category: the Okabe–Ito palette, told apart with the common kinds of colour
 * blindness (Okabe & Ito, "Color Universal Design"). Kvarstår, Flyttad and Ej påbörjad, which
 * were three near-identical yellows and oranges, are orange, blue and yellow here, and the HTML
 * report adds a pattern to each (CATEGORY_PATTERNS) so they differ in grey print too.
 */
export const CATEGORY_BAR_COLOURS: Record<StatusCategory, string> = {
  done: "#009E73",
  ongoing: "#56B4E9",
  delayed: "#E69F00",
  not_started: "#F0E442",
  cancelled: "#D55E00",
  postponed: "#0072B2",
  not_applicable: "#BBBBBB",
  ambiguous: "#CC79A7",
  missing: "#555555",
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

/** categoryLabel of every category at once, for tables that label a category per row. */
export function categoryLabels(profile: Profile): Record<StatusCategory, string> {
  const labels = { ...FALLBACK_LABELS };
  for (const category of Object.keys(labels) as StatusCategory[]) labels[category] = categoryLabel(category, profile);
  return labels;
}

export function categoryLight(category: StatusCategory, profile: Profile): TrafficLight | "none" {
  return profile.statuses.find((status) => status.category === category)?.light ?? "none";
}


export { PERIOD_LABELS } from "../template/layout";
