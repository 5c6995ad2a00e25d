// Random requests to the REST routes beside GraphQL (PDFs, workbooks, uploads, signed files), with ids from the pool
// and odd parameters; the runner reads the documents back (pdf.js, ExcelJS) before looking for canaries.
import ExcelJS from 'exceljs';
import type { FuzzOperation, IdPool } from './generator.js';
import type { Random } from './random.js';
import { pdfText } from '../work-log-fixtures.js';

const ODD = [
  '',
  'x',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  '%E4%B8%AD',
  '..%2F..%2Fetc%2Fpasswd',
  '9'.repeat(400),
  '2026-02-30',
  '2026-13',
  "'%20or%201=1",
];

export function restOperation(rng: Random, pool: IdPool, now: Date): FuzzOperation {
  const ids = (table: string) => pool.byTable.get(table) ?? [];
  const id = (table: string) =>
    encodeURIComponent(
      rng.weighted<() => string>([
        [5, () => rng.pick(ids(table).length ? ids(table) : pool.all)],
        [2, () => rng.pick(pool.hot)],
        [2, () => rng.pick(pool.all)],
        [1, () => decodeURIComponent(rng.pick(ODD))],
      ])(),
    );
  const month = () =>
    rng.weighted<string>([
      [6, new Date(now.getTime() - rng.int(0, 100) * 86_400_000).toISOString().slice(0, 7)],
      [1, rng.pick(ODD)],
    ]);
  const day = () =>
    rng.weighted<string>([
      [6, new Date(now.getTime() - rng.int(0, 900) * 86_400_000).toISOString().slice(0, 10)],
      [1, rng.pick(ODD)],
    ]);
  const year = () => rng.pick(['2024', '2025', '2026', String(now.getUTCFullYear()), '0', '99999', 'abc', '']);
  const params = (pairs: Array<[string, () => string]>) => {
    const chosen = pairs.filter(() => rng.chance(0.6)).map(([k, v]) => `${k}=${v()}`);
    if (rng.chance(0.1) && pairs.length) chosen.push(`${pairs[0]![0]}=${pairs[0]![1]()}`); // the same parameter twice
    if (rng.chance(0.05)) chosen.push(`${pairs[0]?.[0] ?? 'x'}[a]=1`); // an object
    return chosen.length ? `?${chosen.join('&')}` : '';
  };
  const [path, method] = rng.weighted<() => [string, 'GET' | 'POST']>([
    [4, () => [`/api/mediation-cases/${id('mediation_case')}/case-file.pdf`, 'GET']],
    [3, () => [`/api/mediation-cases/${id('mediation_case')}/agreement-scan`, 'GET']],
    [
      3,
      () => [
        `/api/exports/mediation-cases.xlsx${params([
          ['from', day],
          ['to', day],
          ['townshipId', () => id('region')],
          ['status', () => rng.pick(['ACCEPTED', 'IN_MEDIATION,SETTLED', 'BOGUS', ''])],
        ])}`,
        'GET',
      ],
    ],
    [2, () => [`/api/villages/${id('region')}/notice-board.pdf`, 'GET']],
    [3, () => [`/api/monthly-reports/${id('monthly_report')}/log.pdf`, 'GET']],
    [
      3,
      () => [
        `/api/exports/work-log.xlsx${params([
          ['month', month],
          ['adviserId', () => id('legal_adviser')],
        ])}`,
        'GET',
      ],
    ],
    [
      2,
      () => [
        `/api/exports/monthly-checks.xlsx${params([
          ['month', month],
          ['townshipId', () => id('region')],
        ])}`,
        'GET',
      ],
    ],
    [1, () => [`/api/exports/consultation-meetings.xlsx${params([['year', year]])}`, 'GET']],
    [
      1,
      () => [
        `/api/exports/trainings.xlsx${params([
          ['year', year],
          ['regionId', () => id('region')],
        ])}`,
        'GET',
      ],
    ],
    [
      2,
      () => [
        `/api/exports/subsidy-statement.pdf${params([
          ['period', () => rng.pick([month(), `${year()}-Q${rng.int(1, 4)}`])],
          ['adviserId', () => id('legal_adviser')],
          ['countyId', () => id('region')],
        ])}`,
        'GET',
      ],
    ],
    [1, () => [`/api/exports/subsidy-payments.xlsx${params([['period', month]])}`, 'GET']],
    [1, () => [`/api/exports/assessment.${rng.pick(['xlsx', 'pdf'])}${params([['year', year]])}`, 'GET']],
    [1, () => [`/api/roster-filings/${id('roster_filing')}.xlsx`, 'GET']],
    [1, () => ['/api/roster-import/template.xlsx', 'GET']],
    [
      1,
      () => [
        `/files/${id('attachment')}${params([
          ['exp', () => String(rng.int(0, 2_000_000_000))],
          ['sig', () => rng.pick(ODD)],
        ])}`,
        'GET',
      ],
    ],
    [1, () => ['/api/uploads', 'POST']],
    [1, () => [`/api/${rng.pick(['nothing', 'exports/secret.xlsx', 'mediation-cases/x/case-file.pdf/extra'])}`, 'GET']],
  ])();
  const upload = method === 'POST';
  const bodyBytes = upload ? rng.pick(['', 'GIF89a', '\u0089PNG\r\n\u001a\n', '%PDF-1.4', 'x'.repeat(rng.int(1, 4000))]) : '';
  return {
    kind: 'malformed',
    variant: 'rest',
    field: path.split('?')[0]!.replace(/[0-9a-f-]{36}/g, ':id'),
    method,
    path,
    body: bodyBytes,
    contentType: upload ? rng.pick(['image/png', 'image/jpeg', 'application/pdf', 'text/plain', 'application/json', '']) : '',
  };
}

/** The text a reader would see in a response: a PDF's pages, a workbook's cells, or the body as it is. */
export async function readableText(contentType: string | null, bytes: Buffer): Promise<string> {
  if (contentType?.includes('application/pdf')) return (await pdfText(bytes)).replace(/\s+/g, '');
  if (contentType?.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const cells: string[] = [];
    wb.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text ?? ''))));
    });
    return `${cells.join('\n')}\n${cells.join('').replace(/\s+/g, '')}`;
  }
  return bytes.toString('utf8');
}
