import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateParameterSet,
  useParameterSets,
  useUpdateParameterSet,
  type ParameterValues,
  type StoredParameterSet,
} from '../../api/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../i18n/format';
import { ParameterSetForm } from './contracts/ParameterSetForm';
import { ParameterSetView } from './contracts/ParameterSetView';
import { draftOf, dutchDate, emptyDraft } from './contracts/parameter-draft';

type Mode =
  | { kind: 'list' }
  | { kind: 'read'; parameters: ParameterValues; isDefault: boolean }
  | { kind: 'new' }
  | { kind: 'change'; set: StoredParameterSet };

const periodOf = (p: ParameterValues) => ({ from: dutchDate(p.validFrom), until: dutchDate(p.validUntil) });

/**
 * The organisation's contracts and tariffs (issue 14): its financing parameter sets per period. The administrator
 * reads them, adds one for a new period (every field empty, or copied on request from another period) and changes one.
 */
export function ContractsPage() {
  const { t, i18n } = useTranslation();
  const sets = useParameterSets();
  const create = useCreateParameterSet();
  const update = useUpdateParameterSet();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [saved, setSaved] = useState<string | null>(null);
  const toList = () => {
    create.reset();
    update.reset();
    setMode({ kind: 'list' });
  };
  const all = sets.data ? [...sets.data.sets.map((s) => s.parameters), ...sets.data.defaults] : [];

  return (
    <Stack>
      <Title order={2}>{t('contracts.title')}</Title>
      <Text>{t('contracts.intro')}</Text>
      {sets.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={sets.error} />
      {saved && mode.kind === 'list' && (
        <Text role="status" c="teal.9">
          {saved}
        </Text>
      )}

      {sets.data && mode.kind === 'list' && (
        <>
          {sets.data.usingDefaults && (
            <Alert color="blue" title={t('contracts.defaultsTitle')}>
              {t('contracts.defaultsText', {
                periods: sets.data.defaults.map((d) => t('contracts.periodShort', periodOf(d))).join(', '),
              })}
            </Alert>
          )}
          <Stack component="ul" aria-label={t('contracts.listLabel')} gap="sm" p={0} style={{ listStyle: 'none' }}>
            {sets.data.sets.map((s) => (
              <Card withBorder component="li" key={s.id}>
                <Stack gap={4}>
                  <Text fw={700}>{t('contracts.periodText', periodOf(s.parameters))}</Text>
                  <Text size="sm" c="dimmed">
                    {s.updatedAt
                      ? t('contracts.changedBy', {
                          name: s.updatedByName ?? '—',
                          at: formatDateTime(s.updatedAt, i18n.language),
                        })
                      : t('contracts.addedBy', { name: s.createdByName ?? '—', at: formatDateTime(s.createdAt, i18n.language) })}
                  </Text>
                  <Group gap="xs" mt="xs">
                    <Button
                      variant="default"
                      onClick={() => setMode({ kind: 'read', parameters: s.parameters, isDefault: false })}
                      aria-label={t('contracts.readPeriod', periodOf(s.parameters))}
                    >
                      {t('contracts.read')}
                    </Button>
                    <Button
                      variant="default"
                      onClick={() => {
                        setSaved(null);
                        setMode({ kind: 'change', set: s });
                      }}
                      aria-label={t('contracts.changePeriod', periodOf(s.parameters))}
                    >
                      {t('contracts.change')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
            {sets.data.defaults.map((d) => (
              <Card withBorder component="li" key={d.id}>
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={700}>{t('contracts.periodText', periodOf(d))}</Text>
                    <Badge color="blue.9">{t('contracts.default')}</Badge>
                  </Group>
                  <Group gap="xs" mt="xs">
                    <Button
                      variant="default"
                      onClick={() => setMode({ kind: 'read', parameters: d, isDefault: true })}
                      aria-label={t('contracts.readPeriod', periodOf(d))}
                    >
                      {t('contracts.read')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </Stack>
          {sets.data.sets.length === 0 && <Text size="sm">{t('contracts.noneOwn')}</Text>}
          <Group>
            <Button
              onClick={() => {
                setSaved(null);
                setMode({ kind: 'new' });
              }}
            >
              {t('contracts.add')}
            </Button>
          </Group>
        </>
      )}

      {mode.kind === 'read' && (
        <Card withBorder component="section" aria-labelledby="set-read-title">
          <Title order={3} id="set-read-title" mb="sm">
            {mode.isDefault ? t('contracts.readDefaultTitle') : t('contracts.readTitle')}
          </Title>
          <ParameterSetView parameters={mode.parameters} />
          <Group mt="md">
            <Button variant="default" onClick={toList}>
              {t('contracts.back')}
            </Button>
          </Group>
        </Card>
      )}

      {mode.kind === 'new' && (
        <Card withBorder>
          <ParameterSetForm
            title={t('contracts.newTitle')}
            initial={emptyDraft()}
            copyFrom={all}
            submitLabel={t('contracts.saveNew')}
            pending={create.isPending}
            error={create.error}
            onCancel={toList}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (s) => {
                  setSaved(t('contracts.savedNew', periodOf(s.parameters)));
                  toList();
                },
              })
            }
          />
        </Card>
      )}

      {mode.kind === 'change' && (
        <Card withBorder>
          <ParameterSetForm
            title={t('contracts.changeTitle', periodOf(mode.set.parameters))}
            initial={draftOf(mode.set.parameters)}
            copyFrom={[]}
            submitLabel={t('admin.save')}
            pending={update.isPending}
            error={update.error}
            onCancel={toList}
            onSubmit={(input) =>
              update.mutate(
                { setId: mode.set.id, version: mode.set.version, body: input },
                {
                  onSuccess: (s) => {
                    setSaved(t('contracts.savedChange', periodOf(s.parameters)));
                    toList();
                  },
                },
              )
            }
          />
        </Card>
      )}
    </Stack>
  );
}
