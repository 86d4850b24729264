import { createHash } from 'node:crypto';
import { DEFAULT_UNIT_RULES, emptyParticipationPlan, type ParticipationPlan, type TimeSlot } from '@meedoen/core';
import { insertOffer } from '../daginvulling/offer-store.js';
import { scheduledDates } from '../daginvulling/activity-routes.js';
import type { Queryable } from '../db/database.js';
import { seedContactMoments } from './seed-contact-moments.js';
import { demoClientId, demoUserId } from './demo-organisation.js';
import { demoOffers } from './demo-social-map.js';
import { stableId } from './stable-id.js';

/** Day-activity participants beyond the personas, so a group has a real roll call of 22 people. */
const PARTICIPANTS = [
  ['Anton', 'Bakker'],
  ['Bianca', 'Kuipers'],
  ['Chris', 'van Leeuwen'],
  ['Dewi', 'Hoekstra'],
  ['Emre', 'Aydın'],
  ['Fleur', 'Brouwer'],
  ['Gijs', 'Dekker'],
  ['Hanna', 'Postma'],
  ['Ilse', 'Veenstra'],
  ['Jeroen', 'Schouten'],
  ['Karin', 'Wolters'],
  ['Luuk', 'Jonker'],
  ['Mila', 'Koster'],
  ['Nadia', 'Benali'],
  ['Otto', 'Prins'],
  ['Petra', 'Zwart'],
  ['Quinten', 'Mol'],
  ['Rosa', 'Huisman'],
  ['Sem', 'Timmermans'],
  ['Tessa', 'Kok'],
  ['Umut', 'Demir'],
] as const;
export const DEMO_PARTICIPANT_KEYS = PARTICIPANTS.map((_, i) => `deelnemer-${i + 1}`);

const HOMES: Record<string, [number, number]> = {
  henk: [52.512, 6.091],
  ria: [52.513, 6.089],
  samira: [52.5287, 6.0494],
  daan: [52.5106, 6.2597],
  joke: [52.5062, 6.0958],
  kevin: [52.5313, 6.0995],
};
const SEASON = { from: '2026-09-01', until: '2026-12-31', attendanceUntil: '2026-11-20' };

