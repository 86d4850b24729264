import { describe, expect, it } from 'vitest';
import { rankOffers, type MatchingPerson, type RankedOffer } from './matching.js';
import { FAR, KEVIN, offer } from './testing/matching-fixtures.js';

/** One test (or more) per principle of 003 that matching must follow (issue 11, finding 12). */

const codes = (r: RankedOffer | undefined) => r?.reasons.map((x) => x.code) ?? [];
const byId = (ranked: RankedOffer[], id: string) => ranked.find((r) => r.offerId === id);

/** Someone on rung 3 who wants to stay there: their target equals their current rung. */
const STAYING: MatchingPerson = { ...KEVIN, currentRung: 3, targetRung: 3, wantsToStay: true };

// A care farm: maatwerk (needs a Wmo indication), and on paper a perfect fit.
const careFarm = (over: Parameters<typeof offer>[1] = {}) =>
  offer('zorgboerderij', {
    name: 'Zorgboerderij De Hooiberg',
    form: 'arbeidsmatige_dagbesteding',
    access: 'wmo_maatwerk',
    roles: ['deelnemer', 'medewerker'],
    interests: ['fietsen', 'techniek', 'dieren'],
    lowStimulus: true,
    smallScale: true,
    socialSafety: { contactPerson: true, buddy: true, houseRules: true },
    ...over,
  });
// A general provision: open to all without an indication; nothing special about it.
const neighbourhoodCentre = (over: Parameters<typeof offer>[1] = {}) =>
  offer('buurthuis', {
    name: 'Buurthuis De Kroon, inloop',
    form: 'inloop_ontmoeting',
    access: 'geen',
    roles: ['deelnemer'],
    interests: [],
    ...over,
  });

describe('003 L14-15, L894-900, L5143-5146: ordinary society and general provisions before maatwerk when both fit', () => {
  it('a maatwerk care farm does not rank above a fitting general provision, even with a better score', () => {
    const { ranked } = rankOffers(STAYING, [careFarm(), neighbourhoodCentre()]);
    expect(ranked.map((r) => [r.offerId, r.kind])).toEqual([
      ['buurthuis', 'algemene_voorziening'],
      ['zorgboerderij', 'maatwerk'],
    ]);
    expect(byId(ranked, 'zorgboerderij')?.score).toBeGreaterThan(byId(ranked, 'buurthuis')?.score ?? 0);
    const why = byId(ranked, 'zorgboerderij')?.reasons.find((r) => r.code === 'general_first');
    expect(why?.nl).toBe(
      'Plekken zonder indicatie die ook passen, staan eerder in de lijst: aparte daginvulling alleen als en zolang het nodig is.',
    );
    expect(why?.en).toMatch(/^Places without an indication that also fit are listed first/);
  });

  it('also when the person aims higher and the care farm is on the wished rung', () => {
    // Kevin aims at rung 4: the farm lets him work as a co-worker (rung 4), the walk-in is rung 3.
    const { ranked } = rankOffers(KEVIN, [careFarm(), neighbourhoodCentre()]);
    expect(ranked.map((r) => [r.offerId, r.rung])).toEqual([
      ['buurthuis', 3],
      ['zorgboerderij', 4],
    ]);
    expect(codes(byId(ranked, 'buurthuis'))).toContain('below_wish');
  });

  it('volunteering in ordinary society comes before work-oriented maatwerk on the same rung', () => {
    const { ranked } = rankOffers(KEVIN, [
      careFarm(),
      offer('vrijwilligerswerk', { form: 'vrijwilligerswerk', roles: ['vrijwilliger'], interests: [] }),
    ]);
    expect(ranked.map((r) => [r.offerId, r.kind, r.rung])).toEqual([
      ['vrijwilligerswerk', 'gewone_samenleving', 4],
      ['zorgboerderij', 'maatwerk', 4],
    ]);
  });

  it('the kind follows from the access: day activities open without an indication are a general provision', () => {
    const { ranked } = rankOffers(STAYING, [careFarm({ access: 'geen' })]);
    expect(ranked[0]?.kind).toBe('algemene_voorziening');
    expect(codes(ranked[0])).not.toContain('general_first');
  });

  it('when nothing without an indication fits, maatwerk is shown and says so', () => {
    const { ranked, excluded } = rankOffers(STAYING, [careFarm(), neighbourhoodCentre({ location: FAR })]);
    expect(ranked.map((r) => r.offerId)).toEqual(['zorgboerderij']);
    expect(excluded.map((e) => e.offerId)).toEqual(['buurthuis']);
    expect(ranked[0]?.reasons.find((r) => r.code === 'no_general_fits')?.nl).toBe(
      'Er is geen passende plek zonder indicatie gevonden; daarom kan maatwerk nodig zijn.',
    );
  });
});

