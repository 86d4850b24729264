import { CONTINUUM_FORMS, GROWTH_ROLES, rungOf, type ContinuumForm, type GrowthRole, type LadderRung } from './continuum.js';
import { suppressSmallCells, type SuppressedTable } from './small-cell-suppression.js';

/**
 * The municipality's overview of day activities: per neighbourhood and rung of the ladder, the offers,
 * places and places free, people waiting, reach by public transport, the diversity of forms, and the
 * needs no offer met. The municipality must see whether the whole continuum and enough diversity are
 * there (003 L1600-1608) and signal gaps between needs and the offer (003 L1867-1870). Aggregates only:
 * every count of persons goes through small-cell suppression; no person, placement or need is listed.
 */
export interface OverviewOffer {
  id: string;
  name: string;
  form: ContinuumForm;
  roles: readonly GrowthRole[];
  capacity: number | null;
  municipality: string | null;
  neighbourhood: string | null;
  online: boolean;
  /** Whether the offer says how to get there by public transport (003 L1273-1275: travel by bus or train can take long). */
  publicTransport: boolean;
  lat: number | null;
  lon: number | null;
}

/** A placement at an offer: taking part (active or paused) or registered and waiting. */
export interface OverviewPlacement {
  offerId: string;
  status: 'actief' | 'gepauzeerd' | 'aangemeld';
}

/** A need recorded when no offer fitted (003 L1867-1870), with the rung the person aims at. */
export interface OverviewUnmetNeed {
  /** To count each person once: the person's latest need counts. */
  personKey: string;
  municipality: string | null;
  /** Where the person looked (free text); matched against the municipality's neighbourhoods. */
  area: string;
  targetRung: LadderRung | null;
}

export interface MunicipalOverviewInput {
  municipalities: readonly string[];
  offers: readonly OverviewOffer[];
  placements: readonly OverviewPlacement[];
  unmetNeeds: readonly OverviewUnmetNeed[];
  /** Cells with fewer persons than this are suppressed (configuration). */
  minCellSize: number;
}

/** A row of the overview: a neighbourhood of a municipality, "neighbourhood unknown", or online offers. */
export interface OverviewRow {
  municipality: string | null;
  neighbourhood: string | null;
  online: boolean;
  /** The middle of the row's offers, for the map; null when it has none with a place. */
  centre: { lat: number; lon: number } | null;
  /** The forms of the continuum offered here (diversity). */
  forms: ContinuumForm[];
}

export type RungColumn = LadderRung | 'unknown';

