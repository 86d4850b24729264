import type { Wmo323Line } from '@meedoen/core';

/** One line of a declaration run as stored, for every route (iWmo 323, PM304, Wlz). */
export interface DeclarationLine extends Omit<Wmo323Line, 'allocationNumber' | 'productCategory'> {
  allocationNumber: string | null;
  productCategory: string | null;
  /** Route-specific fields (PM304: UZOVI, insured number, AGBs, cover, eigen risico, session; Wlz: zorgkantoor). */
  detail: Record<string, unknown> | null;
}
