import { describe, expect, it } from 'vitest';
import { municipalOverview, type OverviewOffer } from './municipal-overview.js';
import { suppressSmallCells } from './small-cell-suppression.js';

describe('suppressSmallCells', () => {
  it('shows counts of at least the cell size and zeros, and suppresses 1 to 9', () => {
    const t = suppressSmallCells([[12, 0, 15]], 10);
    expect(t.cells).toEqual([[12, 0, 15]]);
    expect(t.total).toBe(27);
    expect(suppressSmallCells([[4, 0, 15]], 10).cells[0]?.[0]).toBeNull();
  });

  it('suppresses a second cell so a small cell cannot be computed from the row total (complementary)', () => {
    // Row: 4 + 20 + 30 = 54. Hiding only the 4 would give it away as 54 - 20 - 30.
    const t = suppressSmallCells(
      [
        [4, 20, 30],
        [15, 25, 35],
      ],
      10,
    );
    expect(t.cells[0]?.[0]).toBeNull();
    expect(t.cells[0]?.filter((c) => c === null).length).toBeGreaterThanOrEqual(2);
    // and in its column: 4 + 15 with the column total 19 would give it away too
    expect(t.cells[1]?.[0]).toBeNull();
    // no row, column or total sum is left with exactly one unknown
    const rowSums = t.cells.map((row, r) => [...row, t.rowTotals[r]]);
    const colSums = [0, 1, 2].map((c) => [...t.cells.map((row) => row[c]), t.columnTotals[c]]);
    for (const s of [...rowSums, ...colSums, [...t.rowTotals, t.total], [...t.columnTotals, t.total]])
      expect(s.filter((v) => v === null).length).not.toBe(1);
  });

  it('suppresses the total when a row has one cell', () => {
    const t = suppressSmallCells([[3], [40]], 10);
    expect(t.cells[0]?.[0]).toBeNull();
    expect(t.rowTotals[0]).toBeNull();
    expect(t.cells[1]?.[0]).toBeNull(); // else the column total 43 - 40 gives 3
  });

  it('leaves no row, column or total sum with exactly one unknown, for many tables', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 25; // deterministic, counts 0..24
    for (let n = 0; n < 200; n++) {
      const counts = Array.from({ length: 1 + (n % 5) }, () => Array.from({ length: 1 + (n % 4) }, next));
      const t = suppressSmallCells(counts, 10);
      const sums = [
        ...t.cells.map((row, r) => [...row, t.rowTotals[r]]),
        ...t.columnTotals.map((ct, c) => [...t.cells.map((row) => row[c]), ct]),
        [...t.rowTotals, t.total],
        [...t.columnTotals, t.total],
      ];
      for (const s of sums) expect(s.filter((v) => v === null).length).not.toBe(1);
      t.cells.flat().forEach((v) => expect(v === null || v === 0 || v >= 10).toBe(true));
    }
  });

  it('refuses a cell size below 1', () => {
    expect(() => suppressSmallCells([[1]], 0)).toThrow(RangeError);
  });
});

const offer = (id: string, extra: Partial<OverviewOffer>): OverviewOffer => ({
  id,
  name: id,
  form: 'arbeidsmatige_dagbesteding',
  roles: ['deelnemer'],
  capacity: 20,
  municipality: 'Zwolle',
  neighbourhood: 'Stadshagen',
  online: false,
  publicTransport: true,
  lat: 52.5,
  lon: 6.05,
  ...extra,
});

