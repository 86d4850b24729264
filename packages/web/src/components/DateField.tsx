import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDutchDate } from '../dutch-date';
import { DatesLocale } from './DatesLocale';

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
    <DatesLocale>
      <DateInput
        {...props}
        value={value === '' ? null : value}
        onChange={(next) => onChange(next ?? '')}
        valueFormat="DD-MM-YYYY"
        dateParser={parseDutchDate}
        placeholder={t('date.placeholder')}
        clearable={clearable}
        clearButtonProps={{ 'aria-label': t('date.clear') }}
        // No fade: a calendar half faded in has too little contrast (axe measured 4.15:1 mid-transition) and
        // adds nothing for the person picking a date.
        popoverProps={{ withinPortal: true, transitionProps: { duration: 0 } }}
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
    </DatesLocale>
  );
}
