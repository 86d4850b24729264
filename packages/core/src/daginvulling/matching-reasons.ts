import type { GrowthRole, LadderRung, ProvisionKind } from './continuum.js';

/** Why an offer ranks where it does, in words the person can read (nl) and in English. */
export interface Reason {
  code: string;
  nl: string;
  en: string;
}

export const reason = (code: string, nl: string, en: string): Reason => ({ code, nl, en });
export const euro = (amount: number, lang: 'nl' | 'en') =>
  `€${Number.isInteger(amount) ? amount : lang === 'nl' ? amount.toFixed(2).replace('.', ',') : amount.toFixed(2)}`;

export const KIND_TEXT: Record<ProvisionKind, { nl: string; en: string }> = {
  gewone_samenleving: { nl: 'in de gewone samenleving', en: 'in ordinary society' },
  algemene_voorziening: {
    nl: 'een algemene voorziening, zonder indicatie',
    en: 'a general provision, open without an indication',
  },
  maatwerk: { nl: 'maatwerk, met indicatie', en: 'maatwerk, a separate provision that needs an indication' },
};
export const ROLE_TEXT: Record<GrowthRole, { nl: string; en: string }> = {
  deelnemer: { nl: 'deelnemer', en: 'participant' },
  vrijwilliger: { nl: 'vrijwilliger', en: 'volunteer' },
  medewerker: { nl: 'medewerker', en: 'co-worker' },
  mede_eigenaar: { nl: 'mede-eigenaar', en: 'co-owner' },
};
export const RUNG_EN: Record<LadderRung, string> = {
  1: 'isolated',
  2: 'social contacts outside the home',
  3: 'taking part in organised activities',
  4: 'unpaid work',
  5: 'paid work with support',
  6: 'paid work',
};

/**
 * Needs the person stated in their plan that this offer does not meet — never silently: each is named.
 * 003 L1103-1104: a low-stimulus setting as an adjustment; L2873-2874: a safe, quiet place; L3573-3575.
 */
export function unmetNeeds(
  person: { wantsLowStimulus: boolean; wantsSmallScale: boolean; wantsSocialSafety: boolean },
  offer: { lowStimulus: boolean; smallScale: boolean; socialSafety: { contactPerson: boolean; buddy: boolean } },
): Reason[] {
  const reasons: Reason[] = [];
  if (person.wantsLowStimulus && !offer.lowStimulus)
    reasons.push(
      reason(
        'not_low_stimulus',
        'Let op: u vroeg om een rustige, prikkelarme plek; deze plek is dat niet.',
        'Note: the person asked for a quiet, low-stimulus place; this one is not.',
      ),
    );
  if (person.wantsSmallScale && !offer.smallScale)
    reasons.push(
      reason(
        'not_small_scale',
        'Let op: u vroeg om een kleine groep; deze plek is niet kleinschalig.',
        'Note: the person asked for a small group; this place is not small-scale.',
      ),
    );
  if (person.wantsSocialSafety && !offer.socialSafety.contactPerson && !offer.socialSafety.buddy)
    reasons.push(
      reason(
        'no_social_safety',
        'Let op: u vroeg om een vast aanspreekpunt of een maatje; dat is hier niet geregeld.',
        'Note: the person asked for a steady contact person or buddy; there is none here.',
      ),
    );
  return reasons;
}

/** Where the offer stands against the rung the person wishes; for someone staying, a higher rung is never advice. */
export function rungReason(rung: LadderRung, wished: LadderRung, staying: boolean): Reason {
  if (rung === wished)
    return staying
      ? reason('rung_fits', 'Past bij de trede waarop u wilt blijven.', 'Fits the rung the person wants to stay on.')
      : reason('rung_fits', 'Past bij de stap op de ladder die u wilt zetten.', 'Fits the rung the person is aiming for.');
  if (rung > wished)
    return staying
      ? reason(
          'above_wish',
          `Dit vraagt meer dan de trede waarop u wilt blijven (trede ${wished}); het staat daarom achteraan en is geen advies om hoger te gaan.`,
          `Asks more than the rung the person wants to stay on (rung ${wished}); listed last, not advice to move up.`,
        )
      : reason(
          'above_wish',
          `Dit is hoger dan uw doel op de ladder (trede ${wished}); het staat daarom achteraan.`,
          `Above the person's target rung (rung ${wished}); listed last.`,
        );
  return reason(
    'below_wish',
    `Dit ligt lager op de ladder dan uw doel (trede ${wished}); het kan een tussenstap zijn.`,
    `Below the target rung (rung ${wished}); a possible step in between.`,
  );
}
