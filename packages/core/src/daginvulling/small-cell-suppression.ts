/**
 * Small-cell suppression for a table of person counts with row, column and grand totals. A count of
 * 1 to `minCellSize - 1` persons is suppressed (primary); then, wherever a row, a column or the totals
 * would leave exactly one suppressed number in a sum, another number of that sum is suppressed too
 * (complementary), so no suppressed count can be computed back from the totals. A zero is shown: it
 * points at no one. The cell size is the caller's configuration.
 */
export interface SuppressedTable {
  /** `cells[row][column]`; null where suppressed. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

interface Item {
  value: number;
  suppressed: boolean;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function suppressSmallCells(counts: readonly (readonly number[])[], minCellSize: number): SuppressedTable {
  if (!Number.isInteger(minCellSize) || minCellSize < 1) throw new RangeError('minCellSize must be a positive integer');
  const columns = counts[0]?.length ?? 0;
  const small = (n: number) => n > 0 && n < minCellSize;
  const item = (value: number): Item => ({ value, suppressed: small(value) });

  const cells = counts.map((row) => row.map((n) => item(n)));
  const rowTotals = counts.map((row) => item(sum(row)));
  const columnTotals = Array.from({ length: columns }, (_, c) => item(sum(counts.map((row) => row[c] ?? 0))));
  const total = item(sum(rowTotals.map((t) => t.value)));

  // Every sum an onlooker could solve: each row with its total, each column with its total, and the
  // grand total over the row totals and over the column totals.
  // In a sum of cells the cells go first; in a sum of totals the grand total goes first (one number).
  const equations: { parts: Item[]; sum: Item; sumFirst: boolean }[] = [
    ...cells.map((row, r) => ({ parts: row, sum: rowTotals[r] as Item, sumFirst: false })),
    ...Array.from({ length: columns }, (_, c) => ({
      parts: cells.map((row) => row[c] as Item),
      sum: columnTotals[c] as Item,
      sumFirst: false,
    })),
    { parts: rowTotals, sum: total, sumFirst: true },
    { parts: columnTotals, sum: total, sumFirst: true },
  ];

  let changed = true;
  while (changed) {
    changed = false;
    for (const equation of equations) {
      if ([...equation.parts, equation.sum].filter((i) => i.suppressed).length !== 1) continue;
      const partner = complement(equation.parts, equation.sum, equation.sumFirst);
      if (partner) {
        partner.suppressed = true;
        changed = true;
      }
    }
  }

  const show = (i: Item) => (i.suppressed ? null : i.value);
  return {
    cells: cells.map((row) => row.map(show)),
    rowTotals: rowTotals.map(show),
    columnTotals: columnTotals.map(show),
    total: show(total),
  };
}

/** The number to suppress alongside: the smallest non-zero part, else a zero part, else the sum (or the sum first). */
function complement(parts: Item[], total: Item, totalFirst: boolean): Item | undefined {
  const byValue = (a: Item, b: Item) => a.value - b.value;
  const open = parts.filter((i) => !i.suppressed);
  const part = open.filter((i) => i.value > 0).sort(byValue)[0] ?? open.sort(byValue)[0];
  const sum = total.suppressed ? undefined : total;
  return totalFirst ? (sum ?? part) : (part ?? sum);
}
