import { DISCIPLINES, ROLES } from '@meedoen/core';
import { Type } from 'typebox';
import type { UserProfile } from '../people/user-store.js';
import type { SessionStage } from './session-store.js';

export const MeSchema = Type.Object(
  {
    stage: Type.Enum(['active', 'second_factor', 'enrol_second_factor'], {
      description: 'active = signed in; second_factor = send the TOTP code; enrol_second_factor = set up TOTP first',
    }),
    user: Type.Object({
      id: Type.String({ format: 'uuid' }),
      email: Type.String(),
      displayName: Type.String(),
      discipline: Type.Union([Type.Enum([...DISCIPLINES]), Type.Null()]),
      clientId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      roles: Type.Array(Type.Enum([...ROLES])),
      secondFactor: Type.Boolean(),
    }),
    organisation: Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      kind: Type.String(),
      requireSecondFactor: Type.Boolean(),
    }),
    csrfToken: Type.String({ description: 'send as X-CSRF-Token with every write' }),
  },
  { $id: 'Me' },
);

export function presentMe(profile: UserProfile, stage: SessionStage, csrfToken: string) {
  const { organisation, ...user } = profile;
  return { stage, user, organisation, csrfToken };
}
