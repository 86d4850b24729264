import '@mantine/dates/styles.css';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/nl';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The date pickers in the language of the screen, weeks starting on Monday (the Dutch calendar). Each date and
 * month field brings it along: the date library and its styles load with the first page that has such a field,
 * not with the app's shell (issue 16).
 */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'nl', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
