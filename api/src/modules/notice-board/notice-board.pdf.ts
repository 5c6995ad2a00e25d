import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { chineseDate } from '../../common/documents/format.js';
import { cjkFonts } from '../../common/pdf/fonts.js';
import type { NoticeBoard, NoticeBoardPage, TownshipNoticeBoards } from './notice-board.service.js';
import { DEFAULT_SERVICE_SCOPE, DUTIES } from './notice-board.text.js';

const A4 = { width: 595.28, height: 841.89 };
const RED = '#B3261E';
const INK = '#1F1F1F';
const GREY = '#5F6368';
const PALE = '#F3F3F3';

/** pdfkit embeds JPEG and PNG (the service converts other photos); anything else is shown as the placeholder. */
const EMBEDDABLE = new Set(['image/jpeg', 'image/png']);

/** A4 PDF with the CJK fonts registered, and the promise of its bytes once `end()` is called. */
function newDocument(title: string, author: string) {
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: title, Author: author, Subject: '村（社区）法律顾问公示牌', Creator: 'Fengqiao' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  return { doc, finished };
}

const bureauOf = (county: string) => (county ? `${county}司法局` : '县司法局');
const qrPng = (url: string) => QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 8 });

/** The printable A4 notice board (公示牌) of one village, as a PDF. */
export async function renderNoticeBoard(board: NoticeBoard): Promise<Buffer> {
  const { doc, finished } = newDocument(`${board.village.name}法律顾问公示牌`, bureauOf(board.county));
  drawBoard(doc, board, await qrPng(board.qrUrl));
  doc.end();
  return finished;
}

/**
 * A township's boards in one PDF, a page per village in service: the board, or for a village without an adviser a
 * page saying so with the judicial office to call (and the QR code of its public page).
 */
export async function renderNoticeBoards(set: TownshipNoticeBoards): Promise<Buffer> {
  const { doc, finished } = newDocument(`${set.township}法律顾问公示牌`, bureauOf(set.county));
  let first = true;
  for (const page of set.pages) {
    if (!first) doc.addPage();
    first = false;
    if (page.kind === 'board') drawBoard(doc, page.board, await qrPng(page.board.qrUrl));
    else drawUncovered(doc, page, await qrPng(page.qrUrl));
  }
  if (first) {
    // No village in service: one page that says so rather than an empty file.
    doc
      .font('regular')
      .fontSize(16)
      .fillColor(INK)
      .text(`${set.township}暂无在册村（社区）。`, 62, 120, { width: A4.width - 124, align: 'center' });
  }
  doc.end();
  return finished;
}

/** The frame, the red heading band and the village's name: the top of every page. */
function drawFrame(doc: PDFKit.PDFDocument, township: string, village: string, left: number, right: number) {
  const width = right - left;
  // Frame: a heavy outer rule and a fine inner one, as on the boards posted in village offices.
  doc
    .lineWidth(3)
    .strokeColor(RED)
    .rect(20, 20, A4.width - 40, A4.height - 40)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(27, 27, A4.width - 54, A4.height - 54)
    .stroke();

  // Heading band.
  doc.rect(27, 27, A4.width - 54, 92).fill(RED);
  doc
    .fillColor('#FFFFFF')
    .font('bold')
    .fontSize(30)
    .text('村（社区）法律顾问公示牌', 27, 50, { width: A4.width - 54, align: 'center', characterSpacing: 2 });
  doc.font('bold').fillColor(INK).fontSize(24).text(`${township} ${village}`, left, 138, { width, align: 'center', characterSpacing: 1 });
  doc.moveTo(left, 178).lineTo(right, 178).lineWidth(1).strokeColor(RED).stroke();
}

