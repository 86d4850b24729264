import { ROLES, type Role } from '@meedoen/core';
import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type UserAccount } from '../../api/users';

export const CLIENT_BOUND: readonly Role[] = ['client', 'naaste'];
/** Accounts that a declaration can name as practitioner, or that deliver care: they may have an AGB code. */
const NOT_PROFESSIONAL: readonly Role[] = ['client', 'naaste', 'gemeente', 'financier'];
export const isProfessional = (user: UserAccount) => user.roles.some((role) => !NOT_PROFESSIONAL.includes(role));
export const WITH_DISCIPLINE: readonly Role[] = ['vaktherapeut', 'ergotherapeut'];

/** The roles as checkboxes with their Dutch names; nothing is ticked until the administrator ticks it. */
export function RoleChoice({ value, onChange, label }: { value: Role[]; onChange: (roles: Role[]) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={(roles) => onChange(roles as Role[])}>
      <Stack mt="xs" gap="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`role.${role}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
