import { NumberInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface EuroInputProps {
  label: string;
  value: number | string;
  onChange: (value: number | string) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  w?: number | string;
}

/** An amount in euro as the Dutch write it: "€ 1.234,56" (comma for cents, dot between thousands). */
export function EuroInput({ onChange, ...props }: EuroInputProps) {
  return (
    <NumberInput
      {...props}
      min={0}
      decimalScale={2}
      fixedDecimalScale
      decimalSeparator=","
      thousandSeparator="."
      prefix="€ "
      hideControls
      inputMode="decimal"
      onChange={onChange}
    />
  );
}