/** A stable pseudo-random number in [0, 1) for a key: the demo's season looks lived-in yet never changes. */
function chance(key: string): number {
  return parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16) / 0x100000000;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export async function seedDaginvulling(tx: Queryable, orgId: string): Promise<void> {
  const admin = demoUserId('bram.willems');
  const offerIds = new Map<string, string>();
  for (const { key, offer, confirmedOn } of demoOffers())
    offerIds.set(key, await insertOffer(tx, orgId, offer, confirmedOn, stableId(`offer:${key}`)));

  for (const [key, [lat, lon]] of Object.entries(HOMES))
    await tx.query(`update clients set home_lat = $2, home_lon = $3 where id = $1`, [demoClientId(key), lat, lon]);
  for (const [i, [given, family]] of PARTICIPANTS.entries()) {
    const id = demoClientId(DEMO_PARTICIPANT_KEYS[i] ?? '');
    await tx.query(
      `insert into clients (id, org_id, given_name, family_name, birth_date, care_setting, municipality, home_lat, home_lon)
       values ($1, $2, $3, $4, $5, $6, 'Zwolle', $7, $8) on conflict (org_id, id) do nothing`,
      [
        id,
        orgId,
        given,
        family,
        `${1965 + ((i * 7) % 38)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
        i % 3 === 0 ? 'beschermd_wonen' : 'thuis',
        52.5 + chance(`lat${i}`) * 0.04,
        6.05 + chance(`lon${i}`) * 0.06,
      ],
    );
    for (const [userKey, role] of [
      ['sanne.peters', 'activiteitenbegeleider'],
      ['ingrid.meijer', 'zorgcoordinator'],
    ] as const) {
      await tx.query(
        `insert into care_team_members (id, org_id, client_id, user_id, role, valid_from, added_by) values ($1, $2, $3, $4, $5, '2026-08-01', $6) on conflict (org_id, id) do nothing`,
        [stableId(`care-team:${DEMO_PARTICIPANT_KEYS[i]}:${userKey}`), orgId, id, demoUserId(userKey), role, admin],
      );
    }
  }

  const groups: {
    key: string;
    offer: string;
    name: string;
    schedule: TimeSlot[];
    location: string;
    capacity: number;
    supervisors?: string[];
    seedAttendance?: boolean;
    season?: { from: string; until: string };
  }[] = [
    {
      key: 'spaander',
      offer: 'houtwerkplaats-spaander',
      name: 'Houtwerkplaats De Spaander, di/do',
      schedule: [
        { day: 'di', from: '09:30', to: '15:30' },
        { day: 'do', from: '09:30', to: '15:30' },
      ] as TimeSlot[],
      location: 'Werkplaats De Spaander, Holtenbroek',
      capacity: 24,
    },
    {
      key: 'ontmoeting',
      offer: 'ontmoetingsgroep-linde',
      name: 'Ontmoetingsgroep De Linde, ma/wo',
      schedule: [
        { day: 'ma', from: '10:00', to: '12:30' },
        { day: 'wo', from: '10:00', to: '12:30' },
      ] as TimeSlot[],
      location: 'Huiskamer De Linde, Zwolle',
      capacity: 12,
    },
    {
      // Kevin's next step (his plan): a day on the work floor of the kringloop, with Gerrit as werkbegeleider (003 L1805-1807).
      key: 'kringloop',
      offer: 'kringloop-sorteer',
      name: 'Kringloop Zwolle, fietsenhoek vr',
      schedule: [{ day: 'vr', from: '09:00', to: '15:00' }] as TimeSlot[],
      location: 'Kringloop Zwolle, Voorsterweg',
      capacity: 6,
      supervisors: ['gerrit.post'],
      // Until the work-floor supervisor keeps it himself: no attendance of this group in the demo.
      seedAttendance: false,
      season: { from: '2026-11-06', until: '2027-06-25' },
    },
  ];
  const members: Record<string, { client: string; financer: 'wmo' | 'wlz' | 'geen'; until: string | null }[]> = {
    spaander: [
      { client: 'kevin', financer: 'wmo', until: '2027-04-30' },
      ...DEMO_PARTICIPANT_KEYS.map((key, i) => ({
        client: key,
        financer: 'wmo' as const,
        until: i % 7 === 3 ? '2026-12-31' : '2027-06-30',
      })),
    ],
    ontmoeting: [
      { client: 'henk', financer: 'wlz', until: null },
      { client: 'ria', financer: 'wlz', until: null },
      ...DEMO_PARTICIPANT_KEYS.slice(0, 4).map((key) => ({ client: key, financer: 'wmo' as const, until: '2027-06-30' })),
    ],
    // A trial step within his trajectory: no indication of its own.
    kringloop: [{ client: 'kevin', financer: 'geen', until: null }],
  };
  for (const group of groups) {
    const groupId = stableId(`group:${group.key}`);
    const season = group.season ?? SEASON;
    const supervisors = group.supervisors ?? ['sanne.peters'];
    await tx.query(
      `insert into activity_groups (id, org_id, offer_id, name, schedule, location, capacity, supervisor_ids, season_from, season_until)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (org_id, id) do nothing`,
      [
        groupId,
        orgId,
        offerIds.get(group.offer),
        group.name,
        JSON.stringify(group.schedule),
        group.location,
        group.capacity,
        supervisors.map((key) => demoUserId(key)),
        season.from,
        season.until,
      ],
    );
    const occurrences = scheduledDates(group.schedule, season.from, season.until);
    for (const o of occurrences) {
      await tx.query(
        `insert into occurrences (id, org_id, group_id, date, starts, ends) values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
        [stableId(`occ:${group.key}:${o.date}`), orgId, groupId, o.date, o.starts, o.ends],
      );
    }
    for (const m of members[group.key] ?? []) {
      const clientId = demoClientId(m.client);
      const rule = m.financer === 'wlz' ? DEFAULT_UNIT_RULES.wlz_dagdeel : DEFAULT_UNIT_RULES.wmo_dagdeel;
      await tx.query(
        `insert into enrolments (id, org_id, client_id, offer_id, group_id, agreed_days, status, started_on, financer, indication_from, indication_until, volume, volume_per, unit_rule)
         values ($1, $2, $3, $4, $5, $6, 'actief', $7, $8, $9, $10, $12, $13, $11) on conflict (org_id, id) do nothing`,
        [
          stableId(`enrolment:${group.key}:${m.client}`),
          orgId,
          clientId,
          offerIds.get(group.offer),
          groupId,
          group.schedule.map((s) => s.day),
          season.from,
          m.financer,
          m.financer === 'geen' ? null : '2026-05-01',
          m.until,
          JSON.stringify(rule),
          m.financer === 'geen' ? null : 4,
          m.financer === 'geen' ? null : 'week',
        ],
      );
      if (group.seedAttendance === false) continue;
      for (const o of occurrences.filter((x) => x.date <= SEASON.attendanceUntil)) {
        const roll = chance(`${m.client}:${o.date}`);
        const status = roll < 0.05 ? 'afwezig_gemeld' : roll < 0.09 ? 'ziek' : roll < 0.11 ? 'afwezig_ongemeld' : 'aanwezig';
        const late = status === 'aanwezig' && roll > 0.9 ? 45 : 0;
        const early = status === 'aanwezig' && roll > 0.95 ? 90 : 0;
        const arrival = status === 'aanwezig' ? hhmm(minutes(o.starts) + late) : null;
        const departure = status === 'aanwezig' ? hhmm(minutes(o.ends) - early) : null;
        await tx.query(
          `insert into attendance_records (id, org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by, recorded_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (org_id, id) do nothing`,
          [
            stableId(`att:${group.key}:${m.client}:${o.date}`),
            orgId,
            stableId(`occ:${group.key}:${o.date}`),
            clientId,
            status,
            arrival,
            departure,
            status === 'aanwezig' ? minutes(o.ends) - early - minutes(o.starts) - late : 0,
            demoUserId('sanne.peters'),
            `${o.date}T${o.ends}:00+01:00`,
          ],
        );
      }
    }
  }
  await seedPlans(tx, orgId);
  await seedContactMoments(tx, orgId);
}