export interface CountTable {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

export interface MunicipalOverview {
  minCellSize: number;
  rows: OverviewRow[];
  columns: RungColumn[];
  /** Counts of offers and places are not about persons and are shown as they are. */
  offers: CountTable;
  places: CountTable;
  publicTransport: CountTable;
  /** Distinct forms per cell, per row, per column and overall. */
  diversity: CountTable;
  /** Counts of persons: suppressed below the cell size, with complementary suppression. */
  occupied: SuppressedTable;
  placesFree: SuppressedTable;
  waiting: SuppressedTable;
  unmetNeeds: SuppressedTable;
  /** Per municipality, the forms of the continuum no offer there provides (003 L1600-1608). */
  missingForms: { municipality: string; forms: ContinuumForm[] }[];
  /** The offers on the map: public social-map facts only, never who takes part. */
  markers: { id: string; name: string; form: ContinuumForm; rung: LadderRung; lat: number; lon: number }[];
}

/** The rung someone enters an offer at: the first role the offer has for newcomers (GROWTH_ROLES order). */
export function entryRung(offer: Pick<OverviewOffer, 'form' | 'roles'>): LadderRung {
  const role = GROWTH_ROLES.find((r) => offer.roles.includes(r)) ?? 'deelnemer';
  return rungOf(offer.form, role);
}

const BASE_COLUMNS: RungColumn[] = [3, 4, 5, 6];

const rowKey = (municipality: string | null, neighbourhood: string | null, online: boolean) =>
  online ? 'online' : `${municipality ?? ''}\u0000${neighbourhood ?? ''}`;

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');

export function municipalOverview(input: MunicipalOverviewInput): MunicipalOverview {
  const bound = new Set(input.municipalities.map(norm));
  const inScope = (m: string | null) => m !== null && bound.has(norm(m));
  const offers = input.offers.filter((o) => o.online || inScope(o.municipality));
  const needs = latestPerPerson(input.unmetNeeds.filter((n) => inScope(n.municipality)));

  // Rows: the neighbourhoods with offers, sorted; then per municipality "unknown" if a need matched none; online last.
  const neighbourhoodsOf = new Map<string, Set<string>>();
  for (const o of offers)
    if (!o.online && o.municipality !== null && o.neighbourhood !== null) {
      const set = neighbourhoodsOf.get(norm(o.municipality)) ?? new Set<string>();
      set.add(o.neighbourhood);
      neighbourhoodsOf.set(norm(o.municipality), set);
    }
  const needRow = (n: OverviewUnmetNeed) => {
    const candidates = [...(neighbourhoodsOf.get(norm(n.municipality ?? '')) ?? [])];
    const hit = candidates.find((nb) => norm(n.area).includes(norm(nb)));
    return { municipality: n.municipality, neighbourhood: hit ?? null, online: false };
  };
  const offerRow = (o: OverviewOffer) => ({
    municipality: o.online ? null : o.municipality,
    neighbourhood: o.online ? null : o.neighbourhood,
    online: o.online,
  });

  const rowsByKey = new Map<string, Omit<OverviewRow, 'centre' | 'forms'>>();
  for (const r of [...offers.map(offerRow), ...needs.map(needRow)])
    rowsByKey.set(rowKey(r.municipality, r.neighbourhood, r.online), r);
  const rowList = [...rowsByKey.entries()].sort(([, a], [, b]) => rowOrder(a, b));
  const rowIndex = new Map(rowList.map(([key], i) => [key, i]));

  const rungsOfNeeds = needs.map((n) => n.targetRung ?? ('unknown' as const));
  const columns: RungColumn[] = [
    ...new Set<RungColumn>([...BASE_COLUMNS, ...rungsOfNeeds.filter((r): r is LadderRung => r !== 'unknown')]),
  ].sort((a, b) => Number(a) - Number(b));
  if (rungsOfNeeds.includes('unknown')) columns.push('unknown');
  const columnIndex = new Map(columns.map((c, i) => [c, i]));

  const zero = () => rowList.map(() => columns.map(() => 0));
  const offerCounts = zero();
  const places = zero();
  const transport = zero();
  const occupied = zero();
  const waiting = zero();
  const unmet = zero();
  const formSets = rowList.map(() => columns.map(() => new Set<ContinuumForm>()));

  const cellOfOffer = new Map<string, [number, number]>();
  for (const o of offers) {
    const r = rowIndex.get(rowKey(offerRow(o).municipality, offerRow(o).neighbourhood, o.online)) as number;
    const c = columnIndex.get(entryRung(o)) as number;
    cellOfOffer.set(o.id, [r, c]);
    add(offerCounts, r, c, 1);
    add(places, r, c, o.capacity ?? 0);
    if (o.publicTransport && !o.online) add(transport, r, c, 1);
    formSets[r]?.[c]?.add(o.form);
  }
  for (const p of input.placements) {
    const cell = cellOfOffer.get(p.offerId);
    if (!cell) continue;
    add(p.status === 'aangemeld' ? waiting : occupied, cell[0], cell[1], 1);
  }
  for (const n of needs) {
    const r = needRow(n);
    add(
      unmet,
      rowIndex.get(rowKey(r.municipality, r.neighbourhood, false)) as number,
      columnIndex.get(n.targetRung ?? 'unknown') as number,
      1,
    );
  }

  const occupiedShown = suppressSmallCells(occupied, input.minCellSize);
  const rows: OverviewRow[] = rowList.map(([, r], i) => {
    const located = offers.filter((o) => cellOfOffer.get(o.id)?.[0] === i && o.lat !== null && o.lon !== null);
    return {
      ...r,
      centre:
        located.length === 0
          ? null
          : { lat: mean(located.map((o) => o.lat as number)), lon: mean(located.map((o) => o.lon as number)) },
      forms: CONTINUUM_FORMS.filter((f) => formSets[i]?.some((s) => s.has(f))),
    };
  });

  return {
    minCellSize: input.minCellSize,
    rows,
    columns,
    offers: withTotals(offerCounts),
    places: withTotals(places),
    publicTransport: withTotals(transport),
    diversity: diversityTable(formSets),
    occupied: occupiedShown,
    placesFree: freePlaces(withTotals(places), occupiedShown),
    waiting: suppressSmallCells(waiting, input.minCellSize),
    unmetNeeds: suppressSmallCells(unmet, input.minCellSize),
    missingForms: input.municipalities.map((m) => ({
      municipality: m,
      forms: CONTINUUM_FORMS.filter(
        (f) => !offers.some((o) => o.form === f && (o.online || norm(o.municipality ?? '') === norm(m))),
      ),
    })),
    markers: offers
      .filter((o) => !o.online && o.lat !== null && o.lon !== null)
      .map((o) => ({ id: o.id, name: o.name, form: o.form, rung: entryRung(o), lat: o.lat as number, lon: o.lon as number })),
  };
}

function rowOrder(a: Omit<OverviewRow, 'centre' | 'forms'>, b: Omit<OverviewRow, 'centre' | 'forms'>): number {
  if (a.online !== b.online) return a.online ? 1 : -1;
  const m = (a.municipality ?? '').localeCompare(b.municipality ?? '', 'nl');
  if (m !== 0) return m;
  if ((a.neighbourhood === null) !== (b.neighbourhood === null)) return a.neighbourhood === null ? 1 : -1;
  return (a.neighbourhood ?? '').localeCompare(b.neighbourhood ?? '', 'nl');
}

function latestPerPerson(needs: readonly OverviewUnmetNeed[]): OverviewUnmetNeed[] {
  // The input is in recording order; the last need of a person is their latest.
  const byPerson = new Map<string, OverviewUnmetNeed>();
  for (const n of needs) byPerson.set(n.personKey, n);
  return [...byPerson.values()];
}

function add(table: number[][], r: number, c: number, n: number): void {
  const row = table[r];
  if (row && row[c] !== undefined) row[c] += n;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function withTotals(cells: number[][]): CountTable {
  const columns = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    cells,
    rowTotals,
    columnTotals: Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + (row[c] ?? 0), 0)),
    total: rowTotals.reduce((a, b) => a + b, 0),
  };
}

/** Places free = places minus occupied; hidden wherever the occupied count is (places are public, so it would give it away). */
function freePlaces(places: CountTable, occupied: SuppressedTable): SuppressedTable {
  const free = (p: number, o: number | null) => (o === null ? null : Math.max(0, p - o));
  return {
    cells: places.cells.map((row, r) => row.map((p, c) => free(p, occupied.cells[r]?.[c] ?? null))),
    rowTotals: places.rowTotals.map((p, r) => free(p, occupied.rowTotals[r] ?? null)),
    columnTotals: places.columnTotals.map((p, c) => free(p, occupied.columnTotals[c] ?? null)),
    total: free(places.total, occupied.total),
  };
}

function diversityTable(sets: Set<ContinuumForm>[][]): CountTable {
  const union = (list: Set<ContinuumForm>[]) => new Set(list.flatMap((s) => [...s])).size;
  const columns = sets[0]?.length ?? 0;
  return {
    cells: sets.map((row) => row.map((s) => s.size)),
    rowTotals: sets.map((row) => union(row)),
    columnTotals: Array.from({ length: columns }, (_, c) => union(sets.map((row) => row[c] as Set<ContinuumForm>))),
    total: union(sets.flat()),
  };
}
