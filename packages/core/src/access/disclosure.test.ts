import { describe, expect, it } from 'vitest';
import { emptyParticipationPlan, PLAN_SECTIONS, type ParticipationPlan } from '../daginvulling/participation-plan.js';
import {
  applyDisclosure,
  disclosureAudience,
  disclosureFor,
  FULL_DISCLOSURE,
  mergeDisclosedWrite,
  missingParts,
  type DisclosureSpec,
} from './disclosure.js';

const ENTRIES: ParticipationPlan['disclosure'] = [
  { audience: 'werkbegeleider', mayKnow: 'wat ik kan', sections: ['strengths', 'steps'] },
  { audience: 'naaste', mayKnow: 'mijn dromen', sections: ['dreams', 'comments'] },
];

describe('disclosure as data (003 L1912-1915)', () => {
  it('limits only those whose ground is the client’s consent', () => {
    for (const basis of ['self', 'representative', 'care_team', 'organisation', 'break_glass'] as const)
      expect(disclosureFor(basis, ['werkbegeleider'], ENTRIES)).toEqual(FULL_DISCLOSURE);
    expect(disclosureFor('consent', ['werkbegeleider'], ENTRIES)).toEqual({
      limited: true,
      audience: 'werkbegeleider',
      open: ['strengths', 'steps'],
    });
  });

  it('names the kind of party by role; any other professional is a zorgverlener', () => {
    expect(disclosureAudience(['naaste'])).toBe('naaste');
    expect(disclosureAudience(['gemeente'])).toBe('gemeente');
    expect(disclosureAudience(['financier'])).toBe('financier');
    expect(disclosureAudience(['trajectbegeleider'])).toBe('trajectbegeleider');
    expect(disclosureAudience(['vaktherapeut'])).toBe('zorgverlener');
  });

  it('opens nothing when the stored disclosure is missing or damaged', () => {
    for (const broken of [undefined, null, 'x', [{ audience: 'werkbegeleider', sections: 'all' }], [null]])
      expect(disclosureFor('consent', ['werkbegeleider'], broken)).toMatchObject({ open: [] });
    expect(
      disclosureFor('consent', ['werkbegeleider'], [{ audience: 'werkbegeleider', sections: ['x', 'steps'] }]),
    ).toMatchObject({
      open: ['steps'],
    });
  });

  it('refuses a whole answer unless every part of it is open', () => {
    const naaste = disclosureFor('consent', ['naaste'], ENTRIES);
    expect(missingParts({ kind: 'whole', parts: ['dreams'] }, naaste)).toEqual([]);
    expect(missingParts({ kind: 'whole', parts: ['dreams', 'ladder'] }, naaste)).toEqual(['ladder']);
    expect(missingParts({ kind: 'whole', parts: ['ladder'] }, FULL_DISCLOSURE)).toEqual([]);
  });

  it('filters the fields of an answer: plan sections by key, hidden lists emptied', () => {
    const spec: DisclosureSpec = { kind: 'fields', fields: { plan: 'sections', comments: 'comments' } };
    const answer = { version: 3, plan: emptyParticipationPlan(), comments: [{ text: 'hoi' }] };
    const werkbegeleider = disclosureFor('consent', ['werkbegeleider'], ENTRIES);
    const seen = applyDisclosure(spec, werkbegeleider, answer);
    expect(Object.keys(seen.plan).sort()).toEqual(['steps', 'strengths']);
    expect(seen.comments).toEqual([]);
    expect(seen.version).toBe(3);
    expect(applyDisclosure(spec, disclosureFor('consent', ['naaste'], ENTRIES), answer).comments).toEqual(answer.comments);
    expect(applyDisclosure(spec, FULL_DISCLOSURE, answer)).toBe(answer);
  });

  it('a limited writer changes only the open sections; the rest and the disclosure itself stay', () => {
    const stored: ParticipationPlan = { ...emptyParticipationPlan(), dreams: 'eigen droom', disclosure: ENTRIES };
    const incoming: ParticipationPlan = {
      ...emptyParticipationPlan(),
      steps: [{ description: 'nieuw', done: false }],
      dreams: 'overschreven',
      disclosure: [{ audience: 'werkbegeleider', mayKnow: 'alles', sections: [...PLAN_SECTIONS] }],
    };
    const merged = mergeDisclosedWrite(stored, incoming, disclosureFor('consent', ['werkbegeleider'], ENTRIES));
    expect(merged).toEqual({ ...stored, steps: incoming.steps, strengths: incoming.strengths });
    expect(mergeDisclosedWrite(stored, incoming, FULL_DISCLOSURE)).toBe(incoming);
  });
});