/** One village's board on the current page. */
function drawBoard(doc: PDFKit.PDFDocument, board: NoticeBoard, qr: Buffer) {
  const bureau = bureauOf(board.county);
  const left = 62;
  const right = A4.width - 62;
  const width = right - left;
  drawFrame(doc, board.township, board.village.name, left, right);

  // Photo and the adviser's particulars.
  const photo = { x: left + 8, y: 198, w: 138, h: 184 };
  drawPhoto(doc, board.photo, photo);
  const colX = photo.x + photo.w + 30;
  const colW = right - colX;
  doc.font('regular').fontSize(12).fillColor(RED).text('法律顾问', colX, photo.y, { width: colW });
  doc
    .font('bold')
    .fontSize(38)
    .fillColor(INK)
    .text(board.adviser.name, colX, photo.y + 16, { width: colW, lineBreak: false });
  let y = photo.y + 78;
  const rows: Array<[string, string, number]> = [
    ['职业类别', board.adviser.profession, 14],
    ['执业机构', board.adviser.provider ?? '—', 14],
    ['服务方式', board.serviceMode, 14],
    ['联系电话', board.adviser.phone, 20],
  ];
  for (const [label, value, size] of rows) {
    doc
      .font('regular')
      .fontSize(12)
      .fillColor(GREY)
      .text(label, colX, y + (size - 12) / 2 + 1, { width: 60 });
    doc
      .font(size > 14 ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor(INK)
      .text(value, colX + 64, y, { width: colW - 64 });
    y = Math.max(doc.y, y + size + 6) + 10;
    doc
      .moveTo(colX, y - 6)
      .lineTo(right, y - 6)
      .lineWidth(0.4)
      .strokeColor('#D0D0D0')
      .stroke();
  }

  // Service scope and duties, the width of the page. The duties are fixed; the scope gets the room that is left,
  // in a smaller size when it is long, and is cut with an ellipsis rather than pushing into the footer.
  const bottom = A4.height - 180;
  const dutyOptions = { width: width - 24, lineGap: 2 };
  doc.font('regular').fontSize(12);
  const duties = DUTIES.map((duty, i) => `${i + 1}. ${duty}`);
  const dutiesHeight = 26 + duties.reduce((sum, d) => sum + doc.heightOfString(d, dutyOptions) + 5, 0);
  y = Math.max(y, photo.y + photo.h + 16) + 18;
  y = section(doc, '服务范围', left, y, width);
  const scope = board.adviser.serviceScope.trim() || DEFAULT_SERVICE_SCOPE;
  const scopeOptions = { width: width - 24, lineGap: 3 };
  const scopeRoom = bottom - 18 - dutiesHeight - 20 - y;
  doc.font('regular');
  for (const size of [14, 12.5, 11, 10, 9]) {
    doc.fontSize(size);
    if (doc.heightOfString(scope, scopeOptions) <= scopeRoom) break;
  }
  doc.fillColor(INK).text(scope, left + 12, y, { ...scopeOptions, height: scopeRoom, ellipsis: true });
  y = Math.min(doc.y, y + scopeRoom) + 20;
  y = section(doc, '工作职责', left, y, width);
  doc.font('regular').fontSize(12).fillColor(INK);
  for (const duty of duties) {
    doc.text(duty, left + 12, y, dutyOptions);
    y = doc.y + 5;
  }

  drawSupervision(doc, { township: board.township, office: board.office, qrUrl: board.qrUrl, qr, bottom, left, right });
  drawFooter(doc, bureau, board.date, left, width);
}

/** The page of a village without an adviser in service: whom to call meanwhile. */
function drawUncovered(doc: PDFKit.PDFDocument, page: Extract<NoticeBoardPage, { kind: 'uncovered' }>, qr: Buffer) {
  const left = 62;
  const right = A4.width - 62;
  const width = right - left;
  drawFrame(doc, page.township, page.village.name, left, right);
  doc.font('bold').fontSize(26).fillColor(INK).text('本村（社区）法律顾问正在安排中', left, 260, { width, align: 'center' });
  doc.font('regular').fontSize(15).fillColor(GREY).text('需要法律咨询、调解纠纷，请联系乡镇司法所：', left, 330, { width, align: 'center' });
  doc
    .font('bold')
    .fontSize(18)
    .fillColor(INK)
    .text(page.office?.name ?? `${page.township}司法所`, left, 370, { width, align: 'center' });
  doc
    .font('bold')
    .fontSize(24)
    .fillColor(RED)
    .text(`联系电话：${page.office?.phone ?? '—'}`, left, 404, { width, align: 'center' });
  const bottom = A4.height - 180;
  drawSupervision(doc, { township: page.township, office: page.office, qrUrl: page.qrUrl, qr, bottom, left, right });
  drawFooter(doc, bureauOf(page.county), page.date, left, width);
}

/** Supervision and the QR code, above the footer. */
function drawSupervision(
  doc: PDFKit.PDFDocument,
  p: { township: string; office: { name: string; phone: string } | null; qrUrl: string; qr: Buffer; bottom: number; left: number; right: number },
) {
  const { bottom, left, right } = p;
  doc.moveTo(left, bottom).lineTo(right, bottom).lineWidth(1).strokeColor(RED).stroke();
  const qrSize = 100;
  const qrX = right - qrSize;
  doc.image(p.qr, qrX, bottom + 16, { width: qrSize, height: qrSize });
  // On screen the code is also a link.
  doc.link(qrX, bottom + 16, qrSize, qrSize, p.qrUrl);
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(GREY)
    .text('扫码查看法律顾问信息', qrX - 20, bottom + 16 + qrSize + 4, { width: qrSize + 40, align: 'center' });
  const infoW = qrX - left - 20;
  doc
    .font('regular')
    .fontSize(13)
    .fillColor(INK)
    .text(`监督单位：${p.office?.name ?? `${p.township}司法所`}`, left, bottom + 20, { width: infoW });
  doc
    .font('bold')
    .fontSize(20)
    .fillColor(RED)
    .text(`监督电话：${p.office?.phone ?? '—'}`, left, bottom + 44, { width: infoW });
  doc
    .font('regular')
    .fontSize(10.5)
    .fillColor(GREY)
    .text('对法律顾问的服务有意见或建议，请拨打监督电话向司法所反映。', left, bottom + 80, { width: infoW, lineGap: 2 });
}

function drawFooter(doc: PDFKit.PDFDocument, bureau: string, date: string, left: number, width: number) {
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(GREY)
    .text(`${bureau}监制　　公示日期：${chineseDate(date)}`, left, A4.height - 48, { width, align: 'center', lineBreak: false });
}

/** A section title with a red bar at its left; returns where its body starts. */
function section(doc: PDFKit.PDFDocument, title: string, x: number, y: number, width: number): number {
  doc.rect(x, y, 4, 16).fill(RED);
  doc
    .font('bold')
    .fontSize(14)
    .fillColor(INK)
    .text(title, x + 12, y - 1, { width: width - 12, lineBreak: false });
  return y + 26;
}

function drawPhoto(doc: PDFKit.PDFDocument, photo: NoticeBoard['photo'], box: { x: number; y: number; w: number; h: number }) {
  if (photo && EMBEDDABLE.has(photo.mime)) {
    try {
      doc.save().rect(box.x, box.y, box.w, box.h).clip();
      // pdfkit reads a Buffer (or a path), and the photo arrives from the request's thread as a plain Uint8Array.
      const bytes = Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength);
      doc.image(bytes, box.x, box.y, { cover: [box.w, box.h], align: 'center', valign: 'center' });
      doc.restore();
      doc.lineWidth(1).strokeColor('#BDBDBD').rect(box.x, box.y, box.w, box.h).stroke();
      return;
    } catch {
      // An image pdfkit cannot read (e.g. an interlaced PNG) prints as the placeholder rather than failing the board.
      doc.restore();
    }
  }
  // A neutral silhouette where no photo is on file.
  doc.rect(box.x, box.y, box.w, box.h).fill(PALE);
  const cx = box.x + box.w / 2;
  doc.circle(cx, box.y + box.h * 0.36, box.w * 0.2).fill('#CFCFCF');
  doc.save().rect(box.x, box.y, box.w, box.h).clip();
  doc.ellipse(cx, box.y + box.h * 0.86, box.w * 0.38, box.h * 0.26).fill('#CFCFCF');
  doc.restore();
  doc.lineWidth(1).strokeColor('#BDBDBD').rect(box.x, box.y, box.w, box.h).stroke();
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(GREY)
    .text('照片', box.x, box.y + box.h + 6, { width: box.w, align: 'center', lineBreak: false });
}
