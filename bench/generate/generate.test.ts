import {
  checkTrajectoryStep,
  evolveTrajectory,
  replayTrajectory,
  trajectoryWarnings,
  USUAL_RANGES,
  type Trajectory,
} from '@meedoen/core';
import { describe, expect, it } from 'vitest';
import { slotTimes } from './agenda.js';
import { hashTables } from './csv.js';
import { GENERATED_UNTIL } from './dates.js';
import { generate } from './generate.js';
import { midSizedOrg, planOf, slotOfClient, therapistOfClient } from './plan.js';
import { templateTrajectory, trajectoryEvents, trajectoryProjection } from './treatment.js';

describe('the bench data generator', () => {
  it('makes byte-identical CSV from the same seed and scale, and different CSV from another seed', () => {
    const a = generate({ seed: 7, scale: 0.001, passwordHash: 'x' });
    const b = generate({ seed: 7, scale: 0.001, passwordHash: 'x' });
    const c = generate({ seed: 8, scale: 0.001, passwordHash: 'x' });
    expect(hashTables(a.tables)).toBe(hashTables(b.tables));
    expect(hashTables(c.tables)).not.toBe(hashTables(a.tables));
    expect(b.probe).toEqual(a.probe);
  });

  it('scales the issue-16 volumes by the factor, skewed over the organisations', () => {
    const full = planOf({ seed: 1, scale: 1, passwordHash: 'x' });
    expect(full.orgs).toHaveLength(200);
    expect(full.totals.clients).toBe(100_000);
    expect(full.totals.offers).toBe(5_000);
    const sizes = full.orgs.map((o) => o.clients.count);
    // A few large organisations, many small (Zipf): the largest holds over 10 %, the median under the mean.
    expect(Math.max(...sizes)).toBeGreaterThan(10_000);
    expect([...sizes].sort((x, y) => x - y)[100]).toBeLessThan(500);
    expect(Math.abs(midSizedOrg(full).clients.count - 500)).toBeLessThan(50);
    const small = planOf({ seed: 1, scale: 0.01, passwordHash: 'x' });
    expect(small.totals.clients).toBe(1_000);
    expect(small.orgs).toHaveLength(2);
    // The scale bench measures an organisation of the small scale's probe size at the large scale too.
    const probeSize = midSizedOrg(small).clients.count;
    const sameSize = midSizedOrg(full, probeSize).clients.count;
    expect(Math.abs(sameSize - probeSize)).toBeLessThan(Math.abs(midSizedOrg(full).clients.count - probeSize));
    expect(Math.abs(sameSize - probeSize)).toBeLessThanOrEqual(
      Math.min(...full.orgs.map((o) => Math.abs(o.clients.count - probeSize))),
    );
  });

  it('writes ten sessions and ten attendance records per client (a million each at scale 1)', () => {
    const g = generate({ seed: 3, scale: 0.001, passwordHash: 'x' });
    const count = (table: string) => {
      const t = g.tables.find((x) => x.table === table);
      let n = 0;
      for (const chunk of t?.chunks() ?? []) n += chunk.split('\n').length - 1;
      return n;
    };
    expect(count('clients')).toBe(100);
    expect(count('attendance_records')).toBe(1_000);
    expect(count('trajectory_events')).toBe(100 * 19);
  });

  it("stores each trajectory as core's rules allow every step, with the projection its replay gives", () => {
    const seed = 11;
    const plan = planOf({ seed, scale: 0.001, passwordHash: 'x' });
    const template = templateTrajectory(seed);
    const ctx = {
      today: GENERATED_UNTIL,
      clientBirthDate: '1970-01-01',
      organisationIsGgzInstitution: false,
      regiebehandelaarRoles: null,
    };
    for (const o of plan.orgs) {
      for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
        const therapist = therapistOfClient(o, c);
        const events = trajectoryEvents(seed, c, therapist, slotOfClient(o, c));
        let t: Trajectory | null = null;
        for (const e of events) {
          const { seq: _seq, at: _at, actorId: _actor, reason: _reason, ...step } = e;
          expect(checkTrajectoryStep(t, step, ctx)).toEqual([]);
          t = evolveTrajectory(t, e, { id: 't', clientId: 'c' });
        }
        const replayed = replayTrajectory(events, { id: 't', clientId: 'c' });
        const p = trajectoryProjection(seed, c, therapist, slotOfClient(o, c), template);
        expect(p).toMatchObject({
          state: replayed?.state,
          nextEvaluationDate: replayed?.nextEvaluationDate,
          lastSeq: events.length,
          warningCount: replayed ? trajectoryWarnings(replayed, GENERATED_UNTIL, USUAL_RANGES, new Set()).length : -1,
        });
      }
    }
  });

  it("gives a therapist's clients distinct weekly slots, so no two appointments overlap", () => {
    const plan = planOf({ seed: 1, scale: 0.01, passwordHash: 'x' });
    for (const o of plan.orgs) {
      const taken = new Set<string>();
      for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
        const slot = slotOfClient(o, c);
        const key = `${therapistOfClient(o, c)}:${slot % 5}:${slotTimes(slot).starts}`;
        expect(taken.has(key)).toBe(false);
        taken.add(key);
      }
    }
  });
});