describe('the rung an offer means follows from what the person would do there (REFERENCE.md §5)', () => {
  const volunteering = offer('vrijwilligerswerk', { form: 'vrijwilligerswerk', roles: ['deelnemer', 'vrijwilliger'] });

  it('volunteering joined as a participant is rung 3; carrying responsibility as a volunteer is rung 4', () => {
    const staying = rankOffers(STAYING, [volunteering]).ranked[0];
    expect([staying?.role, staying?.rung]).toEqual(['deelnemer', 3]);
    expect(codes(staying)).toEqual(expect.arrayContaining(['role', 'rung_fits']));
    expect(codes(staying)).not.toContain('above_wish');
    expect(staying?.reasons.find((r) => r.code === 'role')?.nl).toBe(
      'U doet hier mee als deelnemer: trede 3, deelname georganiseerde activiteiten.',
    );
    const aiming = rankOffers(KEVIN, [volunteering]).ranked[0];
    expect([aiming?.role, aiming?.rung]).toEqual(['vrijwilliger', 4]);
    expect(aiming?.reasons.find((r) => r.code === 'role')?.en).toBe('Taking part as volunteer: rung 4, unpaid work.');
  });

  it('a volunteering place that asks for responsibility is rung 4 even for someone on rung 3', () => {
    const only = rankOffers(STAYING, [offer('vrijwilligerswerk', { form: 'vrijwilligerswerk', roles: ['vrijwilliger'] })]);
    expect([only.ranked[0]?.role, only.ranked[0]?.rung]).toEqual(['vrijwilliger', 4]);
  });

  it('the same walk-in is rung 3 for a visitor and rung 4 for a volunteer who runs it', () => {
    const walkIn = offer('inloop', { form: 'inloop_ontmoeting', roles: ['deelnemer', 'vrijwilliger'] });
    expect(rankOffers(STAYING, [walkIn]).ranked[0]?.rung).toBe(3);
    expect(rankOffers(KEVIN, [walkIn]).ranked[0]?.rung).toBe(4);
  });

  it('paid work is rung 5 with support and 6 without, whatever the role; excluded offers carry their rung too', () => {
    const person = { ...KEVIN, targetRung: 6 as const };
    const { ranked, excluded } = rankOffers(person, [
      offer('beschut', { form: 'beschut_werk', roles: ['medewerker'] }),
      offer('ips', { form: 'betaald_werk_ondersteund', roles: ['medewerker'] }),
      offer('baan', { form: 'regulier_werk', roles: ['medewerker'] }),
      offer('baan-ver', { form: 'regulier_werk', roles: ['medewerker'], location: FAR }),
    ]);
    expect(Object.fromEntries(ranked.map((r) => [r.offerId, r.rung]))).toEqual({ beschut: 5, ips: 5, baan: 6 });
    expect(excluded.map((e) => [e.offerId, e.rung])).toEqual([['baan-ver', 6]]);
  });
});

