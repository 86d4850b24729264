import { DEFAULT_UNIT_RULES } from '@meedoen/core';
import { clientId } from './clients.js';
import { chunked, line, pgArray, type TableCsv } from './csv.js';
import { addDays, weekday } from './dates.js';
import { orgId, supervisorId } from './organisations.js';
import { groupOfClient, OCCURRENCES_PER_GROUP, supervisorOfGroup, type Plan } from './plan.js';
import { pick, streamFor, uuidFor } from './prng.js';

export const offerId = (seed: number, n: number) => uuidFor(seed, 'offer', n);
export const groupId = (seed: number, n: number) => uuidFor(seed, 'group', n);
export const occurrenceId = (seed: number, group: number, k: number) =>
  uuidFor(seed, 'occurrence', group * OCCURRENCES_PER_GROUP + k);

const DAYS = ['ma', 'di', 'wo', 'do', 'vr'] as const;
/** Day-activity forms a care provider runs in groups itself (offers_form_check; 003's continuum). */
const FORMS = ['inloop_ontmoeting', 'belevingsgerichte_dagbesteding', 'arbeidsmatige_dagbesteding'] as const;
const NAMES = [
  'Houtwerkplaats',
  'Ontmoetingsgroep',
  'Tuingroep',
  'Kookgroep',
  'Creatief atelier',
  'Fietsenwerkplaats',
  'Kringloopwinkel',
];
/** The Monday the generated season's occurrences start from; ten weeks end before GENERATED_UNTIL. */
const FIRST_WEEK = '2026-09-07';
const STARTS = '09:30';
const ENDS = '13:30';
const SESSION_MINUTES = 240;

/** Group g meets one weekday; its occurrence k is in week k of the generated season. */
export const dayOfGroup = (g: number) => DAYS[g % DAYS.length] as (typeof DAYS)[number];
export function occurrenceDate(g: number, k: number): string {
  const target = (g % DAYS.length) + 1;
  const first = addDays(FIRST_WEEK, (target - weekday(FIRST_WEEK) + 7) % 7);
  return addDays(first, 7 * k);
}

export function dayActivityTables(plan: Plan): TableCsv[] {
  const { seed } = plan.options;
  const offers: TableCsv = {
    table: 'offers',
    columns: [
      'id',
      'org_id',
      'name',
      'provider',
      'internal',
      'description',
      'form',
      'access',
      'level',
      'group_or_individual',
      'schedule',
      'social_safety',
      'last_confirmed_on',
      'search',
      'municipality',
      'capacity',
    ],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            for (let g = o.offers.from; g < o.offers.from + o.offers.count; g++) {
              const r = streamFor(seed, 'offer', g);
              const schedule = [{ day: dayOfGroup(g), from: STARTS, to: ENDS }];
              // `search` is filled by the loader with meedoen_dutch_vector (as offer-store.ts does); '' is a valid empty tsvector.
              yield line([
                offerId(seed, g),
                orgId(seed, o.index),
                `${pick(r, NAMES)} ${g + 1}`,
                `Organisatie ${o.index + 1}`,
                true,
                'Dagbesteding in een vaste groep.',
                pick(r, FORMS),
                'wmo_maatwerk',
                'vmbo',
                'groep',
                JSON.stringify(schedule),
                JSON.stringify({ contactPerson: true, buddy: false, houseRules: true }),
                '2026-08-01',
                '',
                'Zwolle',
                30,
              ]);
            }
          }
        })(),
      ),
  };
  const groups: TableCsv = {
    table: 'activity_groups',
    columns: [
      'id',
      'org_id',
      'offer_id',
      'name',
      'schedule',
      'location',
      'capacity',
      'supervisor_ids',
      'season_from',
      'season_until',
    ],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            for (let g = o.offers.from; g < o.offers.from + o.offers.count; g++) {
              const schedule = [{ day: dayOfGroup(g), from: STARTS, to: ENDS }];
              yield line([
                groupId(seed, g),
                orgId(seed, o.index),
                offerId(seed, g),
                `Groep ${g + 1}, ${dayOfGroup(g)}`,
                JSON.stringify(schedule),
                'Locatie Zwolle',
                30,
                pgArray([supervisorId(seed, supervisorOfGroup(o, g))]),
                '2026-09-01',
                '2027-06-30',
              ]);
            }
          }
        })(),
      ),
  };
  const occurrences: TableCsv = {
    table: 'occurrences',
    columns: ['id', 'org_id', 'group_id', 'date', 'starts', 'ends'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            for (let g = o.offers.from; g < o.offers.from + o.offers.count; g++)
              for (let k = 0; k < OCCURRENCES_PER_GROUP; k++)
                yield line([
                  occurrenceId(seed, g, k),
                  orgId(seed, o.index),
                  groupId(seed, g),
                  occurrenceDate(g, k),
                  STARTS,
                  ENDS,
                ]);
          }
        })(),
      ),
  };
  const enrolments: TableCsv = {
    table: 'enrolments',
    columns: [
      'id',
      'org_id',
      'client_id',
      'offer_id',
      'group_id',
      'agreed_days',
      'status',
      'started_on',
      'financer',
      'indication_from',
      'indication_until',
      'volume',
      'volume_per',
      'unit_rule',
    ],
    chunks: () =>
      chunked(
        (function* () {
          const rule = JSON.stringify(DEFAULT_UNIT_RULES.wmo_dagdeel);
          for (const o of plan.orgs) {
            for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
              const g = groupOfClient(o, c);
              yield line([
                uuidFor(seed, 'enrolment', c),
                orgId(seed, o.index),
                clientId(seed, c),
                offerId(seed, g),
                groupId(seed, g),
                pgArray([dayOfGroup(g)]),
                'actief',
                '2026-09-01',
                'wmo',
                '2026-08-01',
                '2027-07-31',
                1,
                'week',
                rule,
              ]);
            }
          }
        })(),
      ),
  };
  const attendance: TableCsv = {
    table: 'attendance_records',
    columns: [
      'id',
      'org_id',
      'occurrence_id',
      'client_id',
      'status',
      'arrival',
      'departure',
      'minutes',
      'recorded_by',
      'recorded_at',
    ],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
              const g = groupOfClient(o, c);
              const r = streamFor(seed, 'attendance', c);
              const by = supervisorId(seed, supervisorOfGroup(o, g));
              for (let k = 0; k < OCCURRENCES_PER_GROUP; k++) {
                const roll = r();
                // Mostly present; reported absence, sickness and unreported absence as in the demo's mix (seed-daginvulling.ts).
                const status =
                  roll < 0.05 ? 'afwezig_gemeld' : roll < 0.09 ? 'ziek' : roll < 0.11 ? 'afwezig_ongemeld' : 'aanwezig';
                const present = status === 'aanwezig';
                const date = occurrenceDate(g, k);
                yield line([
                  uuidFor(seed, 'attendance', c * OCCURRENCES_PER_GROUP + k),
                  org,
                  occurrenceId(seed, g, k),
                  clientId(seed, c),
                  status,
                  present ? STARTS : null,
                  present ? ENDS : null,
                  present ? SESSION_MINUTES : 0,
                  by,
                  `${date}T12:45:00.000Z`,
                ]);
              }
            }
          }
        })(),
      ),
  };
  return [offers, groups, occurrences, enrolments, attendance];
}
