/** One cell of a CSV file as spreadsheet programs read it: always quoted, quotes doubled. */
function cell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * A person's log as a CSV file for the privacy officer to hand over or keep (NEN 7513 §9: the client may ask who
 * looked; AVG art. 15: a copy). Semicolons and a byte-order mark, so Dutch spreadsheet programs open it as columns.
 */
export function auditCsv(header: string[], rows: string[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** A file name from a person's name and a date: letters, digits and dashes only. */
export function exportFileName(name: string, date: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `logboek-${slug}-${date}.csv`;
}

/** Offer the text as a download in the browser. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
