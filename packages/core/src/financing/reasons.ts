import type { FinancingReason } from './types.js';

/** A reason in Dutch and English with the source it rests on (house rule 1). */
export const reason = (code: string, source: string, nl: string, en: string): FinancingReason => ({ code, source, nl, en });
