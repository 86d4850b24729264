import { describe, expect, it } from 'vitest';
import { toLadderObservation } from './ladder-position.js';

const position = {
  id: '6f1c2a4e-1111-4c3b-9d2e-000000000001',
  clientId: '6f1c2a4e-2222-4c3b-9d2e-000000000002',
  date: '2026-10-01',
  rung: 3 as const,
  withinRungStep: 2,
  targetRung: 4 as const,
  wantsToStay: false,
  note: '',
  recordedAt: '2026-10-01T10:00:00.000Z',
  performer: 'Practitioner/6f1c2a4e-3333-4c3b-9d2e-000000000003',
};

describe('a ladder position as an Observation (REFERENCE.md §5)', () => {
  it('carries the rung as its value, with the ladder code the instrument uses, as social history', () => {
    const observation = toLadderObservation(position);
    expect(observation).toMatchObject({
      resourceType: 'Observation',
      id: position.id,
      status: 'final',
      subject: { reference: `Patient/${position.clientId}` },
      effectiveDateTime: '2026-10-01',
      valueInteger: 3,
      performer: [{ reference: position.performer }],
    });
    expect(observation.category?.[0]?.coding?.[0]?.code).toBe('social-history');
    expect(observation.code.coding?.[0]?.code).toBe('participation-ladder-rung');
  });

  it('keeps growth within the rung, the person’s own target and the wish to stay as components', () => {
    const components = toLadderObservation({ ...position, wantsToStay: true }).component ?? [];
    expect(components.map((c) => [c.code.coding?.[0]?.code, c.valueInteger ?? c.valueBoolean])).toEqual([
      ['participation-ladder-step-within-rung', 2],
      ['participation-ladder-target-rung', 4],
      ['participation-ladder-wants-to-stay', true],
    ]);
  });

  it('says in words what the numbers mean, and keeps the note as written', () => {
    const notes = toLadderObservation({ ...position, note: 'Wil naar vrijwilligerswerk.' }).note?.map((n) => n.text);
    expect(notes).toEqual([
      'Nu trede 3: deelname georganiseerde activiteiten; eigen doel trede 4: onbetaald werk',
      'Wil naar vrijwilligerswerk.',
    ]);
    expect(toLadderObservation({ ...position, performer: null }).performer).toBeUndefined();
  });
});
