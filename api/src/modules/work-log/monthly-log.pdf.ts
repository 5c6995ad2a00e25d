import PDFDocument from 'pdfkit';
import { cjkFonts } from '../../common/pdf/fonts.js';
import type { MonthlyLog } from './work-log.export.js';

const INK = '#1F1F1F';
const GREY = '#666666';
const RULE = '#999999';
const MARGIN = 36;

// Column titles and relative widths of the log table (A4 landscape).
const COLUMNS: Array<[string, number]> = [
  ['序号', 3],
  ['服务时间', 10],
  ['村（社区）', 7],
  ['类别', 5],
  ['方式', 3.5],
  ['服务对象', 6],
  ['联系电话', 8],
  ['服务事项', 12],
  ['服务内容', 20],
  ['时长(分)', 4],
  ['关联案件', 10],
];

/** 工作日志 of one month on A4 landscape, with the signature block the office signs on paper. */
export function renderMonthlyLog(log: MonthlyLog): Promise<Buffer> {
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: `${log.title} ${log.adviser} ${log.month}` },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - MARGIN * 2;
  const unit = width / COLUMNS.reduce((s, [, w]) => s + w, 0);
  const widths = COLUMNS.map(([, w]) => w * unit);
  const bottom = () => doc.page.height - MARGIN;

  doc.font('bold').fontSize(18).fillColor(INK).text(log.title, { align: 'center' });
  doc
    .font('regular')
    .fontSize(11)
    .fillColor(GREY)
    .text(
      `${log.month}　法律顾问：${log.adviser}　乡镇：${log.township}　状态：${log.status}　提交时间：${log.submittedAt}${log.late ? '（逾期）' : ''}`,
      { align: 'center' },
    );
  doc.moveDown(0.6);

  const header = COLUMNS.map(([t]) => t);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const heights = cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 6 }));
    const h = Math.max(...heights) + 8;
    if (doc.y + h > bottom()) {
      doc.addPage();
      doc.y = MARGIN;
      // Each page repeats the column titles.
      if (!bold) {
        row(header, true);
        doc.font('regular').fontSize(8.5);
      }
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      if (bold) doc.rect(x, top, widths[i]!, h).fillColor('#EEEEEE').fill();
      doc.rect(x, top, widths[i]!, h).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.fillColor(INK).text(c, x + 3, top + 4, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.x = MARGIN;
    doc.y = top + h;
  };

  row(header, true);
  log.rows.forEach((r, i) => {
    row(
      [
        String(i + 1),
        r.at,
        r.village,
        r.category,
        r.mode,
        r.personServed,
        r.phone,
        r.matter,
        r.venue ? `${r.content}（地点：${r.venue}，${r.attendeeCount}人）` : r.content,
        String(r.durationMin),
        r.caseNo,
      ],
      false,
    );
  });
  if (!log.rows.length) row(['', '（本月无记录）', '', '', '', '', '', '', '', '', ''], false);

  const minutes = log.rows.reduce((s, r) => s + r.durationMin, 0);
  if (doc.y + 110 > bottom()) {
    doc.addPage();
    doc.y = MARGIN;
  }
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10.5).fillColor(INK).text(`本月共服务${log.rows.length}次，合计${minutes}分钟。`, MARGIN);
  if (log.reviewComment) doc.text(`司法所意见：${log.reviewComment}${log.reviewedBy ? `（${log.reviewedBy}）` : ''}`, MARGIN);
  doc.moveDown(1.2);
  doc.text('法律顾问（签字）：____________________　　　日期：____________', MARGIN);
  doc.moveDown(1.2);
  doc.text('司法所审核意见：______________________________________　　审核人（签字）：____________　　日期：____________', MARGIN);
  doc.end();
  return done;
}
