import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/**
 * The Dutch (or English) message for a field, from a problem+json error: the violated rule's text
 * with its source, shown next to the field it concerns. `path` is the body path, e.g. `/plan/therapistView`.
 */
export function fieldError(error: unknown, path: string, t: TFunction): string | undefined {
  if (!(error instanceof ApiError) || !error.problem?.errors) return undefined;
  const hit = error.problem.errors.find((e) => e.path === `/body${path}` || e.path.startsWith(`/body${path}/`));
  if (!hit) return undefined;
  const text = hit.code ? t(`problem.${hit.code}`) : hit.message;
  return hit.source ? `${text} (${hit.source})` : text;
}
