import { Anchor, Card, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNoteSearch } from '../../api/worklist';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';

/** Full-text search over the session notes the caller may read, with Dutch stemming; each hit opens the timeline. */
export function NoteSearchPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 300);
  const search = useNoteSearch(debounced);
  return (
    <Stack>
      <Title order={2}>{t('noteSearch.title')}</Title>
      <Text c="dimmed">{t('noteSearch.help')}</Text>
      <TextInput label={t('noteSearch.query')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} type="search" />
      {search.isFetching && <Loader size="sm" aria-label={t('app.loading')} />}
      <ProblemAlert error={search.error} />
      {search.data && (
        <Text role="status">
          {search.data.items.length === 0 ? t('noteSearch.none') : t('noteSearch.count', { count: search.data.items.length })}
        </Text>
      )}
      {search.data?.items.map((hit) => (
        <Card key={hit.id} withBorder>
          <Anchor component={Link} to={`/clienten/${hit.clientId}/tijdlijn`} fw={600}>
            {hit.clientName} · {formatDate(hit.date, i18n.language)}
          </Anchor>
          <Text size="sm" c="dimmed">
            {hit.authorName}
          </Text>
          <Text mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {[hit.activities, hit.observations, hit.sessionEvaluation].filter(Boolean).join('\n')}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
