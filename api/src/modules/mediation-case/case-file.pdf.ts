import PDFDocument from 'pdfkit';
import { cjkFonts } from '../../common/pdf/fonts.js';

export interface CaseFile {
  caseNo: string;
  village: string;
  township: string;
  fields: Array<[string, string]>;
  parties: Array<{ role: string; name: string; phone: string; idNumber: string; address: string }>;
  advisers: string[];
  summary: string;
  sessions: Array<{ when: string; place: string; mode: string; participants: string; record: string }>;
  agreement: null | { fields: Array<[string, string]>; content: string; reviewComment: string | null };
}

const INK = '#1F1F1F';
const GREY = '#666666';

/** 调解卷宗: the case file on A4, section by section, as it would be bound for the archive. */
export function renderCaseFile(file: CaseFile): Promise<Buffer> {
  const fonts = cjkFonts();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 60, right: 60 }, info: { Title: `调解卷宗 ${file.caseNo}` } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 120;

  const heading = (text: string) => {
    doc.moveDown(0.8).font('bold').fontSize(14).fillColor(INK).text(text);
    const y = doc.y + 2;
    doc
      .moveTo(60, y)
      .lineTo(60 + width, y)
      .lineWidth(0.8)
      .strokeColor('#8B2A35')
      .stroke();
    doc.moveDown(0.4);
  };
  const pairs = (rows: Array<[string, string]>) => {
    for (const [label, value] of rows) {
      doc
        .font('regular')
        .fontSize(10.5)
        .fillColor(GREY)
        .text(`${label}：`, { continued: true })
        .fillColor(INK)
        .text(value || '—');
    }
  };
  const paragraph = (text: string) => doc.font('regular').fontSize(11).fillColor(INK).text(text, { width, lineGap: 3 });

  doc.font('bold').fontSize(22).fillColor(INK).text('人民调解卷宗', { align: 'center' });
  doc.font('regular').fontSize(12).fillColor(GREY).text(`${file.caseNo}　${file.township} ${file.village}`, { align: 'center' });
  doc.font('regular').fontSize(9).fillColor('#8B2A35').text('保密：仅限当事人及承办法律顾问查阅', { align: 'center' });

  heading('一、案件登记');
  pairs(file.fields);
  pairs([['承办法律顾问', file.advisers.join('、')]]);
  heading('二、当事人');
  for (const p of file.parties) pairs([[p.role, `${p.name}　电话 ${p.phone || '—'}　身份证号 ${p.idNumber || '—'}　住址 ${p.address || '—'}`]]);
  heading('三、纠纷简要情况');
  paragraph(file.summary);
  heading('四、调解记录');
  if (!file.sessions.length) paragraph('（无）');
  file.sessions.forEach((s, i) => {
    doc
      .font('bold')
      .fontSize(11)
      .fillColor(INK)
      .text(`第${i + 1}次　${s.when}　${s.place}（${s.mode}）`);
    doc.font('regular').fontSize(10).fillColor(GREY).text(`参加人员：${s.participants}`);
    paragraph(s.record);
    doc.moveDown(0.3);
  });
  heading('五、调解协议');
  if (!file.agreement) paragraph('（未达成协议）');
  else {
    pairs(file.agreement.fields);
    doc.moveDown(0.3);
    paragraph(file.agreement.content);
    if (file.agreement.reviewComment) pairs([['法律顾问审查意见', file.agreement.reviewComment]]);
  }
  doc.end();
  return done;
}
