import { agendaTables } from './agenda.js';
import { clientId, clientTables } from './clients.js';
import type { TableCsv } from './csv.js';
import { dayActivityTables, occurrenceId } from './day-activities.js';
import { orgId, organisationTables, supervisorEmail, therapistEmail } from './organisations.js';
import {
  groupOfClient,
  midSizedOrg,
  OCCURRENCES_PER_GROUP,
  planOf,
  slotOfClient,
  supervisorOfGroup,
  therapistOfClient,
  type GenerateOptions,
  type Plan,
} from './plan.js';
import { streamFor } from './prng.js';
import { sessionDates, trajectoryDates, trajectoryId, treatmentTables } from './treatment.js';

export type { GenerateOptions } from './plan.js';

/** What the bench needs to act as people of the measured (mid-sized) organisation. */
export interface Probe {
  orgId: string;
  clients: number;
  therapistEmail: string;
  supervisorEmail: string;
  /** A client of the therapist's caseload, in the supervisor's group. */
  clientId: string;
  /** That client's trajectory. */
  trajectoryId: string;
  /** A day on which the therapist has appointments (the probe client's fifth session). */
  agendaDay: string;
  /** That group's latest generated occurrence (a roll call to read). */
  occurrenceId: string;
}

export interface Generated {
  plan: Plan;
  /** In load order: every table after the tables it refers to. */
  tables: TableCsv[];
  probe: Probe;
  /** Every generated organisation's id. */
  orgIds: string[];
}

/** The whole data set for `options` (rows are produced lazily, table by table, when their chunks are read). */
export function generate(options: GenerateOptions): Generated {
  const plan = planOf(options);
  const tables = [
    ...organisationTables(plan),
    ...clientTables(plan),
    ...treatmentTables(plan),
    ...dayActivityTables(plan),
    ...agendaTables(plan),
  ];
  const org = midSizedOrg(plan, options.probeClients);
  const client = org.clients.from;
  const group = groupOfClient(org, client);
  const probe: Probe = {
    orgId: orgId(options.seed, org.index),
    clients: org.clients.count,
    therapistEmail: therapistEmail(options.seed, therapistOfClient(org, client)),
    supervisorEmail: supervisorEmail(options.seed, supervisorOfGroup(org, group)),
    clientId: clientId(options.seed, client),
    trajectoryId: trajectoryId(options.seed, client),
    agendaDay:
      sessionDates(trajectoryDates(streamFor(options.seed, 'trajectory', client), slotOfClient(org, client)).start)[4] ?? '',
    occurrenceId: occurrenceId(options.seed, group, OCCURRENCES_PER_GROUP - 1),
  };
  return { plan, tables, probe, orgIds: plan.orgs.map((o) => orgId(options.seed, o.index)) };
}
