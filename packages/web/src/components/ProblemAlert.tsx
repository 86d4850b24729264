import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Any API error, in the user's language: the code's message, and the fields it concerns. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'server.internal';
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <Alert color="red" role="alert" title={t(`problem.${code}`)}>
      {fields.length > 0 && (
        <>
          {t('problem.fieldErrors')}
          <List size="sm">
            {fields.map((field) => (
              <List.Item key={field.path}>{field.path.replace(/^\/body\//, '')}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
