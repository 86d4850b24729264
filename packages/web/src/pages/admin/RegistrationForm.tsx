import { PROFESSIONAL_REGISTERS, PROFESSIONS, type Profession, type ProfessionalRegister } from '@meedoen/core';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeRegistration, type UserAccount } from '../../api/users';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The Dutch text of the rule a field broke, next to that field (the problem's code; no source, no field name). */
function fieldMessage(error: unknown, path: string, t: (key: string) => string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const hit = error.problem?.errors?.find((e) => e.path === `/body${path}`);
  return hit ? (hit.code ? t(`problem.${hit.code}`) : t('problem.request.invalid')) : undefined;
}

const FIELDS = ['/agbCode', '/register', '/registrationNumber', '/profession'];

/** The administrator enters a professional's AGB code, register and number, and profession (If-Match). */
export function RegistrationForm({ user, onDone }: { user: UserAccount; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const change = useChangeRegistration();
  const [agbCode, setAgbCode] = useState(user.agbCode ?? '');
  const [register, setRegister] = useState<string>(user.register ?? '');
  const [registrationNumber, setRegistrationNumber] = useState(user.registrationNumber ?? '');
  const [profession, setProfession] = useState<string>(user.profession ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          {
            userId: user.id,
            version: user.registrationVersion,
            registration: {
              agbCode: agbCode.trim() || null,
              register: (register || null) as ProfessionalRegister | null,
              registrationNumber: registrationNumber.trim() || null,
              profession: (profession || null) as Profession | null,
            },
          },
          { onSuccess: () => onDone(true) },
        );
      }}
    >
      <Stack mt="sm">
        <Text fw={600}>{t('admin.users.registrationOf', { name: user.displayName })}</Text>
        <Text size="sm" c="dimmed">
          {t('admin.users.registrationHint')}
        </Text>
        <TextInput
          label={t('admin.users.agbCode')}
          description={t('admin.users.agbCodeHint')}
          inputMode="numeric"
          maxLength={8}
          value={agbCode}
          onChange={(e) => {
            change.reset();
            setAgbCode(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/agbCode', t)}
        />
        <NativeSelect
          label={t('admin.users.register')}
          data={[
            { value: '', label: t('admin.users.registerNone') },
            ...PROFESSIONAL_REGISTERS.map((value) => ({ value, label: t(`register.${value}`) })),
          ]}
          value={register}
          onChange={(e) => {
            change.reset();
            setRegister(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/register', t)}
        />
        <TextInput
          label={t('admin.users.registrationNumber')}
          value={registrationNumber}
          onChange={(e) => {
            change.reset();
            setRegistrationNumber(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/registrationNumber', t)}
        />
        <NativeSelect
          label={t('admin.users.profession')}
          description={t('admin.users.professionHint')}
          data={[
            { value: '', label: t('admin.users.professionFromRole') },
            ...PROFESSIONS.map((value) => ({ value, label: t(`profession.${value}`) })),
          ]}
          value={profession}
          onChange={(e) => {
            change.reset();
            setProfession(e.currentTarget.value);
          }}
          error={fieldMessage(change.error, '/profession', t)}
        />
        {/* A field's problem shows next to that field; the alert is for the rest (a conflict, no access). */}
        {!FIELDS.some((field) => fieldMessage(change.error, field, t)) && <ProblemAlert error={change.error} />}
        <Group>
          <Button type="submit" size="xs" loading={change.isPending}>
            {t('admin.save')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => onDone(false)}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
