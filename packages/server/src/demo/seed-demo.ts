import { hashPassword } from '../access/password.js';
import type { Database, Queryable } from '../db/database.js';
import { claimIdentity, lookupIdentity } from '../db/identity-directory.js';
import {
  DEMO_CARE_TEAMS,
  DEMO_CLIENTS,
  DEMO_CONSENTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_REPRESENTATIVES,
  DEMO_USERS,
  demoClientId,
  demoEmail,
  demoUserId,
} from './demo-organisation.js';
import { seedDaginvulling } from './seed-daginvulling.js';
import { stableId } from './stable-id.js';

/** Load the demo organisation. Idempotent: rows that exist are left as they are. */
export async function seedDemo(db: Database): Promise<{ created: boolean }> {
  const org = DEMO_ORGANISATION;
  const inserted = await db.asOwner((tx) =>
    tx.query(
      `insert into organisations (id, name, kind, is_ggz_institution, agb_code) values ($1, $2, $3, $4, $5)
       on conflict (id) do nothing returning id`,
      [org.id, org.name, org.kind, org.isGgzInstitution, org.agbCode],
    ),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.withOrg(org.id, async (tx) => {
    for (const client of DEMO_CLIENTS) {
      await tx.query(
        `insert into clients (id, org_id, given_name, family_name, birth_date, care_setting, municipality)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (org_id, id) do nothing`,
        [
          demoClientId(client.key),
          org.id,
          client.givenName,
          client.familyName,
          client.birthDate,
          client.careSetting,
          client.municipality,
        ],
      );
    }
    for (const user of DEMO_USERS) {
      const id = demoUserId(user.key);
      await tx.query(
        `insert into users (id, org_id, email, display_name, password_hash, discipline, client_id, register, registration_number, agb_code)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (org_id, id) do nothing`,
        [
          id,
          org.id,
          demoEmail(user),
          user.displayName,
          passwordHash,
          user.discipline ?? null,
          user.clientKey ? demoClientId(user.clientKey) : null,
          // A therapist is registered (000 L70-72): vaktherapeuten in the Register Vaktherapie (001 L2318-2324),
          // ergotherapeuten in the Kwaliteitsregister Paramedici. Demo numbers, not real registrations.
          user.discipline
            ? user.discipline === 'ergotherapie'
              ? 'kwaliteitsregister_paramedici'
              : 'register_vaktherapie'
            : null,
          user.discipline ? `DEMO-${user.key}` : null,
          user.agbCode ?? null,
        ],
      );
      // The sign-in address in the directory of global identities (migration 0033); a second seeding finds it there.
      if (
        !(await claimIdentity(tx, 'email', demoEmail(user), id)) &&
        (await lookupIdentity(tx, 'email', demoEmail(user)))?.ownerId !== id
      )
        throw new Error(`the demo address ${demoEmail(user)} belongs to another account`);
      for (const role of user.roles) {
        await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, $3) on conflict do nothing`, [
          org.id,
          id,
          role,
        ]);
      }
      for (const municipality of user.municipalities ?? [])
        await tx.query(
          `insert into user_municipalities (org_id, user_id, municipality) values ($1, $2, $3) on conflict do nothing`,
          [org.id, id, municipality],
        );
    }
    await seedCareNetwork(tx, org.id);
    await seedDaginvulling(tx, org.id);
  });
  return { created: inserted.length > 0 };
}

export async function isEmptyDatabase(db: Database): Promise<boolean> {
  const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(`select count(*)::int as n from organisations`));
  return (row?.n ?? 0) === 0;
}

/** Whether the demo organisation is loaded (the sign-in page then shows the demo hint). */
export async function hasDemoOrganisation(tx: Queryable): Promise<boolean> {
  const [row] = await tx.query<{ exists: boolean }>(`select organisation_exists($1) as exists`, [DEMO_ORGANISATION.id]);
  return row?.exists === true;
}

/** Care teams, representatives and consents that make the personas usable (ids derived, so idempotent). */
async function seedCareNetwork(tx: Queryable, orgId: string): Promise<void> {
  const admin = demoUserId('bram.willems');
  for (const member of DEMO_CARE_TEAMS) {
    await tx.query(
      `insert into care_team_members (id, org_id, client_id, user_id, role, valid_from, added_by) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (org_id, id) do nothing`,
      [
        stableId(`care-team:${member.clientKey}:${member.userKey}`),
        orgId,
        demoClientId(member.clientKey),
        demoUserId(member.userKey),
        member.role,
        member.from,
        admin,
      ],
    );
  }
  for (const rep of DEMO_REPRESENTATIVES) {
    await tx.query(
      `insert into client_representatives (id, org_id, client_id, user_id, relation, basis, valid_from, valid_until, recorded_by)
       select $1, $2, $3, $4, $5, 'ouderlijk_gezag', $6, (c.birth_date + interval '18 years' - interval '1 day')::date, $7
         from clients c where c.id = $3
       on conflict (org_id, id) do nothing`,
      [
        stableId(`representative:${rep.clientKey}:${rep.userKey}`),
        orgId,
        demoClientId(rep.clientKey),
        demoUserId(rep.userKey),
        rep.relation,
        rep.from,
        demoUserId(rep.recordedByKey),
      ],
    );
  }
  for (const consent of DEMO_CONSENTS) {
    await tx.query(
      `insert into consent_grants (id, org_id, client_id, grantee_user_id, categories, level, valid_from, valid_until, given_by, naaste_basis, note, recorded_by, recorded_how)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'in_person') on conflict (org_id, id) do nothing`,
      [
        stableId(`consent:${consent.key}`),
        orgId,
        demoClientId(consent.clientKey),
        demoUserId(consent.granteeKey),
        consent.categories,
        consent.level,
        consent.from,
        consent.until,
        consent.givenBy,
        consent.naasteBasis,
        consent.note,
        demoUserId(consent.recordedByKey),
      ],
    );
  }
}
