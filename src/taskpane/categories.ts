/**
 * The status categories in display order: the model's own list, from core/model-lists (which,
 * unlike core/model, brings no zod into the pane's initial bundle).
 */
import type { StatusCategory } from "../core/model";
import { STATUS_CATEGORIES } from "../core/model-lists";

export const STATUS_CATEGORY_ORDER: readonly StatusCategory[] = STATUS_CATEGORIES;
