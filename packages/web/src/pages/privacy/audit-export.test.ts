import { describe, expect, it } from 'vitest';
import { auditCsv, exportFileName } from './audit-export';

describe('a person’s log as a file', () => {
  it('quotes every cell and doubles quotes, so a reason with semicolons or quotes stays one cell', () => {
    const text = auditCsv(['Wie', 'Reden'], [['Ingrid Meijer', 'Zei: "help"; onwel']]);
    expect(text).toBe('\uFEFF"Wie";"Reden"\r\n"Ingrid Meijer";"Zei: ""help""; onwel"\r\n');
  });

  it('names the file after the person without accents or spaces', () => {
    expect(exportFileName('Zoë van den Berg-Ösel', '2026-12-02')).toBe('logboek-zoe-van-den-berg-osel-2026-12-02.csv');
  });
});