function kevinPlan(): ParticipationPlan {
  const plan = emptyParticipationPlan();
  return {
    ...plan,
    dreams: 'Ik wil later fietsenmaker worden, met een eigen salaris.',
    meaning: 'Iets maken waar anderen wat aan hebben.',
    otherRoles: ['broer', 'teamgenoot bij de voetbal'],
    strengths: ['handig', 'techniek', 'fietsen', 'geduldig'],
    competences: {
      persoonlijk: 'Komt op tijd, houdt van vaste afspraken.',
      sociaal_maatschappelijk: 'Werkt graag met één vaste collega.',
      werknemersvaardigheden: 'Volgt instructies goed op.',
      vakinhoudelijk: 'Kan een band plakken en remmen afstellen.',
    },
    readiness: { noodzaak: 4, verlangen: 5, zelfvertrouwen: 2, verwachting: 3, steun: 4 },
    preferences: {
      ...plan.preferences,
      sectors: ['fietsen', 'techniek'],
      interests: ['fietsen', 'techniek', 'repareren'],
      level: 'vmbo',
      hoursPerWeek: 16,
      earliestStart: '09:00',
      maxTravelMinutes: 25,
      availability: (['ma', 'di', 'wo', 'do', 'vr'] as const).map((day) => ({ day, from: '09:00', to: '16:00' })),
      wantsSmallScale: true,
      costCeilingPerMonth: 20,
      access: ['geen', 'wmo_maatwerk', 'participatiewet'],
      rolesToGrowInto: ['vrijwilliger', 'medewerker'],
      wantsSocialSafety: true,
    },
    supportNeeds: ['structurering', 'coaching'],
    network: [
      { name: 'Moeder', relation: 'moeder', contribution: 'Helpt met de planning' },
      { name: 'Gerrit Post', relation: 'werkbegeleider', contribution: 'Leert me het vak' },
    ],
    perspective: 'Over een jaar een leerwerkplek bij een fietsenmaker.',
    steps: [
      { description: 'Elke week twee dagen in de houtwerkplaats', done: true },
      { description: 'Een dag meedraaien bij de kringloop-fietsen', done: false },
    ],
    ladder: { currentRung: 3, targetRung: 4, wantsToStay: false },
    signalPlan: {
      groen: { signs: 'Ik slaap goed en heb zin in werk.', actions: 'Gewoon doorgaan.' },
      oranje: { signs: 'Ik slaap slecht en zeg minder.', actions: 'Even pauze nemen en met Mohamed praten.' },
      rood: { signs: 'Ik blijf in bed en neem de telefoon niet op.', actions: 'Mohamed belt mijn moeder; werk even stoppen.' },
    },
    // 003 L1912-1915: the workplace learns only what Kevin chooses.
    disclosure: [
      {
        audience: 'werkbegeleider',
        mayKnow: 'Wat ik kan, wat ik wil leren, welke hulp ik nodig heb en wanneer ik er ben. Niet mijn signaleringsplan.',
        sections: ['strengths', 'preferences', 'supportNeeds', 'steps', 'attendance'],
      },
      {
        audience: 'trajectbegeleider',
        mayKnow:
          'Wat ik wil worden, wat ik kan, mijn volgende stappen en onze gesprekken. Niet mijn signaleringsplan en niet wie mijn netwerk is.',
        // Issue 14: Kevin's job coaches keep their contact moments with him where he lets them.
        sections: ['dreams', 'strengths', 'competences', 'preferences', 'supportNeeds', 'perspective', 'steps', 'contactMoments'],
      },
    ],
    portfolio: [
      {
        title: 'Certificaat veilig werken met machines',
        kind: 'certificaat',
        date: '2026-10-01',
        description: 'Behaald in de houtwerkplaats.',
        fileId: null,
      },
    ],
  };
}

