import { enumLabel } from '@fengqiao/labels';
import { chineseDate, chinesePeriod, printedTime } from '../../common/documents/format.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import type { SubsidyLineView } from './dto/subsidy.types.js';
import { sumFen } from './money.js';
import { type Period, parsePeriod } from './period.js';
import type { PaymentRow, PaymentSheet } from './subsidy-payments.xlsx.js';
import type { PrintedSubsidyLine, StatementDocument } from './subsidy-statement.pdf.js';
import { StatementStatus, SubsidyLineKind } from './subsidy.enums.js';
import { SubsidyPolicy } from './subsidy.policy.js';
import { SubsidyService } from './subsidy.service.js';
import { readQuery } from '../../db/replicas.js';

/** The township names each adviser of the county served during the period (pairings overlapping it), `、`-joined. */
async function townshipsServed(ctx: Context, countyId: string, period: Period): Promise<Map<string, string>> {
  const rows = await readQuery<{ adviser_id: string; names: string }[]>(
    ctx.em,
    `select p.adviser_id, string_agg(distinct t.name, '、' order by t.name) as names
       from pairing p join legal_adviser a on a.id = p.adviser_id join region v on v.id = p.village_id join region t on t.id = v.parent_id
      where a.county_id = ? and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to >= ?::date)
      group by p.adviser_id`,
    [countyId, period.to, period.from],
  );
  return new Map(rows.map((r) => [r.adviser_id, r.names]));
}

/** A statement line as printed: what it pays for in words, no party and no confidential text (there is none on a line). */
function printedLine(l: SubsidyLineView): PrintedSubsidyLine {
  const isCase = l.kind === SubsidyLineKind.CASE;
  return {
    kind: enumLabel('SubsidyLineKind', l.kind),
    subject: isCase ? (l.caseNo ?? '') : l.month ? chinesePeriod(l.month) : (l.note ?? ''),
    tier: l.tier ? enumLabel('CaseTier', l.tier) : '',
    closedOn: l.closedOn ?? '',
    count: l.count,
    amountFen: l.amountFen,
    reason: l.reason ? enumLabel('NonQualifyingReason', l.reason) : '',
  };
}

/**
 * The data of the subsidy documents, gathered with the statements' own access rules (SubsidyPolicy through
 * SubsidyService): whoever may read a statement may print it, and nobody else learns whether it exists.
 */
export class SubsidyDocumentsService {
  constructor(private readonly ctx: Context) {}

  /** One adviser's statement for the period, confirmed (frozen) or a draft computed now, as the PDF prints it. */
  async statement(periodCode: string, adviserId: string, countyId: string | null | undefined): Promise<StatementDocument> {
    const period = parsePeriod(periodCode);
    if (!isId(adviserId)) throw AppError.badInput('adviserId', 'must be an id');
    const county = await new SubsidyPolicy(this.ctx).county(countyId);
    const statements = await new SubsidyService(this.ctx).statements(period.code, county.id);
    const found = statements.find((s) => s.adviser.id === adviserId);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such statement in your jurisdiction');
    const townships = await townshipsServed(this.ctx, county.id, period);
    return {
      county: county.name,
      period: chinesePeriod(period.code),
      adviser: found.adviser.name,
      townships: townships.get(adviserId) ?? '',
      status: enumLabel('StatementStatus', found.status),
      draft: found.status === StatementStatus.DRAFT,
      lines: found.lines.map(printedLine),
      totalFen: found.totalFen,
      confirmedAt: found.confirmedAt ? printedTime(found.confirmedAt) : null,
      paidOn: found.paidOn ? chineseDate(found.paidOn) : null,
      voucherNo: found.voucherNo,
    };
  }

  /**
   * The period's payment sheet (发放明细表): every confirmed or paid statement of the county the viewer may read, summed
   * per adviser and kind of line in SQL from the frozen lines (a line of a kind other than case or consultation is an
   * adjustment). One grouped statement whatever the number of advisers.
   */
  async paymentSheet(periodCode: string, countyId: string | null | undefined): Promise<PaymentSheet> {
    const period = parsePeriod(periodCode);
    const policy = new SubsidyPolicy(this.ctx);
    const county = await policy.county(countyId);
    const visible = await policy.visibleAdvisers(period);
    const rows = await readQuery<
      {
        adviser_id: string;
        name: string;
        status: StatementStatus;
        paid_on: string | null;
        voucher_no: string | null;
        case_fen: string;
        consultation_fen: string;
        adjustment_fen: string;
        total_fen: string;
      }[]
    >(
      this.ctx.em,
      `select s.adviser_id, a.name, s.status, to_char(s.paid_on, 'YYYY-MM-DD') as paid_on, s.voucher_no,
              coalesce(sum(l.amount_fen) filter (where l.kind = 'CASE'), 0) as case_fen,
              coalesce(sum(l.amount_fen) filter (where l.kind = 'CONSULTATION'), 0) as consultation_fen,
              coalesce(sum(l.amount_fen) filter (where l.kind not in ('CASE', 'CONSULTATION')), 0) as adjustment_fen,
              coalesce(sum(l.amount_fen), 0) as total_fen
         from subsidy_statement s join legal_adviser a on a.id = s.adviser_id left join subsidy_line l on l.statement_id = s.id
        where s.county_id = ? and s.period = ?
        group by s.id, a.id
        order by a.name, a.id`,
      [county.id, period.code],
    );
    const townships = await townshipsServed(this.ctx, county.id, period);
    const shown = rows.filter((r) => visible === 'all' || visible.has(r.adviser_id));
    const fen = (v: string) => {
      const n = Number(v);
      if (!Number.isSafeInteger(n)) throw new RangeError('an amount is too large to hold exactly');
      return n;
    };
    const printed: PaymentRow[] = shown.map((r) => ({
      adviser: r.name,
      townships: townships.get(r.adviser_id) ?? '',
      caseFen: fen(r.case_fen),
      consultationFen: fen(r.consultation_fen),
      adjustmentFen: fen(r.adjustment_fen),
      totalFen: fen(r.total_fen),
      status: enumLabel('StatementStatus', r.status),
      paidOn: r.paid_on ?? '',
      voucherNo: r.voucher_no ?? '',
    }));
    return {
      county: county.name,
      period: chinesePeriod(period.code),
      rows: printed,
      totals: {
        caseFen: sumFen(printed.map((r) => r.caseFen)),
        consultationFen: sumFen(printed.map((r) => r.consultationFen)),
        adjustmentFen: sumFen(printed.map((r) => r.adjustmentFen)),
        totalFen: sumFen(printed.map((r) => r.totalFen)),
      },
    };
  }
}
