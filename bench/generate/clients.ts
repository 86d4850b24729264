import { chunked, line, type TableCsv } from './csv.js';
import { coordinatorId, orgId, supervisorId, therapistId } from './organisations.js';
import { groupOfClient, supervisorOfGroup, therapistOfClient, type Plan } from './plan.js';
import { intBetween, pick, streamFor, uuidFor } from './prng.js';

export const clientId = (seed: number, n: number) => uuidFor(seed, 'client', n);

const GIVEN = [
  'Anna',
  'Bram',
  'Daan',
  'Emma',
  'Fatima',
  'Henk',
  'Ilse',
  'Jan',
  'Kevin',
  'Lotte',
  'Mohamed',
  'Noor',
  'Ria',
  'Sem',
  'Tess',
  'Yusuf',
];
const FAMILY = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Yilmaz',
  'El Amrani',
];
// clients_care_setting_check: adults in the settings vaktherapie and dagbesteding serve.
const SETTINGS = ['thuis', 'ggz_ambulant', 'gehandicaptenzorg', 'beschermd_wonen', 'verpleeghuis'];
const MUNICIPALITIES = ['Zwolle', 'Kampen', 'Dalfsen', 'Hattem', 'Deventer', 'Apeldoorn'];

/** Since when the generated care teams are in place: before every generated event. */
export const TEAM_FROM = '2025-12-01';

export function clientTables(plan: Plan): TableCsv[] {
  const { seed } = plan.options;
  const clients: TableCsv = {
    table: 'clients',
    columns: ['id', 'org_id', 'given_name', 'family_name', 'birth_date', 'care_setting', 'municipality'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
              const r = streamFor(seed, 'client', c);
              // Adults (18-85): the generated trajectories need no representative (001: under-16 consent rules).
              const birth = `${intBetween(r, 1941, 2006)}-${String(intBetween(r, 1, 12)).padStart(2, '0')}-${String(intBetween(r, 1, 28)).padStart(2, '0')}`;
              yield line([
                clientId(seed, c),
                org,
                pick(r, GIVEN),
                pick(r, FAMILY),
                birth,
                pick(r, SETTINGS),
                pick(r, MUNICIPALITIES),
              ]);
            }
          }
        })(),
      ),
  };
  /** Every client's therapist (vaktherapeut) and the supervisor of their group (activiteitenbegeleider) are their care team. */
  const team: TableCsv = {
    table: 'care_team_members',
    columns: ['id', 'org_id', 'client_id', 'user_id', 'role', 'valid_from', 'added_by'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            const by = coordinatorId(seed, o.index);
            for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
              const client = clientId(seed, c);
              yield line([
                uuidFor(seed, 'team-therapist', c),
                org,
                client,
                therapistId(seed, therapistOfClient(o, c)),
                'vaktherapeut',
                TEAM_FROM,
                by,
              ]);
              const supervisor = supervisorId(seed, supervisorOfGroup(o, groupOfClient(o, c)));
              yield line([uuidFor(seed, 'team-supervisor', c), org, client, supervisor, 'activiteitenbegeleider', TEAM_FROM, by]);
            }
          }
        })(),
      ),
  };
  return [clients, team];
}