describe('003 L1540-1544: staying on one’s rung is honoured', () => {
  const higher = offer('vrijwilligerswerk', {
    form: 'vrijwilligerswerk',
    roles: ['vrijwilliger'],
    interests: ['fietsen', 'techniek'],
  });
  const atRung = offer('inloop', { form: 'inloop_ontmoeting', interests: [] });

  it.each([
    ['wants to stay', STAYING],
    ['target equals current rung', { ...STAYING, wantsToStay: false }],
  ])('an offer on a higher rung comes last and is not presented as better (%s)', (_label, person) => {
    const { ranked } = rankOffers(person, [
      higher,
      atRung,
      careFarm({ roles: ['deelnemer'], lowStimulus: false, interests: [] }),
    ]);
    // Even maatwerk on the person's own rung comes before a "step up" they did not ask for.
    expect(ranked.map((r) => r.offerId)).toEqual(['inloop', 'zorgboerderij', 'vrijwilligerswerk']);
    const up = byId(ranked, 'vrijwilligerswerk');
    expect(codes(up)).toContain('above_wish');
    expect(codes(up)).not.toContain('rung_fits');
    expect(up?.reasons.find((r) => r.code === 'above_wish')?.nl).toBe(
      'Dit vraagt meer dan de trede waarop u wilt blijven (trede 3); het staat daarom achteraan en is geen advies om hoger te gaan.',
    );
    expect(byId(ranked, 'inloop')?.reasons.find((r) => r.code === 'rung_fits')?.nl).toBe(
      'Past bij de trede waarop u wilt blijven.',
    );
    expect(byId(ranked, 'inloop')?.reasons.find((r) => r.code === 'why_not_higher')?.en).toBe(
      'Higher options are listed last because the person wants to stay on their rung.',
    );
    // Nothing on the list tells the person to aim higher.
    for (const r of ranked) for (const x of r.reasons) expect(x.nl).not.toMatch(/stap op de ladder die u wilt zetten/);
  });
});

