import { enumLabel as label } from '@fengqiao/labels';
import { printedTime } from '../../common/documents/format.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import type { Context } from '../../context.js';
import { Person } from '../person/person.entity.js';
import { Region } from '../region/region.entity.js';
import { Agreement } from './agreement.entity.js';
import { CasePolicy } from './case.policy.js';
import { CaseService, SEALED } from './case.service.js';
import { MediationCase } from './mediation-case.entity.js';
import { MediationSession } from './mediation-session.entity.js';
import type { CaseFile } from './case-file.pdf.js';

/**
 * The case file for those entitled to it: every confidential text goes through the same guarded, audited read
 * as the GraphQL fields, so generating a file leaves the same audit trail as reading it on screen.
 */
export class CaseFileService {
  constructor(private readonly ctx: Context) {}

  async build(caseId: string): Promise<CaseFile> {
    const cases = new CaseService(this.ctx);
    const kase = await cases.byId(caseId);
    if (!kase) throw new AppError(ErrorCode.NOT_FOUND, 'No such case in your jurisdiction');
    if (!(await cases.canReadConfidential(kase)))
      throw new AppError(ErrorCode.FORBIDDEN, 'Only the case’s parties and assigned advisers may have its file');
    const [village, township, parties, advisers, sessions, agreement] = await Promise.all([
      kase.village.load() as Promise<Region>,
      kase.township.load() as Promise<Region>,
      cases.partiesByCase().load(kase.id),
      cases.advisersByCase().load(kase.id),
      cases.sessionsByCase().load(kase.id),
      cases.agreementByCase().load(kase.id),
    ]);
    const read = (
      field: string,
      entity: typeof MediationCase | typeof Agreement | typeof MediationSession | typeof Person,
      prop: string,
      rowId: string,
      at: { table: string; column: string; rowId: string },
    ) => cases.readConfidential(kase, field, entity, prop, rowId, at).then((v) => v ?? '');
    const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
    return {
      caseNo: kase.caseNo,
      village: village.name,
      township: township.name,
      fields: [
        ['纠纷类型', label('DisputeType', kase.disputeType)],
        ['案件来源', label('CaseSource', kase.source)],
        ['移送单位', kase.referrerName ?? ''],
        ['难易程度', label('CaseTier', kase.tier)],
        ['涉及金额', yuan(kase.amountFen)],
        ['收案日期', kase.receivedOn],
        ['受理日期', kase.acceptedOn ?? ''],
        ['结案日期', kase.closedOn ?? ''],
        ['案件状态', label('CaseStatus', kase.status)],
        ['调解层级', label('CaseLevel', kase.level)],
      ],
      parties: await Promise.all(
        parties.map(async (p) => {
          const person = (await p.person.load()) as Person;
          return {
            role: label('PartyRole', p.role),
            name: person.name,
            phone: person.phone ?? '',
            address: await read('party.address', Person, 'addressSealed', person.id, SEALED.address(person.id)),
            // As on the page: a party's own number in full, the other parties' masked.
            idNumber: !person.idNumberHash
              ? ''
              : (await new CasePolicy(this.ctx).mayReadIdNumberOf(p))
                ? await read('party.idNumber', Person, 'idNumberSealed', person.id, SEALED.idNumber(person.id))
                : (person.idNumberMasked ?? ''),
          };
        }),
      ),
      advisers: advisers.map((a) => a.name),
      summary: await read('summary', MediationCase, 'summarySealed', kase.id, SEALED.summary(kase.id)),
      sessions: await Promise.all(
        sessions.map(async (s) => ({
          when: printedTime(s.at),
          place: s.place,
          mode: label('SessionMode', s.mode),
          participants: s.participants,
          record: await read('session.record', MediationSession, 'recordSealed', s.id, SEALED.sessionRecord(s.id)),
        })),
      ),
      agreement: agreement
        ? {
            fields: [
              ['协议形式', label('AgreementForm', agreement.form)],
              ['签订日期', agreement.signedAt ?? ''],
              ['协议金额', yuan(agreement.amountFen)],
              ['法律顾问审查', label('ReviewStatus', agreement.reviewStatus)],
              ['司法确认', agreement.confirmationResult ? label('ConfirmationResult', agreement.confirmationResult) : '未申请'],
              ['履行情况', label('Performance', agreement.performance)],
            ],
            content: await read('agreement.content', Agreement, 'contentSealed', agreement.id, SEALED.agreementContent(agreement.id)),
            reviewComment:
              (await read('agreement.reviewComment', Agreement, 'reviewCommentSealed', agreement.id, SEALED.reviewComment(agreement.id))) || null,
          }
        : null,
    };
  }
}
