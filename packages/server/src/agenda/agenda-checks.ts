import { hasOrgPermission } from '@meedoen/core';
import type { requireFullAuth } from '../access/route-access.js';
import { ProblemError } from '../errors/problem.js';

export type Auth = ReturnType<typeof requireFullAuth>;

const DAY = 86_400_000;

/** One's own agenda, or anyone's with agenda.plan (the planner: times and places, no health content). */
export function requireAgendaOf(auth: Auth, professionalId: string): void {
  if (professionalId !== auth.userId && !hasOrgPermission(auth.roles, 'agenda.plan')) throw new ProblemError('access.forbidden');
}

/** A period to show: at most two months, ending after it starts. */
export function checkPeriod(from: string, until: string): void {
  if (until < from || Date.parse(until) - Date.parse(from) > 62 * DAY)
    throw new ProblemError('request.invalid', {
      errors: [{ path: '/querystring/until', message: 'a period of at most two months, ending after it starts' }],
    });
}
