import { describe, expect, it } from 'vitest';
import type { AttendedDay } from '../daginvulling/units.js';
import {
  buildWmoMonthLine,
  checkDeclarationEditable,
  correctLine,
  declarationTotal,
  groupWmoDeclarations,
  type Wmo323Line,
} from './iwmo-declaration.js';
import { wmoAllocation } from './testing/fixtures.js';

// Kevin Mulder (23), arbeidsmatige dagbesteding: 4 dagdelen a week, €45 a dagdeel, Zwolle (0193).
const kevin = { id: 'kevin', bsn: '111222333' };
const mornings = (dates: string[], minutes = 180): AttendedDay[] => dates.map((date) => ({ date, status: 'aanwezig', minutes }));
const march = mornings(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-09', '2026-03-10', '2026-03-12', '2026-03-16']);

describe('a month of day activities becomes one 323 line per allocation (REFERENCE.md §9.3)', () => {
  it('dagdelen from the minutes, whole numbers, amount = volume × tariff', () => {
    const days = [
      ...march,
      { date: '2026-03-17', status: 'ziek', minutes: 0 } as AttendedDay,
      ...mornings(['2026-02-27', '2026-04-01']),
    ];
    const line = buildWmoMonthLine({ month: '2026-03', person: kevin, allocation: wmoAllocation(), days, reference: 'R1' });
    expect(line).toEqual({
      reference: 'R1',
      previousReference: null,
      personId: 'kevin',
      bsn: '111222333',
      allocationNumber: 'TW-1001',
      productCategory: '07',
      productCode: '07A08',
      period: { start: '2026-03-01', end: '2026-03-31' },
      volume: 7,
      unit: '16',
      tariffCents: 4500,
      amountCents: 7 * 4500,
      direction: 'D',
    });
  });
  it('a product period starts with an allocation that starts within the month', () => {
    const line = buildWmoMonthLine({
      month: '2026-03',
      person: kevin,
      allocation: wmoAllocation({ from: '2026-03-09' }),
      days: march,
      reference: 'R1',
    });
    expect(line).toMatchObject({ period: { start: '2026-03-09', end: '2026-03-31' }, volume: 4 });
  });
  it('nothing delivered, or no allocation that month: no line', () => {
    expect(
      buildWmoMonthLine({ month: '2026-03', person: kevin, allocation: wmoAllocation(), days: [], reference: 'R1' }),
    ).toBeNull();
    expect(
      buildWmoMonthLine({
        month: '2026-03',
        person: kevin,
        allocation: wmoAllocation({ from: '2026-04-01' }),
        days: march,
        reference: 'R1',
      }),
    ).toBeNull();
  });
  it('hours by the contract rule; an output allocation in euro declares the agreed amount', () => {
    const hours = buildWmoMonthLine({
      month: '2026-03',
      person: kevin,
      allocation: wmoAllocation({ unit: '04', tariffCents: 6000 }),
      days: march,
      reference: 'R1',
    });
    expect(hours).toMatchObject({ unit: '04', volume: 21, amountCents: 21 * 6000 });
    const euros = buildWmoMonthLine({
      month: '2026-03',
      person: kevin,
      allocation: wmoAllocation({ unit: '83', frequency: '4', volume: 20000, tariffCents: null }),
      days: march,
      reference: 'R1',
    });
    expect(euros).toMatchObject({ unit: '83', volume: 20000, amountCents: 20000, tariffCents: null });
  });
  it('an allocation without product code takes the contract code', () => {
    const line = buildWmoMonthLine({
      month: '2026-03',
      person: kevin,
      allocation: wmoAllocation({ productCode: null }),
      days: march,
      reference: 'R1',
      contractProductCode: '07A01',
    });
    expect(line?.productCode).toBe('07A01');
  });
});

describe('declarations per municipality, and corrections as credit + new line', () => {
  const line = (reference: string, amountCents: number, direction: 'D' | 'C' = 'D'): Wmo323Line => ({
    ...(buildWmoMonthLine({
      month: '2026-03',
      person: kevin,
      allocation: wmoAllocation(),
      days: march,
      reference,
    }) as Wmo323Line),
    amountCents,
    direction,
  });
  it('one declaration per municipality with the total of its lines', () => {
    const ds = groupWmoDeclarations(
      '2026-03',
      [
        { municipalityCode: '0193', line: line('A', 1000) },
        { municipalityCode: '0148', line: line('B', 500) },
        { municipalityCode: '0193', line: line('C', 300, 'C') },
      ],
      (m) => `D${m}202603`,
      '2026-04-02',
    );
    expect(ds.map((d) => [d.municipalityCode, d.declarationNumber, d.totalCents, d.totalDirection, d.lines.length])).toEqual([
      ['0148', 'D0148202603', 500, 'D', 1],
      ['0193', 'D0193202603', 700, 'D', 2],
    ]);
    expect(ds[0]?.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(declarationTotal([line('A', 100), line('B', 300, 'C')])).toEqual({ totalCents: 200, totalDirection: 'C' });
  });
  it('a correction credits the sent line (same content, VorigReferentieNummer) and adds a new debet line', () => {
    const sent = line('R1', 7 * 4500);
    const [credit, debet] = correctLine(sent, { volume: 6 }, { credit: 'R2', debet: 'R3' });
    expect(credit).toMatchObject({ reference: 'R2', previousReference: 'R1', direction: 'C', volume: 7, amountCents: 7 * 4500 });
    expect(debet).toMatchObject({ reference: 'R3', previousReference: null, direction: 'D', volume: 6, amountCents: 6 * 4500 });
    expect(sent).toMatchObject({ reference: 'R1', volume: 7, direction: 'D' }); // the sent line is untouched
  });
  it('a sent declaration is immutable', () => {
    expect(checkDeclarationEditable('draft')).toEqual([]);
    expect(checkDeclarationEditable('sent')).toEqual([
      { code: 'financing.declaration_immutable', path: '/status', source: 'issue 12; REFERENCE.md §9.3' },
    ]);
    expect(checkDeclarationEditable('answered').map((v) => v.code)).toEqual(['financing.declaration_immutable']);
  });
});
