import { describe, expect, it } from 'vitest';
import { checkAdministrationAllowed, type InstrumentSetup } from './licence.js';
import { licenceExpiryWarnings } from './licence-expiry.js';
import { MANSA } from './instruments/mansa.js';

const setup = (instrumentId: InstrumentSetup['instrumentId'], validUntil: string | null, enabled = true): InstrumentSetup => ({
  instrumentId,
  enabled,
  licence: { instrumentId, holder: 'Zorg BV', reference: 'L-1', validFrom: '2026-01-01', validUntil, digitalUse: true },
  content: null,
});

describe('licence expiry', () => {
  it('warns for an enabled licensed instrument whose licence ends within the configured days, and for an ended one', () => {
    const warnings = licenceExpiryWarnings(
      [
        setup('mansa', '2026-12-31'),
        setup('wav12', '2027-01-02'),
        setup('zrm', '2026-11-30'),
        setup('ors', '2026-12-20', false),
        setup('srs', null),
        setup('gas', '2026-12-05'),
      ],
      '2026-12-02',
      30,
    );
    expect(warnings).toEqual([
      { instrumentId: 'zrm', validUntil: '2026-11-30', daysLeft: -2, status: 'expired' },
      { instrumentId: 'mansa', validUntil: '2026-12-31', daysLeft: 29, status: 'ending' },
    ]);
    expect(licenceExpiryWarnings([setup('wav12', '2027-01-02')], '2026-12-02', 31).map((w) => w.daysLeft)).toEqual([31]);
    expect(licenceExpiryWarnings([setup('mansa', '2026-12-02')], '2026-12-02', 0)[0]?.status).toBe('ending');
  });

  it('an ended licence blocks administering with its code', () => {
    const s = { ...setup('mansa', '2026-11-30'), content: null };
    expect(checkAdministrationAllowed(MANSA, s, { mode: 'paper', date: '2026-11-30' })).toEqual([]);
    expect(checkAdministrationAllowed(MANSA, s, { mode: 'paper', date: '2026-12-01' }).map((v) => v.code)).toEqual([
      'measurement.licence_expired',
    ]);
  });
});
