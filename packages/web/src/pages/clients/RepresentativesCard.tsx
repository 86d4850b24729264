import { REPRESENTATION_BASES, type RepresentationBasis } from '@meedoen/core';
import { Badge, Button, Card, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import {
  useApproveRepresentative,
  useNaasteCandidates,
  useRecordRepresentative,
  type Representative,
} from '../../api/representatives';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

/**
 * The client's legal representatives (BW 7:465): who, on what basis, and whether a second professional
 * approved it. A professional on the care team records one; another approves it (four eyes).
 */
export function RepresentativesCard(props: { clientId: string; representatives: Representative[]; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const approve = useApproveRepresentative(props.clientId);
  return (
    <Card withBorder component="section" aria-labelledby="representatives-heading">
      <Title order={3} size="h4" mb="xs" id="representatives-heading">
        {t('representatives.title')}
      </Title>
      {props.representatives.length === 0 && <Text c="dimmed">{t('representatives.none')}</Text>}
      <Stack gap="xs">
        {props.representatives.map((r) => (
          <div key={r.id}>
            <Group gap="xs">
              <Text fw={600}>{r.displayName}</Text>
              <Text>· {r.basis ? t(`representation.basis.${r.basis}`) : t('representatives.noBasis')}</Text>
              {r.awaitingApproval ? (
                <Badge color="indigo.9">{t('representatives.awaiting')}</Badge>
              ) : r.active ? (
                <Badge color="teal.9">{t('representatives.active')}</Badge>
              ) : (
                <Badge color="gray.8">{t('representatives.inactive')}</Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('representatives.recordedBy', { name: r.recordedByName, date: formatDate(r.validFrom, i18n.language) })}
              {r.documentRef ? ` · ${t('representatives.document', { ref: r.documentRef })}` : ''}
              {r.approvedByName && r.approvedAt
                ? ` · ${t('representatives.approvedBy', { name: r.approvedByName, date: formatDate(r.approvedAt.slice(0, 10), i18n.language) })}`
                : ''}
            </Text>
            {r.awaitingApproval && props.canWrite && (
              <>
                {r.recordedBy === me.data?.user.id ? (
                  <Text size="sm">{t('representatives.otherApproves')}</Text>
                ) : (
                  <Button size="xs" mt={4} loading={approve.isPending} onClick={() => approve.mutate(r.id)}>
                    {t('representatives.approve', { name: r.displayName })}
                  </Button>
                )}
              </>
            )}
          </div>
        ))}
      </Stack>
      <ProblemAlert error={approve.error} />
      {props.canWrite && <RecordRepresentativeForm clientId={props.clientId} />}
    </Card>
  );
}

function RecordRepresentativeForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const candidates = useNaasteCandidates(clientId, open);
  const record = useRecordRepresentative(clientId);
  const [userId, setUserId] = useState<string | null>(null);
  const [basis, setBasis] = useState<string>('');
  const [documentRef, setDocumentRef] = useState('');
  if (!open)
    return (
      <Button variant="light" size="xs" mt="sm" onClick={() => setOpen(true)}>
        {t('representatives.record')}
      </Button>
    );
  const needsDocument = basis !== '' && basis !== 'ouderlijk_gezag';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!userId || !basis) return;
        record.mutate(
          {
            userId,
            basis: basis as RepresentationBasis,
            ...(needsDocument ? { documentRef: documentRef.trim() } : {}),
          },
          {
            onSuccess: () => {
              setOpen(false);
              setUserId(null);
              setBasis('');
              setDocumentRef('');
            },
          },
        );
      }}
    >
      <Stack mt="sm">
        <NativeSelect
          label={t('representatives.who')}
          description={candidates.data?.length === 0 ? t('representatives.noNaasten') : t('representatives.whoHint')}
          data={[
            { value: '', label: t('admin.choose') },
            ...(candidates.data ?? []).map((c) => ({ value: c.userId, label: c.displayName })),
          ]}
          value={userId ?? ''}
          onChange={(e) => setUserId(e.currentTarget.value || null)}
          required
        />
        <Radio.Group label={t('representatives.basis')} value={basis} onChange={setBasis} required>
          <Stack gap="xs" mt="xs">
            {REPRESENTATION_BASES.map((b) => (
              <Radio key={b} value={b} label={t(`representation.basis.${b}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {needsDocument && (
          <TextInput
            label={t('representatives.documentRef')}
            description={t('representatives.documentHint')}
            value={documentRef}
            onChange={(e) => setDocumentRef(e.currentTarget.value)}
            required
          />
        )}
        <ProblemAlert error={record.error} />
        <Group>
          <Button type="submit" size="xs" loading={record.isPending} disabled={!userId || !basis}>
            {t('representatives.save')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
