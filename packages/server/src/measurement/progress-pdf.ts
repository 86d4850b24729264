import { INSTRUMENTS, type MeasurementAlert, type ProgressChart } from '@meedoen/core';

const nl = (n: number) => String(n).replace('.', ',');

/**
 * Scores per session as a line with the cut-off (dashed) and the organisation's expected band (shaded), drawn
 * as vectors in the closing report (design §6: the same chart data as the screens, no browser involved).
 */
export function drawProgressCharts(
  doc: PDFKit.PDFDocument,
  charts: readonly { chart: ProgressChart; alerts: readonly MeasurementAlert[] }[],
): void {
  if (charts.length === 0) return;
  doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Metingen');
  for (const { chart, alerts } of charts) {
    const name = INSTRUMENTS[chart.instrumentId].abbreviation;
    doc.font('Helvetica-Bold').fontSize(11).text(`${name} per sessie`);
    const left = doc.page.margins.left + 24;
    const top = doc.y + 6;
    const width = 400;
    const height = 120;
    const sessions = [...chart.points.map((p) => p.session), ...chart.expected.map((e) => e.session)];
    const first = Math.min(...sessions);
    const last = Math.max(...sessions);
    const x = (session: number) => left + (last === first ? width / 2 : ((session - first) / (last - first)) * width);
    const y = (value: number) => top + height - ((value - chart.range.min) / (chart.range.max - chart.range.min)) * height;
    doc.save().lineWidth(0.5).strokeColor('#888').rect(left, top, width, height).stroke();
    doc.font('Helvetica').fontSize(8).fillColor('#444');
    doc.text(String(chart.range.max), left - 20, y(chart.range.max) - 4, { width: 16, align: 'right' });
    doc.text(String(chart.range.min), left - 20, y(chart.range.min) - 4, { width: 16, align: 'right' });
    if (chart.expected.length > 1) {
      const [start, ...rest] = chart.expected;
      if (start) {
        doc.moveTo(x(start.session), y(start.upper));
        for (const e of rest) doc.lineTo(x(e.session), y(e.upper));
        for (const e of [...chart.expected].reverse()) doc.lineTo(x(e.session), y(e.lower));
        doc.closePath().fillColor('#cfe2ff').fill();
      }
    }
    if (chart.cutoff) {
      doc.lineWidth(1).strokeColor('#7a4100').dash(4, { space: 3 });
      doc
        .moveTo(left, y(chart.cutoff.value))
        .lineTo(left + width, y(chart.cutoff.value))
        .stroke()
        .undash();
    }
    const [p0, ...ps] = chart.points;
    if (p0) {
      doc.lineWidth(2).strokeColor('#0b5394').moveTo(x(p0.session), y(p0.total));
      for (const p of ps) doc.lineTo(x(p.session), y(p.total));
      doc.stroke();
      for (const p of chart.points) {
        const alert = alerts.some((a) => a.session === p.session);
        doc
          .circle(x(p.session), y(p.total), alert ? 4 : 2.5)
          .fillColor(alert ? '#b00020' : '#0b5394')
          .fill();
      }
    }
    for (const s of [first, last])
      doc
        .fillColor('#444')
        .fontSize(8)
        .text(`sessie ${s}`, x(s) - 20, top + height + 3, { width: 40, align: 'center' });
    doc.restore();
    doc.fillColor('black').font('Helvetica').fontSize(10);
    doc.text(chart.points.map((p) => `sessie ${p.session}: ${nl(p.total)}`).join('; '), doc.page.margins.left, top + height + 16);
    if (chart.cutoff) doc.text(`Gestippelde lijn: de grens van ${nl(chart.cutoff.value)}.`);
    if (chart.expected.length > 0) doc.text('Gekleurde band: de verwachte band van vergelijkbare cliënten van de organisatie.');
    for (const a of alerts) doc.text(`Signaal: ${a.nl}`);
    doc.moveDown(0.5);
  }
}
