import { DateInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/nl';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDutchDate } from '../dutch-date';

/** The date pickers in the language of the screen, weeks starting on Monday (the Dutch calendar). */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'nl', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, or '' for no date. */
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** YYYY-MM-DD */
  minDate?: string;
  /** YYYY-MM-DD */
  maxDate?: string;
  clearable?: boolean;
  maw?: number | string;
  w?: number | string;
  /** Larger on the client's portal (touch). */
  size?: 'md' | 'lg';
  readOnly?: boolean;
}

/** A date input shown as dd-mm-jjjj with a Dutch calendar; the value stays YYYY-MM-DD for the API. */
export function DateField({ value, onChange, clearable = true, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...props}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      valueFormat="DD-MM-YYYY"
      dateParser={parseDutchDate}
      placeholder={t('date.placeholder')}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('date.clear') }}
      popoverProps={{ withinPortal: true }}
      ariaLabels={{
        previousMonth: t('date.previousMonth'),
        nextMonth: t('date.nextMonth'),
        previousYear: t('date.previousYear'),
        nextYear: t('date.nextYear'),
        previousDecade: t('date.previousDecade'),
        nextDecade: t('date.nextDecade'),
      }}
      // Weekend days are not shown in red: red on white is below 4.5:1 (WCAG 1.4.3).
      weekendDays={[]}
    />
  );
}
