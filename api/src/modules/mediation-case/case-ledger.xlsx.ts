import { enumLabel as label } from '@fengqiao/labels';
import { addBodyRow, FONT, newWorkbook, styledSheet, toBuffer } from '../../common/documents/xlsx.js';

/** One row of the case ledger: metadata only. No summary, session record or agreement text ever reaches this type. */
export interface LedgerRow {
  caseNo: string;
  township: string;
  village: string;
  source: string;
  referrer: string | null;
  disputeType: string;
  tier: string;
  amountFen: number;
  receivedOn: string;
  acceptedOn: string | null;
  status: string;
  level: string;
  closedOn: string | null;
  closureReason: string | null;
  resolvedLevel: string | null;
  overdue: boolean;
  advisers: string[];
  /** Masked (张*三): a ledger travels, so it never names the parties. */
  parties: string[];
  agreementForm: string | null;
  signedAt: string | null;
  performance: string | null;
}

export const LEDGER_HEADERS = [
  '序号',
  '案号',
  '乡镇',
  '村（社区）',
  '案件来源',
  '纠纷类型',
  '难易程度',
  '涉及金额（元）',
  '收案日期',
  '受理日期',
  '办理状态',
  '办理层级',
  '是否超期',
  '结案日期',
  '结案方式',
  '化解层级',
  '承办法律顾问',
  '当事人',
  '协议形式',
  '签订日期',
  '履行情况',
];

/** The 人民调解案件登记台账 as the bureau prints it: A4 landscape, header repeated on every page. */
export async function caseLedgerWorkbook(rows: readonly LedgerRow[], title: string, period: string): Promise<Buffer> {
  const wb = newWorkbook('枫桥');
  const ws = styledSheet(wb, {
    name: '调解案件台账',
    title,
    subtitle: `收案日期：${period}　共 ${rows.length} 件　（不含案情、调解记录和协议内容；当事人姓名已脱敏）`,
    subtitleSize: 10,
    headers: LEDGER_HEADERS,
    widths: [6, 22, 10, 12, 14, 12, 8, 12, 11, 11, 10, 10, 8, 11, 12, 10, 14, 16, 10, 11, 10],
    textColumns: [2],
    frozenColumns: 2,
  });
  ws.getRow(2).font = { name: FONT, size: 10 };
  rows.forEach((r, i) => {
    const row = addBodyRow(
      ws,
      [
        i + 1,
        r.caseNo,
        r.township,
        r.village,
        label('CaseSource', r.source) + (r.referrer ? `（${r.referrer}）` : ''),
        label('DisputeType', r.disputeType),
        label('CaseTier', r.tier),
        r.amountFen / 100,
        r.receivedOn,
        r.acceptedOn ?? '',
        label('CaseStatus', r.status),
        label('CaseLevel', r.level),
        r.overdue ? '是' : '否',
        r.closedOn ?? '',
        r.closureReason ? label('ClosureReason', r.closureReason) : '',
        r.resolvedLevel ? label('CaseLevel', r.resolvedLevel) : '',
        r.advisers.join('、'),
        r.parties.join('、'),
        r.agreementForm ? label('AgreementForm', r.agreementForm) : '',
        r.signedAt ?? '',
        r.performance ? label('Performance', r.performance) : '',
      ],
      [2, 4, 17, 18],
    );
    ws.getCell(row, 8).numFmt = '#,##0.00';
  });
  return toBuffer(wb);
}
