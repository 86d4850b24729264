import { chunked, line, type TableCsv } from './csv.js';
import type { Plan } from './plan.js';
import { pick, streamFor, uuidFor } from './prng.js';

/** Ids of generated rows, computable from any table (see `uuidFor`). */
export const orgId = (seed: number, n: number) => uuidFor(seed, 'organisation', n);
export const coordinatorId = (seed: number, n: number) => uuidFor(seed, 'coordinator', n);
export const therapistId = (seed: number, n: number) => uuidFor(seed, 'therapist', n);
export const supervisorId = (seed: number, n: number) => uuidFor(seed, 'supervisor', n);

/** Sign-in addresses: unique over the whole database (the identity directory), so they carry the seed. */
export const coordinatorEmail = (seed: number, n: number) => `coordinator-${n}@s${seed}.bench.example`;
export const therapistEmail = (seed: number, n: number) => `therapist-${n}@s${seed}.bench.example`;
export const supervisorEmail = (seed: number, n: number) => `supervisor-${n}@s${seed}.bench.example`;

// The vaktherapie disciplines (users_discipline_check; 001 L2318-2324: registered in the Register Vaktherapie).
const VAKTHERAPIE = [
  'beeldende_therapie',
  'danstherapie',
  'dramatherapie',
  'muziektherapie',
  'psychomotorische_therapie',
] as const;
const PLACES = ['Zwolle', 'Kampen', 'Deventer', 'Apeldoorn', 'Amersfoort', 'Utrecht', 'Arnhem', 'Enschede', 'Assen'];
const KINDS = ['De Linde', 'Het Anker', 'De Brug', 'Zorggroep', 'Stichting De Horst', 'Praktijk Beweging', 'De Wending'];

/** The discipline of therapist n (the same in users and in the trajectories they lead). */
export const disciplineOf = (seed: number, n: number) => pick(streamFor(seed, 'discipline', n), VAKTHERAPIE);

export function organisationTables(plan: Plan): TableCsv[] {
  const { seed, passwordHash } = plan.options;
  const organisations: TableCsv = {
    table: 'organisations',
    columns: ['id', 'name', 'kind', 'agb_code'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const r = streamFor(seed, 'organisation', o.index);
            // An AGB code is eight digits (organisations_agb_code_check); 73 is the vaktherapie/paramedic range prefix here.
            const agb = `73${String(100000 + o.index).slice(-6)}`;
            yield line([orgId(seed, o.index), `${pick(r, KINDS)} ${pick(r, PLACES)} ${o.index + 1}`, 'zorgaanbieder', agb]);
          }
        })(),
      ),
  };
  const users: TableCsv = {
    table: 'users',
    columns: [
      'id',
      'org_id',
      'email',
      'display_name',
      'password_hash',
      'discipline',
      'register',
      'registration_number',
      'profession',
    ],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            yield line([
              coordinatorId(seed, o.index),
              org,
              coordinatorEmail(seed, o.index),
              `Coördinator ${o.index + 1}`,
              passwordHash,
              null,
              null,
              null,
              null,
            ]);
            for (let t = o.therapists.from; t < o.therapists.from + o.therapists.count; t++) {
              // A registered therapist (000 L70-72): Register Vaktherapie number (users_registration_pair_check).
              yield line([
                therapistId(seed, t),
                org,
                therapistEmail(seed, t),
                `Therapeut ${t + 1}`,
                passwordHash,
                disciplineOf(seed, t),
                'register_vaktherapie',
                `BENCH-${t}`,
                'vaktherapeut',
              ]);
            }
            for (let s = o.supervisors.from; s < o.supervisors.from + o.supervisors.count; s++) {
              yield line([
                supervisorId(seed, s),
                org,
                supervisorEmail(seed, s),
                `Begeleider ${s + 1}`,
                passwordHash,
                null,
                null,
                null,
                'activiteitenbegeleider',
              ]);
            }
          }
        })(),
      ),
  };
  const roles: TableCsv = {
    table: 'user_roles',
    columns: ['org_id', 'user_id', 'role'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            yield line([org, coordinatorId(seed, o.index), 'zorgcoordinator']);
            yield line([org, coordinatorId(seed, o.index), 'planner']);
            for (let t = o.therapists.from; t < o.therapists.from + o.therapists.count; t++)
              yield line([org, therapistId(seed, t), 'vaktherapeut']);
            for (let s = o.supervisors.from; s < o.supervisors.from + o.supervisors.count; s++)
              yield line([org, supervisorId(seed, s), 'activiteitenbegeleider']);
          }
        })(),
      ),
  };
  // Each sign-in address claimed in the directory of global identities (migration 0033), as the app does per user.
  const directory: TableCsv = {
    table: 'identity_directory',
    columns: ['kind', 'key', 'org_id', 'owner_id'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            yield line(['email', coordinatorEmail(seed, o.index), org, coordinatorId(seed, o.index)]);
            for (let t = o.therapists.from; t < o.therapists.from + o.therapists.count; t++)
              yield line(['email', therapistEmail(seed, t), org, therapistId(seed, t)]);
            for (let s = o.supervisors.from; s < o.supervisors.from + o.supervisors.count; s++)
              yield line(['email', supervisorEmail(seed, s), org, supervisorId(seed, s)]);
          }
        })(),
      ),
  };
  return [organisations, users, roles, directory];
}
