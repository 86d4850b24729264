import type { ReportTable } from '@meedoen/core';
import ExcelJS from 'exceljs';

/**
 * A report as a file. CSV: UTF-8 with a byte-order mark, semicolons and CRLF, as Dutch spreadsheet
 * programs open it; a text starting with = + - @ gets a leading apostrophe so a spreadsheet never runs
 * it as a formula (CSV injection). XLSX: one sheet with a bold header row, numbers as numbers.
 */
export function reportCsv(table: ReportTable): Buffer {
  const field = (value: string | number): string => {
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [table.columns.map((c) => field(c.header)), ...table.rows.map((row) => row.map(field))].map((cells) =>
    cells.join(';'),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function reportXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Meedoen';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
