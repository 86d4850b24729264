import { describe, expect, it } from 'vitest';
import { hashTables } from './csv.js';
import { generate } from './generate.js';
import { midSizedOrg, planOf } from './plan.js';

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
});
