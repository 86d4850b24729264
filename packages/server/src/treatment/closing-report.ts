import type { ClosingReport } from '@meedoen/core';
import PDFDocument from 'pdfkit';
import { drawProgressCharts } from '../measurement/progress-pdf.js';

const DECISION_NL: Record<string, string> = {
  stoppen: '1 — stoppen: doelen bereikt',
  afschalen: '2 — afschalen',
  continueren: '3 — continueren op hetzelfde niveau',
  intensiveren: '4 — intensiveren',
  uitblijvend_effect: '5 — uitblijvend effect: doorverwijzen',
};

/** The report as a PDF, in Dutch (it goes to a Dutch referrer). */
export function renderClosingReportPdf(
  report: ClosingReport,
  charts: Parameters<typeof drawProgressCharts>[1] = [],
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: `Afsluitverslag ${report.clientName}`, Author: report.therapistName },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Afsluitverslag behandeling');
    doc
      .moveDown(0.5)
      .fontSize(10)
      .fillColor('#444')
      .text(`Vertrouwelijk — medische gegevens van ${report.clientName} (geb. ${report.birthDate})`);
    doc.fillColor('black').moveDown();
    const field = (label: string, value: string) =>
      doc.fontSize(11).font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    field('Discipline', report.discipline.replaceAll('_', ' '));
    field('Behandelaar', report.therapistName);
    field('Verwijzer', report.referrerName);
    field('Periode', `${report.period.from} – ${report.period.to ?? 'lopend'}`);
    field('Hulpvraag', report.question);
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Doelen en behaalde resultaten');
    for (const goal of report.goals) {
      const level = goal.lastLevel === null ? 'niet geschaald' : `GAS ${goal.lastLevel > 0 ? '+' : ''}${goal.lastLevel}`;
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(`• ${goal.description} (${goal.kind}) — ${level}${goal.lastNote ? `: ${goal.lastNote}` : ''}`);
    }
    if (report.gasTScore !== null) doc.moveDown(0.5).text(`GAS T-score bij de laatste evaluatie: ${report.gasTScore.toFixed(2)}`);
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Sessies');
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(
        `${report.sessions.count} sessies; ${report.sessions.directMinutes} minuten direct, ${report.sessions.indirectMinutes} minuten indirect.`,
      );
    drawProgressCharts(doc, charts);
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Besluit');
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(report.lastDecision ? (DECISION_NL[report.lastDecision] ?? report.lastDecision) : 'Nog geen evaluatie');
    if (report.referralTarget) doc.text(`Verwezen naar: ${report.referralTarget}`);
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Advies');
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(report.advice || '—');
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Terugvalpreventie');
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(report.relapsePrevention || '—');
    doc.end();
  });
}
