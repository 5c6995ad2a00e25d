import { Field, ID, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { CaseAdviser } from '../mediation-case/case-adviser.entity.js';
import { CasePolicy } from '../mediation-case/case.policy.js';
import { MediationCase } from '../mediation-case/mediation-case.entity.js';
import { User } from '../user/user.entity.js';
import { IdNumberReuse } from './id-number-reuse.entity.js';

@WithParent()
@ObjectType({ description: 'A case registered, before parties were kept per case, with an ID number already on file' })
export class IdNumberReuseRow {
  @Field(() => ID, { description: 'The case registered' })
  caseId!: string;

  @Field({ description: 'Its case number' })
  caseNo!: string;

  @Field(() => Date, { description: 'When it was registered' })
  registeredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who registered it (username)' })
  registeredBy!: string | null;

  @Field({ description: 'The earlier case whose party the registration was shown' })
  earlierCaseNo!: string;

  @Field({ description: 'Whether the registrant was an adviser of the earlier case, and so could read that party anyway' })
  registrantEntitled!: boolean;
}

/** The one-off report of registrations that may have used the ID-number hole, within the bureau's jurisdiction. */
export class IdNumberReuseService {
  constructor(private readonly ctx: Context) {}

  async report(): Promise<IdNumberReuseRow[]> {
    const em = this.ctx.em;
    const rows = await em.find(
      IdNumberReuse,
      { case: await new CasePolicy(this.ctx).visible() },
      {
        populate: ['case', 'earlierCase'],
        orderBy: { case: { createdAt: 'asc' }, id: 'asc' },
      },
    );
    const creators = await em.find(User, { id: { $in: rows.map((r) => r.case.createdBy?.id).filter((id): id is string => !!id) } });
    const byId = new Map(creators.map((u) => [u.id, u]));
    const assignments = await em.find(CaseAdviser, { case: { $in: rows.map((r) => r.earlierCase.id) } }, { fields: ['case', 'adviser'] });
    const advisersOf = new Set(assignments.map((a) => `${a.case.id}:${a.adviser.id}`));
    return rows.map((r) => {
      const creator = r.case.createdBy ? byId.get(r.case.createdBy.id) : undefined;
      const kase = r.case as MediationCase;
      return {
        caseId: kase.id,
        caseNo: kase.caseNo,
        registeredAt: kase.createdAt,
        registeredBy: creator?.username ?? null,
        earlierCaseNo: r.earlierCase.caseNo,
        registrantEntitled: !!creator?.adviser && advisersOf.has(`${r.earlierCase.id}:${creator.adviser.id}`),
      };
    });
  }
}
