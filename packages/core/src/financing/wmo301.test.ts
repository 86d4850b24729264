import { describe, expect, it } from 'vitest';
import { allocationsFrom301, WMO301_MESSAGE_CODE, type Wmo301Message, type Wmo301Product } from './wmo301.js';

const message = (extra: Partial<Wmo301Message> = {}): Wmo301Message => ({
  messageCode: WMO301_MESSAGE_CODE,
  municipalityCode: '0363',
  receiverAgb: '12345678',
  messageId: 'T-1',
  messageDate: '2026-01-05',
  bsn: '111222333',
  products: [
    {
      allocationNumber: 'TW-0001',
      productCategory: '07',
      productCode: '07A01',
      from: '2026-01-01',
      until: '2026-12-31',
      volume: 5,
      unit: '16',
      frequency: '2',
    },
  ],
  ...extra,
});

describe('iWmo 301 toewijzing → allocations', () => {
  it('turns each ToegewezenProduct into an allocation of the sending municipality', () => {
    const { allocations, violations } = allocationsFrom301(message(), '12345678');
    expect(violations).toEqual([]);
    expect(allocations).toEqual([
      {
        allocationNumber: 'TW-0001',
        municipalityCode: '0363',
        productCategory: '07',
        productCode: '07A01',
        volume: 5,
        unit: '16',
        frequency: '2',
        tariffCents: null,
        from: '2026-01-01',
        until: '2026-12-31',
      },
    ]);
  });

  it('refuses a BSN that fails the eleven test, with its path in the message', () => {
    const { violations } = allocationsFrom301(message({ bsn: '123456789' }), null);
    expect(violations).toEqual([expect.objectContaining({ code: 'financing.bsn_invalid', path: '/Client/Bsn' })]);
  });

  it('refuses a message addressed to another provider', () => {
    const { violations } = allocationsFrom301(message(), '87654321');
    expect(violations.map((v) => v.code)).toEqual(['financing.wmo301_wrong_receiver']);
  });

  it('refuses another message code, an unknown unit or frequency, and a product without Omvang', () => {
    const base = message().products[0] as Wmo301Product;
    const { violations, allocations } = allocationsFrom301(
      message({
        messageCode: '415',
        products: [
          { ...base, unit: '99' },
          { ...base, allocationNumber: 'TW-0002', frequency: '3' },
          { ...base, allocationNumber: 'TW-0003', volume: null, unit: null, frequency: null },
        ],
      }),
      null,
    );
    expect(allocations).toEqual([]);
    expect(violations.map((v) => [v.code, v.path])).toEqual([
      ['financing.wmo301_invalid', '/Header/BerichtCode'],
      ['financing.allocation_invalid', '/Client/ToegewezenProducten/0/Omvang/Eenheid'],
      ['financing.allocation_invalid', '/Client/ToegewezenProducten/1/Omvang/Frequentie'],
      ['financing.allocation_invalid', '/Client/ToegewezenProducten/2/Omvang'],
    ]);
  });

  it('refuses one ToewijzingNummer twice in a message (TR332)', () => {
    const base = message().products[0] as Wmo301Product;
    const { violations } = allocationsFrom301(message({ products: [base, base] }), null);
    expect(violations).toEqual([
      expect.objectContaining({ code: 'financing.wmo301_invalid', path: '/Client/ToegewezenProducten/1/ToewijzingNummer' }),
    ]);
  });
});