async function seedPlans(tx: Queryable, orgId: string): Promise<void> {
  const plans: [string, ParticipationPlan][] = [
    ['kevin', kevinPlan()],
    [
      'henk',
      {
        ...emptyParticipationPlan(),
        dreams: 'Weer een beetje mezelf zijn.',
        strengths: ['sport', 'humor'],
        ladder: { currentRung: 3, targetRung: 3, wantsToStay: true },
        preferences: {
          ...emptyParticipationPlan().preferences,
          interests: ['bewegen', 'muziek'],
          access: ['geen', 'wlz'],
          wantsSmallScale: true,
        },
        // 003 L1912-1915: Henk lets Greet, who looks along with his consent, see his day activities and wishes.
        disclosure: [
          {
            audience: 'naaste',
            mayKnow: 'Greet mag meekijken met mijn dagbesteding en wat ik graag doe.',
            sections: ['dreams', 'strengths', 'preferences', 'ladder', 'attendance', 'comments'],
          },
        ],
      },
    ],
    [
      'ria',
      {
        ...emptyParticipationPlan(),
        dreams: 'Via haar dochter: zingen en rust.',
        strengths: ['zingen'],
        ladder: { currentRung: 3, targetRung: 3, wantsToStay: true },
        preferences: {
          ...emptyParticipationPlan().preferences,
          interests: ['muziek', 'zingen'],
          access: ['geen', 'wlz'],
          wantsLowStimulus: true,
        },
      },
    ],
  ];
  for (const [key, plan] of plans) {
    const clientId = demoClientId(key);
    const author = key === 'kevin' ? demoUserId('kevin.mulder') : demoUserId('sanne.peters');
    await tx.query(
      `insert into participation_plans (client_id, org_id, version, document, updated_by) values ($1, $2, 1, $3, $4) on conflict (org_id, client_id) do nothing`,
      [clientId, orgId, JSON.stringify(plan), author],
    );
    await tx.query(
      `insert into participation_plan_versions (org_id, client_id, version, document, saved_by) values ($1, $2, 1, $3, $4) on conflict do nothing`,
      [orgId, clientId, JSON.stringify(plan), author],
    );
  }
  for (const [date, rung, step] of [
    ['2026-05-01', 2, 3],
    ['2026-09-01', 3, 2],
  ] as const) {
    await tx.query(
      `insert into ladder_positions (id, org_id, client_id, date, rung, within_rung_step, target_rung, wants_to_stay, note, recorded_by) values ($1, $2, $3, $4, $5, $6, 4, false, '', $7) on conflict (org_id, id) do nothing`,
      [stableId(`ladder:kevin:${date}`), orgId, demoClientId('kevin'), date, rung, step, demoUserId('mohamed.bouzid')],
    );
  }
}
