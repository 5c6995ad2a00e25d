import PDFDocument from 'pdfkit';
import { cjkFonts } from './fonts.js';

// A printed table on A4 in the one look of the bureau's PDFs (the monthly log's): ruled cells, a grey header repeated
// on every page. Pure: it runs in the document worker threads.

const INK = '#1F1F1F';
const GREY = '#666666';
const RULE = '#999999';
export const PDF_MARGIN = 36;

export interface PdfSheet {
  doc: PDFKit.PDFDocument;
  /** Width between the margins. */
  width: number;
  /** Ends the document; resolves to its bytes. */
  end(): Promise<Buffer>;
}

/** An A4 document with the CJK fonts registered as 'regular' and 'bold'. */
export function pdfSheet(title: string, layout: 'portrait' | 'landscape'): PdfSheet {
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margins: { top: PDF_MARGIN, bottom: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN },
    lang: 'zh-CN',
    info: { Title: title, Creator: 'Fengqiao' },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    width: doc.page.width - PDF_MARGIN * 2,
    end() {
      doc.end();
      return done;
    },
  };
}

/** A centred title and an optional grey line under it. */
export function pdfTitle(sheet: PdfSheet, title: string, subtitle?: string): void {
  const { doc } = sheet;
  doc.font('bold').fontSize(17).fillColor(INK).text(title, PDF_MARGIN, doc.y, { width: sheet.width, align: 'center' });
  if (subtitle)
    doc
      .font('regular')
      .fontSize(10.5)
      .fillColor(GREY)
      .text(subtitle, PDF_MARGIN, doc.y + 2, { width: sheet.width, align: 'center' });
  doc.moveDown(0.6);
}

/** A column: its title, relative width, and whether its cells are right-aligned (amounts). */
export interface PdfColumn {
  title: string;
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** Ruled rows under a grey header; the header is repeated at the top of every page. `bold` rows are totals. */
export function pdfTable(sheet: PdfSheet, columns: PdfColumn[], rows: Array<{ cells: string[]; bold?: boolean }>, fontSize = 9): void {
  const { doc } = sheet;
  const unit = sheet.width / columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => c.weight * unit);
  const bottom = () => doc.page.height - PDF_MARGIN;
  const draw = (cells: string[], header: boolean, bold: boolean) => {
    doc.font(header || bold ? 'bold' : 'regular').fontSize(fontSize);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 6 }))) + 8;
    if (!header && doc.y + h > bottom()) {
      doc.addPage();
      doc.y = PDF_MARGIN;
      draw(
        columns.map((c) => c.title),
        true,
        false,
      );
      doc.font(bold ? 'bold' : 'regular').fontSize(fontSize);
    }
    const top = doc.y;
    let x = PDF_MARGIN;
    cells.forEach((c, i) => {
      if (header) doc.rect(x, top, widths[i]!, h).fillColor('#EEEEEE').fill();
      doc.rect(x, top, widths[i]!, h).lineWidth(0.5).strokeColor(RULE).stroke();
      const align = header ? 'center' : (columns[i]!.align ?? 'center');
      doc.fillColor(INK).text(c, x + 3, top + 4, { width: widths[i]! - 6, align });
      x += widths[i]!;
    });
    doc.x = PDF_MARGIN;
    doc.y = top + h;
  };
  draw(
    columns.map((c) => c.title),
    true,
    false,
  );
  for (const row of rows) draw(row.cells, false, row.bold ?? false);
}

/** A paragraph at the left margin; a new page first when fewer than `keep` points remain. */
export function pdfText(sheet: PdfSheet, text: string, options: { bold?: boolean; size?: number; keep?: number; gap?: number } = {}): void {
  const { doc } = sheet;
  if (doc.y + (options.keep ?? 0) > doc.page.height - PDF_MARGIN) {
    doc.addPage();
    doc.y = PDF_MARGIN;
  }
  if (options.gap) doc.moveDown(options.gap);
  doc
    .font(options.bold ? 'bold' : 'regular')
    .fontSize(options.size ?? 10.5)
    .fillColor(INK)
    .text(text, PDF_MARGIN, doc.y, { width: sheet.width });
}
