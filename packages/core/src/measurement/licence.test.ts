import { describe, expect, it } from 'vitest';
import { GOALS } from '../treatment/testing/trajectory-fixtures.js';
import { GAS } from './instruments/gas.js';
import { MANSA } from './instruments/mansa.js';
import { ORS, YCORS } from './instruments/ors-family.js';
import { PARTICIPATION_LADDER } from './instruments/participation-ladder.js';
import { WAV12, WAV12_ITEM_IDS } from './instruments/wav12.js';
import { checkAdministrationAllowed, checkEnable, instrumentForUse, validateLicenceRecord } from './licence.js';
import { content, licence, setup } from './testing/measurement-fixtures.js';

const codes = (v: { code: string }[]) => v.map((x) => x.code);
const on = (mode: 'digital' | 'paper', date = '2026-10-06') => ({ mode, date });

describe('enabling an instrument (REFERENCE.md §1.6)', () => {
  it('blocks a licensed instrument without a licence, or with one not valid today', () => {
    expect(codes(checkEnable(ORS, null, '2026-10-06'))).toEqual(['measurement.licence_required']);
    expect(codes(checkEnable(ORS, licence('srs'), '2026-10-06'))).toEqual(['measurement.licence_required']);
    expect(codes(checkEnable(ORS, licence('ors', { validUntil: '2026-06-30' }), '2026-10-06'))).toEqual([
      'measurement.licence_expired',
    ]);
    expect(codes(checkEnable(ORS, licence('ors', { validFrom: '2027-01-01', validUntil: null }), '2026-10-06'))).toEqual([
      'measurement.licence_expired',
    ]);
    expect(checkEnable(ORS, licence('ors'), '2026-10-06')).toEqual([]);
    expect(checkEnable(YCORS, licence('ycors'), '2026-10-06')).toEqual([]);
  });

  it('enables open instruments without a licence', () => {
    expect(checkEnable(GAS, null, '2026-10-06')).toEqual([]);
    expect(checkEnable(PARTICIPATION_LADDER, null, '2026-10-06')).toEqual([]);
  });

  it('wants a holder, a reference and a sound period on a licence record', () => {
    expect(validateLicenceRecord(licence('ors'))).toEqual([]);
    const bad = validateLicenceRecord(licence('ors', { holder: ' ', reference: '', validFrom: '1-1-2026' }));
    expect(bad.map((v) => v.path)).toEqual(['/holder', '/reference', '/validFrom']);
    const backwards = validateLicenceRecord(licence('ors', { validFrom: '2026-01-01', validUntil: '2025-12-31' }));
    expect(backwards.map((v) => v.path)).toEqual(['/validUntil']);
    expect(new Set(codes(bad))).toEqual(new Set(['measurement.licence_record_invalid']));
  });
});

describe('administering: a disabled or unlicensed instrument is blocked', () => {
  const ors = setup('ors', {
    content: content(
      'ors',
      ORS.items.map((i) => i.id),
    ),
  });

  it('blocks an instrument the organisation did not enable', () => {
    expect(codes(checkAdministrationAllowed(ORS, null, on('paper')))).toEqual(['measurement.instrument_not_enabled']);
    expect(codes(checkAdministrationAllowed(ORS, { ...ors, enabled: false }, on('paper')))).toEqual([
      'measurement.instrument_not_enabled',
    ]);
  });

  it('blocks use outside the licence period, and without a licence', () => {
    expect(codes(checkAdministrationAllowed(ORS, ors, on('paper', '2027-01-04')))).toEqual(['measurement.licence_expired']);
    expect(codes(checkAdministrationAllowed(ORS, { ...ors, licence: null }, on('paper')))).toEqual([
      'measurement.licence_required',
    ]);
  });

  it('allows the portal only with a licence for digital use; a paper score may still be entered', () => {
    const paperOnly = { ...ors, licence: licence('ors', { digitalUse: false }) };
    expect(codes(checkAdministrationAllowed(ORS, paperOnly, on('digital')))).toEqual(['measurement.digital_use_not_licensed']);
    expect(checkAdministrationAllowed(ORS, paperOnly, on('paper'))).toEqual([]);
    expect(checkAdministrationAllowed(ORS, ors, on('digital'))).toEqual([]);
  });

  it('needs the loaded wording for digital use, not for a paper score', () => {
    const noWording = { ...ors, content: null };
    expect(codes(checkAdministrationAllowed(ORS, noWording, on('digital')))).toEqual(['measurement.content_missing']);
    expect(checkAdministrationAllowed(ORS, noWording, on('paper'))).toEqual([]);
    expect(codes(checkAdministrationAllowed(MANSA, setup('mansa'), on('digital')))).toEqual(['measurement.content_missing']);
  });

  it('needs the WAV-12 scoring key even on paper; then the instrument is scored with it', () => {
    expect(codes(checkAdministrationAllowed(WAV12, setup('wav12'), on('paper')))).toEqual(['measurement.content_missing']);
    const key = { response: { min: 1, max: 5 }, reversedItems: [], subscales: {} };
    const loaded = setup('wav12', { content: content('wav12', WAV12_ITEM_IDS, { scoringKey: key }) });
    expect(checkAdministrationAllowed(WAV12, loaded, on('paper'))).toEqual([]);
    expect(instrumentForUse('wav12', loaded).items[0]?.answer).toEqual({ kind: 'likert', min: 1, max: 5 });
    expect(instrumentForUse('wav12', setup('wav12')).items[0]?.answer).toBeNull();
  });

  it('needs no licence record for open instruments, and builds GAS from the goals', () => {
    expect(checkAdministrationAllowed(GAS, setup('gas', { licence: null }), on('digital'))).toEqual([]);
    expect(instrumentForUse('gas', null, GOALS).items.map((i) => i.id)).toEqual(['g1']);
  });
});
