import {
  ACCESS_ROUTES,
  CONSENT_GIVERS,
  CONSENT_GRANTEE_ROLES,
  CONSENT_STATUSES,
  CONTACT_MOMENT_CHANNELS,
  CONTACT_MOMENT_KINDS,
  CONTINUUM_FORMS,
  DATA_CATEGORIES,
  DISCIPLINES,
  ERGO_CONTACT_TYPES,
  ERGO_SURCHARGES,
  FUNDINGS,
  GROWTH_ROLES,
  LADDER_RUNGS,
  LEVELS,
  QUARTER_ROUNDINGS,
  REFERRAL_SOURCES,
  REQUEST_TYPES,
  ROLES,
  SESSION_FORMS,
  SESSION_SETTINGS,
  TRAJECTORY_STATES,
  WEEKDAYS,
} from '@meedoen/core';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

/** Every code the API can send is shown in words, never as a raw code, in both languages. */
const CODE_LISTS: [prefix: string, codes: readonly (string | number)[]][] = [
  ['role', ROLES],
  ['contactKind', CONTACT_MOMENT_KINDS],
  ['contactChannel', CONTACT_MOMENT_CHANNELS],
  ['role', CONSENT_GRANTEE_ROLES],
  ['consentStatus', CONSENT_STATUSES],
  ['consentGiver', CONSENT_GIVERS],
  ['dataCategory', DATA_CATEGORIES],
  ['myData', DATA_CATEGORIES],
  ['discipline', DISCIPLINES],
  ['ergoContactType', ERGO_CONTACT_TYPES],
  ['ergoSurcharge', ERGO_SURCHARGES],
  ['quarterRounding', QUARTER_ROUNDINGS],
  ['financer', FUNDINGS],
  ['financer', ['wlz', 'wmo', 'participatiewet', 'geen']],
  ['referralSource', REFERRAL_SOURCES],
  ['requestType', REQUEST_TYPES],
  ['sessionForm', SESSION_FORMS],
  ['sessionSetting', SESSION_SETTINGS],
  ['state', TRAJECTORY_STATES],
  ['form', CONTINUUM_FORMS],
  ['accessRoute', ACCESS_ROUTES],
  ['level', LEVELS],
  ['growthRole', GROWTH_ROLES],
  ['weekday', WEEKDAYS],
  ['ladder', LADDER_RUNGS],
];

describe('code lists are translated', () => {
  it.each(CODE_LISTS)('every %s code has a Dutch and an English label', (prefix, codes) => {
    const missing = codes
      .map((code) => `${prefix}.${code}`)
      .filter(
        (key) => !(key in nl) || !(key in en) || !(nl as Record<string, string>)[key] || !(en as Record<string, string>)[key],
      );
    expect(missing).toEqual([]);
  });
});
