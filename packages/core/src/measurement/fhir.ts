import type { AdministrationVersion } from './administration.js';
import type { InstrumentDefinition } from './instrument-types.js';
import type { ScaleScore } from './scoring.js';

/**
 * FHIR R4 (4.0.1) shaping of one administration version, as plain JSON (no FHIR library in core):
 * a QuestionnaireResponse with the answers (item ids as `linkId`, never licensed wording) and one
 * Observation per score, `derivedFrom` the response (REFERENCE.md §11.1). Codes: SNOMED CT where REFERENCE.md
 * §1.4 gives one (ORS, SRS, CORS, CSRS totals), else Meedoen's local code system. A FHIR facade can serve
 * these as they are; a correction is `amended`, with the same ids and a higher `meta.versionId`.
 */
export interface FhirReference {
  reference: string;
}
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}
export interface FhirCodeableConcept {
  coding: FhirCoding[];
  text?: string;
}
export type FhirAnswer = { valueDecimal: number } | { valueInteger: number } | { valueBoolean: boolean };

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  meta: { versionId: string };
  questionnaire: string;
  status: 'completed' | 'amended';
  subject: FhirReference;
  encounter?: FhirReference;
  authored: string;
  author: FhirReference;
  source: FhirReference;
  item?: { linkId: string; answer: FhirAnswer[] }[];
}

export interface FhirObservation {
  resourceType: 'Observation';
  id: string;
  meta: { versionId: string };
  status: 'final' | 'amended';
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject: FhirReference;
  encounter?: FhirReference;
  effectiveDateTime: string;
  issued: string;
  valueQuantity: { value: number; unit: string; system: string; code: string };
  derivedFrom: FhirReference[];
  note?: { text: string }[];
}

/** Canonical of the Questionnaire an instrument's responses answer (a URN, like Meedoen's problem types). */
export const questionnaireCanonical = (instrument: InstrumentDefinition) =>
  `urn:meedoen:fhir:Questionnaire:${instrument.id}${instrument.version ? `|${instrument.version}` : ''}`;

/** FHIR ids allow [A-Za-z0-9-.]{1,64}. */
const fhirId = (s: string) => s.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);

export interface FhirReferences {
  /** `Patient/…` */
  patient: string;
  /** `Encounter/…` of the session, if any. */
  encounter: string | null;
  /** Who filled it in: `Patient/…`, `RelatedPerson/…` (a parent) or `Practitioner/…`. */
  author: string;
  /** Who entered it, when not the author (a therapist typing a paper score): `Practitioner/…`. */
  source: string;
}

export function administrationToFhir(
  instrument: InstrumentDefinition,
  version: AdministrationVersion,
  scores: readonly ScaleScore[] | null,
  refs: FhirReferences,
): { questionnaireResponse: FhirQuestionnaireResponse; observations: FhirObservation[] } {
  const amended = version.version > 1;
  const meta = { versionId: String(version.version) };
  const qrId = fhirId(version.administrationId);
  const encounter = refs.encounter ? { encounter: { reference: refs.encounter } } : {};
  const items = instrument.items.flatMap((item) => {
    const value = version.answers?.[item.id];
    if (value === undefined) return [];
    const answer: FhirAnswer =
      typeof value === 'boolean'
        ? { valueBoolean: value }
        : item.answer?.kind === 'vas'
          ? { valueDecimal: value }
          : { valueInteger: value };
    return [{ linkId: item.id, answer: [answer] }];
  });
  const questionnaireResponse: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: qrId,
    meta,
    questionnaire: questionnaireCanonical(instrument),
    status: amended ? 'amended' : 'completed',
    subject: { reference: refs.patient },
    ...encounter,
    authored: version.administeredOn,
    author: { reference: refs.author },
    source: { reference: refs.source },
    ...(items.length > 0 ? { item: items } : {}),
  };
  const observations = (scores ?? []).flatMap((score): FhirObservation[] => {
    const scale = instrument.scales.find((s) => s.id === score.scale);
    if (!scale?.coding) return [];
    return [
      {
        resourceType: 'Observation',
        id: fhirId(`${version.administrationId}-${score.scale}`),
        meta,
        status: amended ? 'amended' : 'final',
        category: [
          {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }],
          },
        ],
        code: { coding: [{ ...scale.coding }], text: `${instrument.abbreviation} ${scale.label.en}` },
        subject: { reference: refs.patient },
        ...encounter,
        effectiveDateTime: version.administeredOn,
        issued: version.recordedAt,
        valueQuantity: { value: score.value, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' },
        derivedFrom: [{ reference: `QuestionnaireResponse/${qrId}` }],
        ...(version.correctionReason ? { note: [{ text: version.correctionReason }] } : {}),
      },
    ];
  });
  return { questionnaireResponse, observations };
}