describe('municipalOverview', () => {
  const offers = [
    offer('a', {}),
    offer('b', { neighbourhood: 'Holtenbroek', form: 'vrijwilligerswerk', roles: ['vrijwilliger'], publicTransport: false }),
    offer('c', { municipality: 'Kampen', neighbourhood: 'Centrum' }),
    offer('d', { online: true, municipality: null, neighbourhood: null, lat: null, lon: null, form: 'inloop_ontmoeting' }),
  ];
  const placements = [
    ...Array.from({ length: 12 }, () => ({ offerId: 'a', status: 'actief' as const })),
    ...Array.from({ length: 3 }, () => ({ offerId: 'b', status: 'actief' as const })),
    ...Array.from({ length: 2 }, () => ({ offerId: 'a', status: 'aangemeld' as const })),
    ...Array.from({ length: 30 }, () => ({ offerId: 'c', status: 'actief' as const })),
  ];
  const view = municipalOverview({
    municipalities: ['Zwolle'],
    offers,
    placements,
    unmetNeeds: [
      { personKey: 'p1', municipality: 'Zwolle', area: 'in Stadshagen, dichtbij', targetRung: 4 },
      { personKey: 'p1', municipality: 'Zwolle', area: 'Holtenbroek', targetRung: 5 },
      { personKey: 'p2', municipality: 'Kampen', area: 'Centrum', targetRung: 3 },
    ],
    minCellSize: 10,
  });

  it('has rows per neighbourhood of the bound municipalities, online offers last, nothing of another municipality', () => {
    expect(view.rows.map((r) => r.neighbourhood ?? (r.online ? 'online' : '?'))).toEqual(['Holtenbroek', 'Stadshagen', 'online']);
    expect(view.markers.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('places offers at the rung a newcomer enters (003 L1600-1608) and counts offers, places, transport, forms', () => {
    const stadshagen = view.rows.findIndex((r) => r.neighbourhood === 'Stadshagen');
    const holtenbroek = view.rows.findIndex((r) => r.neighbourhood === 'Holtenbroek');
    const rung3 = view.columns.indexOf(3);
    const rung4 = view.columns.indexOf(4);
    expect(view.offers.cells[stadshagen]?.[rung3]).toBe(1);
    expect(view.offers.cells[holtenbroek]?.[rung4]).toBe(1);
    expect(view.places.total).toBe(60);
    expect(view.publicTransport.total).toBe(1);
    expect(view.diversity.total).toBe(3);
    expect(view.missingForms[0]?.forms).not.toContain('inloop_ontmoeting'); // online counts for everyone
    expect(view.missingForms[0]?.forms).toContain('regulier_werk');
  });

  it('suppresses persons under the cell size and the places free that would give them away', () => {
    const stadshagen = view.rows.findIndex((r) => r.neighbourhood === 'Stadshagen');
    const holtenbroek = view.rows.findIndex((r) => r.neighbourhood === 'Holtenbroek');
    expect(view.occupied.cells[holtenbroek]?.[view.columns.indexOf(4)]).toBeNull();
    expect(view.placesFree.cells[holtenbroek]?.[view.columns.indexOf(4)]).toBeNull();
    // the 12 of Stadshagen would give away Holtenbroek's 3 through the rung-4 … total: complementary
    expect(view.occupied.total).toBeNull();
    expect(view.occupied.cells[stadshagen]?.[view.columns.indexOf(3)]).toBe(12);
    expect(view.waiting.cells[stadshagen]?.[view.columns.indexOf(3)]).toBeNull();
  });

  it('counts each person with an unmet need once, in the neighbourhood named where they looked', () => {
    const holtenbroek = view.rows.findIndex((r) => r.neighbourhood === 'Holtenbroek');
    expect(view.unmetNeeds.cells[holtenbroek]?.[view.columns.indexOf(5)]).toBeNull(); // 1 person: suppressed
    const shown = municipalOverview({
      municipalities: ['Zwolle'],
      offers,
      placements: [],
      unmetNeeds: Array.from({ length: 11 }, (_, i) => ({
        personKey: `p${i}`,
        municipality: 'Zwolle',
        area: 'holtenbroek',
        targetRung: null,
      })),
      minCellSize: 10,
    });
    expect(shown.columns.at(-1)).toBe('unknown');
    expect(shown.unmetNeeds.total).toBe(11);
  });
});
