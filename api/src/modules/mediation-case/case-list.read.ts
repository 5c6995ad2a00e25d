import { raw } from '@mikro-orm/postgresql';
import { withPreloaded, type ListRead } from '../../common/graphql/list-engine.js';
import type { Shape } from '../../common/graphql/selection.js';
import { MediationCase } from './mediation-case.entity.js';

/**
 * The case list read without entities (issue 11: a county's list at a third of PostGraphile's throughput, most of
 * the API's time spent making some 150 entities a page). One statement reads the page with what a list row shows of
 * its relations, as JSON; the field resolvers take those from the row (`preloaded`) instead of loading them.
 *
 * It serves only the selections in `CASE_ROW_SHAPE`: metadata, never confidential text, so nothing here is audited,
 * and the parties' names and phones still pass through their `@Personal` rule (masked unless the viewer is in the
 * case) like an entity's. Any other selection (a party's ID number, the sessions, the summary…) is read as entities.
 */
export const CASE_ROW_SHAPE: Shape = {
  id: true,
  caseNo: true,
  status: true,
  level: true,
  source: true,
  referrerKind: true,
  referrerName: true,
  disputeType: true,
  amountFen: true,
  tier: true,
  resolvedLevel: true,
  receivedOn: true,
  acceptedOn: true,
  closedOn: true,
  closureReason: true,
  createdAt: true,
  version: true,
  deadline: true,
  overdue: true,
  needsAdviser: true,
  canReadConfidential: true,
  leadAdviserId: true,
  village: { id: true, name: true, code: true, kind: true, demo: true },
  township: { id: true, name: true, code: true, level: true },
  advisers: { id: true, name: true, status: true },
  parties: { id: true, role: true, name: true, phone: true },
  agreement: {
    id: true,
    form: true,
    amountFen: true,
    signedAt: true,
    reviewStatus: true,
    reviewedAt: true,
    confirmationAppliedOn: true,
    confirmationCourt: true,
    confirmationResult: true,
    confirmationRulingNo: true,
    confirmationDecidedOn: true,
    confirmationDeadline: true,
    confirmationDueSoon: true,
    performance: true,
    version: true,
  },
};

const jsonList = (item: string, from: string, order: string) => `coalesce((select json_agg(${item} order by ${order}) ${from}), '[]'::json)`;

interface AgreementJson {
  reviewedAt: string | null;
  [column: string]: unknown;
}

export const CASE_LIST_READ: ListRead<MediationCase> = {
  shape: CASE_ROW_SHAPE,
  select: () => [
    raw(
      `(select json_build_object('id', r.id, 'name', r.name, 'code', r.code, 'kind', r.kind, 'demo', r.demo) from region r where r.id = e.village_id) as village_row`,
    ),
    raw(
      `(select json_build_object('id', r.id, 'name', r.name, 'code', r.code, 'level', r.level) from region r where r.id = e.township_id) as township_row`,
    ),
    raw(
      `${jsonList(
        `json_build_object('id', a.id, 'name', a.name, 'status', a.status)`,
        'from case_adviser ca join legal_adviser a on a.id = ca.adviser_id where ca.case_id = e.id and ca.ended_at is null',
        'ca.id',
      )} as adviser_rows`,
    ),
    raw(`(select ca.adviser_id from case_adviser ca where ca.case_id = e.id and ca.ended_at is null and ca.lead) as lead_adviser_id`),
    raw(
      `${jsonList(
        `json_build_object('id', cp.id, 'role', cp.role, 'person', json_build_object('id', pe.id, 'name', pe.name, 'phone', pe.phone))`,
        'from case_party cp join person pe on pe.id = cp.person_id where cp.case_id = e.id',
        'cp.role, cp.id',
      )} as party_rows`,
    ),
    raw(
      `(select json_build_object('id', g.id, 'form', g.form, 'amountFen', g.amount_fen, 'signedAt', g.signed_at, 'reviewStatus', g.review_status,
        'reviewedAt', g.reviewed_at, 'confirmationAppliedOn', g.confirmation_applied_on, 'confirmationCourt', g.confirmation_court,
        'confirmationResult', g.confirmation_result, 'confirmationRulingNo', g.confirmation_ruling_no,
        'confirmationDecidedOn', g.confirmation_decided_on, 'performance', g.performance, 'version', g.version)
        from agreement g where g.case_id = e.id) as agreement_row`,
    ),
  ],
  item: (row) => {
    const { village_row, township_row, adviser_rows, lead_adviser_id, party_rows, agreement_row, ...columns } = row;
    const kase = columns as unknown as MediationCase;
    const agreement = agreement_row as AgreementJson | null;
    // A party row, like a party entity, names its case (the row policies find the case through it) and its person.
    const parties = (party_rows as Array<Record<string, unknown>>).map(({ person, ...party }) =>
      withPreloaded({ ...party, case: { id: kase.id } }, { person }),
    );
    return withPreloaded(kase, {
      village: village_row,
      township: township_row,
      advisers: adviser_rows,
      leadAdviserId: lead_adviser_id ?? null,
      parties,
      agreement: agreement
        ? { ...agreement, case: { id: kase.id }, reviewedAt: agreement.reviewedAt === null ? null : new Date(agreement.reviewedAt) }
        : null,
    });
  },
};