describe('003 L1103-1104, L1273-1276, L1313-1317: every stimulus, distance and cost mismatch is named', () => {
  const QUIET: MatchingPerson = { ...STAYING, wantsLowStimulus: true, wantsSmallScale: true };

  it('someone who asked for a quiet, small place gets busy offers only with that named, after the quiet ones', () => {
    const { ranked } = rankOffers(QUIET, [
      offer('druk', { form: 'inloop_ontmoeting', interests: ['fietsen', 'techniek'] }),
      offer('rustig', { form: 'inloop_ontmoeting', interests: [], lowStimulus: true, smallScale: true }),
    ]);
    expect(ranked.map((r) => r.offerId)).toEqual(['rustig', 'druk']);
    expect(codes(byId(ranked, 'rustig'))).not.toContain('not_low_stimulus');
    const busy = byId(ranked, 'druk');
    expect(busy?.reasons.filter((r) => r.code.startsWith('not_'))).toEqual([
      {
        code: 'not_low_stimulus',
        nl: 'Let op: u vroeg om een rustige, prikkelarme plek; deze plek is dat niet.',
        en: 'Note: the person asked for a quiet, low-stimulus place; this one is not.',
      },
      {
        code: 'not_small_scale',
        nl: 'Let op: u vroeg om een kleine groep; deze plek is niet kleinschalig.',
        en: 'Note: the person asked for a small group; this place is not small-scale.',
      },
    ]);
  });

  it('a busy general provision does not fit someone who needs quiet: quiet maatwerk comes first, and says why', () => {
    const { ranked } = rankOffers(QUIET, [neighbourhoodCentre(), careFarm({ roles: ['deelnemer'] })]);
    expect(ranked.map((r) => r.offerId)).toEqual(['zorgboerderij', 'buurthuis']);
    expect(codes(byId(ranked, 'buurthuis'))).toContain('not_low_stimulus');
    expect(codes(byId(ranked, 'zorgboerderij'))).toContain('no_general_fits');
    expect(codes(byId(ranked, 'zorgboerderij'))).not.toContain('general_first');
  });

  it('a missing contact person or buddy is named for someone who asked for one', () => {
    const { ranked } = rankOffers(STAYING, [
      offer('alleen', { socialSafety: { contactPerson: false, buddy: false, houseRules: true } }),
    ]);
    expect(ranked[0]?.reasons.find((r) => r.code === 'no_social_safety')?.en).toBe(
      'Note: the person asked for a steady contact person or buddy; there is none here.',
    );
  });

  it('too far and too expensive are named in Dutch and English, without revealing the travel time to the home', () => {
    const { excluded } = rankOffers(KEVIN, [offer('ver', { location: FAR }), offer('duur', { costPerMonth: 45.5 })]);
    const reasons = Object.fromEntries(excluded.map((e) => [e.offerId, e.reasons]));
    expect(reasons['ver']).toEqual([
      {
        code: 'travel_too_long',
        nl: 'De reistijd is langer dan de 30 minuten die u wilt reizen.',
        en: "Travel takes longer than the person's maximum of 30 minutes.",
      },
    ]);
    expect(reasons['duur']).toEqual([
      {
        code: 'too_expensive',
        nl: 'De eigen bijdrage (€45,50 per maand) is hoger dan de €20 die u wilt betalen.',
        en: "The own contribution (€45.50 a month) is above the person's ceiling of €20.",
      },
    ]);
  });

  it('offers excluded for the same reasons share one list; a different amount or combination gets its own', () => {
    const { excluded } = rankOffers(KEVIN, [
      offer('duur1', { costPerMonth: 45.5 }),
      offer('duur2', { costPerMonth: 45.5 }),
      offer('duurder', { costPerMonth: 60 }),
      offer('ver-en-duur', { location: FAR, costPerMonth: 45.5 }),
      offer('ver', { location: FAR }),
    ]);
    const reasons = Object.fromEntries(excluded.map((e) => [e.offerId, e.reasons]));
    expect(reasons['duur1']).toBe(reasons['duur2']);
    expect(Object.isFrozen(reasons['duur1'])).toBe(true);
    expect(reasons['duurder']?.map((r) => r.nl)).toEqual([
      'De eigen bijdrage (€60 per maand) is hoger dan de €20 die u wilt betalen.',
    ]);
    expect(reasons['ver-en-duur']?.map((r) => r.code)).toEqual(['travel_too_long', 'too_expensive']);
    expect(reasons['ver-en-duur']?.[1]).toEqual(reasons['duur1']?.[0]);
    expect(reasons['ver']?.map((r) => r.code)).toEqual(['travel_too_long']);
  });

  it('the cost of a place that does fit is named too', () => {
    const { ranked } = rankOffers(KEVIN, [offer('bijdrage', { costPerMonth: 19 }), offer('gratis', { costPerMonth: 0 })]);
    expect(byId(ranked, 'bijdrage')?.reasons.find((r) => r.code === 'cost')).toEqual({
      code: 'cost',
      nl: 'Eigen bijdrage: €19 per maand (uw grens is €20).',
      en: 'Own contribution: €19 a month (the ceiling is €20).',
    });
    expect(codes(byId(ranked, 'gratis'))).not.toContain('cost');
  });

  it('every reason of every result has a Dutch and an English text, and codes are unique per result', () => {
    const { ranked, excluded } = rankOffers({ ...KEVIN, wantsLowStimulus: true, costCeilingPerMonth: 10 }, [
      careFarm(),
      neighbourhoodCentre({ costPerMonth: 5 }),
      offer('ver', { location: FAR, costPerMonth: 30 }),
    ]);
    for (const r of [...ranked, ...excluded]) {
      expect(new Set(r.reasons.map((x) => x.code)).size).toBe(r.reasons.length);
      for (const x of r.reasons) {
        expect(x.nl.length).toBeGreaterThan(5);
        expect(x.en.length).toBeGreaterThan(5);
      }
    }
  });
});
