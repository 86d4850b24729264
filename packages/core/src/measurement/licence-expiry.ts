import type { InstrumentId } from './instrument-types.js';
import { INSTRUMENTS } from './instruments/registry.js';
import type { InstrumentSetup } from './licence.js';

/**
 * Licences that end soon or have ended, for the beheerder (issue 13; REFERENCE.md §1.6: a licensed instrument is
 * not used without a valid licence, and `checkAdministrationAllowed` blocks it once the licence has ended).
 * Only enabled licensed instruments warn: a switched-off instrument is not administered anyway.
 */
export interface LicenceExpiryWarning {
  instrumentId: InstrumentId;
  validUntil: string;
  /** Days from today to the last valid day (0 = ends today); negative once ended. */
  daysLeft: number;
  status: 'ending' | 'expired';
}

const dayNumber = (isoDate: string) =>
  Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / 86_400_000;

export function licenceExpiryWarnings(
  setups: Iterable<InstrumentSetup>,
  today: string,
  warningDays: number,
): LicenceExpiryWarning[] {
  const out: LicenceExpiryWarning[] = [];
  for (const setup of setups) {
    const until = setup.licence?.validUntil;
    if (!setup.enabled || !until || INSTRUMENTS[setup.instrumentId].licence.status !== 'licensed') continue;
    const daysLeft = dayNumber(until) - dayNumber(today);
    if (daysLeft > warningDays) continue;
    out.push({ instrumentId: setup.instrumentId, validUntil: until, daysLeft, status: daysLeft < 0 ? 'expired' : 'ending' });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.instrumentId.localeCompare(b.instrumentId));
}
