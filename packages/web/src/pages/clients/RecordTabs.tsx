import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The client's record in two views: the overview (dossier) and the timeline of everything written. */
export function RecordTabs({ clientId, active }: { clientId: string; active: 'record' | 'timeline' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paths = { record: `/clienten/${clientId}`, timeline: `/clienten/${clientId}/tijdlijn` };
  return (
    <Tabs value={active} onChange={(value) => value && void navigate(paths[value as keyof typeof paths])}>
      <Tabs.List>
        <Tabs.Tab value="record">{t('timeline.record')}</Tabs.Tab>
        <Tabs.Tab value="timeline">{t('timeline.title')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
