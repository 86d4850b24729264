import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { scoreVersion } from './administration.js';
import { administrationToFhir, type FhirReferences } from './fhir.js';
import { MANSA, MANSA_SCORED_ITEMS } from './instruments/mansa.js';
import { ORS } from './instruments/ors-family.js';
import { ZRM } from './instruments/zrm.js';
import { content, version } from './testing/measurement-fixtures.js';

const refs: FhirReferences = { patient: 'Patient/c1', encounter: 'Encounter/s1', author: 'Patient/c1', source: 'Patient/c1' };
const fhir = new Fhir();
function expectValidR4(resource: object) {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  expect(result.messages?.filter((m) => m.severity === 'error') ?? []).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('FHIR R4 QuestionnaireResponse + Observation per administration', () => {
  const v1 = version();
  const { questionnaireResponse: qr, observations } = administrationToFhir(ORS, v1, scoreVersion(ORS, v1), refs);

  it('answers by item id and links the total, coded in SNOMED CT, to the response', () => {
    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: 'a1',
      meta: { versionId: '1' },
      questionnaire: 'urn:meedoen:fhir:Questionnaire:ors',
      status: 'completed',
      subject: { reference: 'Patient/c1' },
      encounter: { reference: 'Encounter/s1' },
      authored: '2026-10-06',
    });
    expect(qr.item).toEqual([
      { linkId: 'individual', answer: [{ valueDecimal: 3.3 }] },
      { linkId: 'interpersonal', answer: [{ valueDecimal: 5 }] },
      { linkId: 'social', answer: [{ valueDecimal: 6.1 }] },
      { linkId: 'overall', answer: [{ valueDecimal: 4.2 }] },
    ]);
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '716613004' }] },
      valueQuantity: { value: 18.6, system: 'http://unitsofmeasure.org', code: '{score}' },
      derivedFrom: [{ reference: 'QuestionnaireResponse/a1' }],
      effectiveDateTime: '2026-10-06',
    });
  });

  it('passes the FHIR R4 validator (fhir.js, unknown properties are errors)', () => {
    expectValidR4(qr);
    for (const o of observations) expectValidR4(o);
  });

  it('has a validator that does catch broken resources (so the check above can fail)', () => {
    expect(fhir.validate({ ...qr, status: 'nonsense' }, { errorOnUnexpected: true }).valid).toBe(false);
    expect(fhir.validate({ ...observations[0], valueScore: 1 }, { errorOnUnexpected: true }).valid).toBe(false);
    const { subject, ...withoutSubject } = observations[0] ?? {};
    expect(subject).toBeDefined();
    expect(fhir.validate({ ...withoutSubject, status: undefined }, { errorOnUnexpected: true }).valid).toBe(false);
  });

  it('carries no licensed wording, only ids and numbers', () => {
    const loaded = content(
      'ors',
      ORS.items.map((i) => i.id),
    );
    const json = JSON.stringify({ qr, observations });
    for (const item of Object.values(loaded.languages.nl?.items ?? {})) expect(json).not.toContain(item.text);
  });

  it('marks a correction as amended with its reason, under the same ids', () => {
    const v2 = version({
      id: 'v2',
      version: 2,
      answers: { ...v1.answers, individual: 3.8 },
      correctionReason: 'Misread the paper line',
    });
    const amended = administrationToFhir(ORS, v2, scoreVersion(ORS, v2), refs);
    expect(amended.questionnaireResponse).toMatchObject({ id: 'a1', status: 'amended', meta: { versionId: '2' } });
    expect(amended.observations[0]).toMatchObject({
      id: observations[0]?.id,
      status: 'amended',
      note: [{ text: 'Misread the paper line' }],
      valueQuantity: { value: 19.1 },
    });
    expectValidR4(amended.questionnaireResponse);
    for (const o of amended.observations) expectValidR4(o);
  });

  it('shapes "administered, no score" as a response without items and no observation', () => {
    const tick = version({ answers: null, mode: 'paper' });
    const shaped = administrationToFhir(ORS, tick, scoreVersion(ORS, tick), { ...refs, source: 'Practitioner/u1' });
    expect(shaped.questionnaireResponse.item).toBeUndefined();
    expect(shaped.observations).toEqual([]);
    expectValidR4(shaped.questionnaireResponse);
  });

  it('uses local codes where SNOMED CT has none: MANSA mean (decimal), ZRM domains (integers, valid ids)', () => {
    const answers = { ...Object.fromEntries(MANSA_SCORED_ITEMS.map((id) => [id, 5])), item_7: false };
    const mansa = version({ instrumentId: 'mansa', answers, occasionId: 'intake', moment: 'intake', sessionId: null });
    const m = administrationToFhir(MANSA, mansa, scoreVersion(MANSA, mansa), { ...refs, encounter: null });
    expect(m.questionnaireResponse.encounter).toBeUndefined();
    expect(m.questionnaireResponse.item?.find((i) => i.linkId === 'item_7')).toEqual({
      linkId: 'item_7',
      answer: [{ valueBoolean: false }],
    });
    expect(m.observations[0]?.code.coding[0]).toEqual({
      system: 'urn:meedoen:fhir:CodeSystem:measurement',
      code: 'mansa-mean',
      display: 'MANSA mean satisfaction score',
    });
    expectValidR4(m.questionnaireResponse);
    const zrm = version({
      instrumentId: 'zrm',
      answers: Object.fromEntries(ZRM.items.map((i) => [i.id, 4])),
      respondent: 'therapist',
    });
    const z = administrationToFhir(ZRM, zrm, scoreVersion(ZRM, zrm), {
      ...refs,
      author: 'Practitioner/u1',
      source: 'Practitioner/u1',
    });
    expect(z.observations).toHaveLength(13);
    expect(z.questionnaireResponse.item?.[0]).toEqual({ linkId: 'finances', answer: [{ valueInteger: 4 }] });
    expect(z.observations.map((o) => o.id)).toContain('a1-work-education');
    for (const o of z.observations) expectValidR4(o);
  });
});
