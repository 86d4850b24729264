import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.js';

/** The events that leave a message for someone (issue 14): a few, each where it happens. */
export const NOTIFICATION_KINDS = [
  'referral_to_accept',
  'plan_awaiting_agreement',
  'evaluation_recorded',
  'offer_proposed',
  'enrolment_request',
  'work_due',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Sends one e-mail. Meedoen builds no mail server: an installation plugs in its own transport. The mail only says
 * there is a message, never what it is about (issue 14: "e-mail only as 'you have a message', never content").
 */
export type MailTransport = (mail: { to: string; subject: string; text: string }) => Promise<void>;

export const NOTIFICATION_MAIL = {
  subject: 'U heeft een bericht in Meedoen',
  text: 'U heeft een bericht in Meedoen. Meld u aan om het te lezen.',
} as const;

declare module 'fastify' {
  interface FastifyRequest {
    /** Addresses to tell "you have a message" once the request's transaction is committed and answered. */
    notificationMail: string[];
  }
}

/**
 * Leave a message for each user (not the one acting: they know). Inside the caller's transaction, so a step that
 * rolls back leaves no message; the e-mail goes out only after a successful answer.
 */
export async function notify(
  tx: Queryable,
  request: FastifyRequest,
  orgId: string,
  message: { userIds: readonly (string | null)[]; kind: NotificationKind; clientId: string | null; link: string },
): Promise<void> {
  const actor = request.auth?.userId ?? null;
  const recipients = [...new Set(message.userIds.filter((id): id is string => id !== null && id !== actor))];
  if (recipients.length === 0) return;
  const rows = await tx.query<{ email: string | null }>(
    `with inserted as (
       insert into notifications (org_id, user_id, kind, client_id, link)
       select $1, u.id, $3, $4, $5 from users u where u.id = any($2::uuid[]) and u.active
       returning user_id)
     select u.email from inserted i join users u on u.id = i.user_id`,
    [orgId, recipients, message.kind, message.clientId, message.link],
  );
  for (const row of rows) if (row.email) request.notificationMail.push(row.email);
}

/** With a successful answer (the transaction is committed by then), send the content-free mails, if a transport is set. */
export function installNotificationMail(app: FastifyInstance, transport: MailTransport | undefined): void {
  app.decorateRequest('notificationMail', null as unknown as string[]);
  app.addHook('onRequest', async (request) => {
    request.notificationMail = [];
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const to = request.notificationMail;
    // Without a transport nothing is sent and nothing is logged: no address, no kind, no person.
    if (!transport || to.length === 0 || reply.statusCode >= 400) return payload;
    request.notificationMail = [];
    // Not awaited: a slow mail server does not hold up the answer; a failure is logged without the address.
    for (const address of to)
      void transport({ to: address, ...NOTIFICATION_MAIL }).catch(() =>
        request.log.warn('a notification mail could not be sent'),
      );
    return payload;
  });
}
