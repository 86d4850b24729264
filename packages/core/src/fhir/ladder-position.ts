import type { Observation } from '@medplum/fhirtypes';
import { LADDER_RUNG_NAMES, type LadderRung } from '../daginvulling/continuum.js';
import { localCoding } from '../measurement/instrument-types.js';

/**
 * One recorded position on the participation ladder (REFERENCE.md §5, VNG/Divosa; 003 L1540-1544: any
 * direction), kept by the day-activity record with the person's own target. Its code is the ladder's code
 * as an instrument (measurement/instruments/participation-ladder.ts), so a receiver finds every rung the same way.
 */
export interface FhirLadderPositionInput {
  id: string;
  clientId: string;
  date: string;
  rung: LadderRung;
  /** Growth within the rung, 1-5. */
  withinRungStep: number;
  targetRung: LadderRung;
  wantsToStay: boolean;
  note: string;
  recordedAt: string;
  /** `Practitioner/…` when a professional recorded it, `Patient/…` when the person did, else null. */
  performer: string | null;
}

const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** The ladder is about taking part in society, not a questionnaire: FHIR's social-history category. */
export const LADDER_CATEGORY = { system: OBSERVATION_CATEGORY, code: 'social-history' } as const;

const rungText = (rung: LadderRung) => `trede ${rung}: ${LADDER_RUNG_NAMES[rung]}`;

export function toLadderObservation(input: FhirLadderPositionInput): Observation {
  return {
    resourceType: 'Observation',
    id: input.id,
    status: 'final',
    category: [{ coding: [{ ...LADDER_CATEGORY, display: 'Social History' }] }],
    code: { coding: [localCoding('participation-ladder-rung', 'Participatieladder rung')], text: 'Participatieladder' },
    subject: { reference: `Patient/${input.clientId}` },
    effectiveDateTime: input.date,
    issued: input.recordedAt,
    ...(input.performer ? { performer: [{ reference: input.performer }] } : {}),
    valueInteger: input.rung,
    component: [
      {
        code: { coding: [localCoding('participation-ladder-step-within-rung', 'Groei binnen de trede (1-5)')] },
        valueInteger: input.withinRungStep,
      },
      {
        code: { coding: [localCoding('participation-ladder-target-rung', 'Eigen doel: trede')] },
        valueInteger: input.targetRung,
      },
      {
        code: { coding: [localCoding('participation-ladder-wants-to-stay', 'Wil op deze trede blijven')] },
        valueBoolean: input.wantsToStay,
      },
    ],
    // The note as written, and in words what the numbers mean for a reader without the code system.
    note: [
      { text: `Nu ${rungText(input.rung)}; eigen doel ${rungText(input.targetRung)}` },
      ...(input.note.trim() ? [{ text: input.note }] : []),
    ],
  };
}
