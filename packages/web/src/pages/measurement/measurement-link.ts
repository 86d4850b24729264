import type { MeasurementOccasion } from '@meedoen/core';

/**
 * The address of one due measurement: the trajectory page with the instrument and the occasion, which the
 * measurements card opens directly (TrajectoryMeasurements). Context only: which questionnaire, for which moment —
 * never an answer.
 */
export function measurementLink(
  clientId: string,
  trajectoryId: string,
  occasion?: Pick<MeasurementOccasion, 'instrumentId' | 'occasionId'>,
): string {
  const base = `/clienten/${clientId}/behandeling/${trajectoryId}`;
  if (!occasion) return `${base}#metingen`;
  const query = new URLSearchParams({ instrument: occasion.instrumentId, occasion: occasion.occasionId });
  return `${base}?${query.toString()}#metingen`;
}

/** An element id for one occasion of one instrument and respondent, to scroll to. */
export function occasionAnchor(o: Pick<MeasurementOccasion, 'instrumentId' | 'occasionId' | 'respondent'>): string {
  return `meting-${o.instrumentId}-${o.occasionId}-${o.respondent}`.replace(/[^A-Za-z0-9-]/g, '-');
}
