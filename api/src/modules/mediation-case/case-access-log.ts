import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { WithParent } from '../../common/access/rules.js';
import { loader } from '../../common/graphql/loaders.js';
import { maskName } from '../../common/validation/mask.js';
import type { Context } from '../../context.js';
import { READ_CONFIDENTIAL } from '../audit/audit.service.js';
import { CasePolicy } from './case.policy.js';

/** Reads listed per case at most, newest first: a case is read a few dozen times in its life. */
export const ACCESS_LOG_MAX = 200;

/** One read of a case's confidential text (查阅记录): who read, when, and which fields, from the audit trail. */
@WithParent()
@ObjectType({ description: '查阅记录: one request that read the case’s confidential text' })
export class CaseRead {
  @Field(() => Date, { description: 'When it was read (the request’s first audited read)' })
  at!: Date;

  @Field(() => Role, { description: 'The reader’s role (法律顾问, 当事人, …)' })
  readerRole!: Role;

  @Field({
    description:
      'The reader’s name; another party’s is masked (张*三) for the parties and the bureau, in full for the case’s advisers and for the reader themself',
  })
  readerName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The reader’s organisation: an adviser’s provider (服务机构), an office’s 司法所, a bureau’s 司法局; null for a party',
  })
  organisation?: string | null;

  @Field(() => [String], { description: 'The confidential fields read, e.g. summary, agreement.content, agreement.scan' })
  fields!: string[];

  @Field({ description: 'Whether you are the reader' })
  you!: boolean;
}

interface ReadRow {
  case_id: string;
  actor_id: string;
  at: Date;
  fields: string[];
  role: Role;
  display_name: string;
  adviser_name: string | null;
  provider_name: string | null;
  region_name: string | null;
}

function organisationOf(row: ReadRow): string | null {
  switch (row.role) {
    case Role.ADVISER:
      return row.provider_name;
    case Role.OFFICE_STAFF:
      return row.region_name ? `${row.region_name}司法所` : null;
    case Role.BUREAU_ADMIN:
      return row.region_name ? `${row.region_name}司法局` : null;
    default:
      return null;
  }
}

/**
 * The access log of a page of cases, in one query: the audit trail's READ_CONFIDENTIAL events of each case (archived
 * months included until they are dropped: the view audit_trail), one entry
 * per request and reader. Whether the viewer may read it at all is the policy's (`readsAccessLog`, applied as the
 * field's rule); here only the masking of party readers, which the policy also decides.
 */
export function accessLogByCase(ctx: Context) {
  const policy = new CasePolicy(ctx);
  const reads = loader<string, ReadRow[]>(
    ctx,
    'case:accessLog',
    async (caseIds) => {
      const rows = await ctx.em.execute<ReadRow[]>(
        `select * from (
           select g.*, row_number() over (partition by g.case_id order by g.at desc, g.request_id) as n from (
             select e.entity_id::text as case_id, e.actor_id::text as actor_id, e.request_id, min(e.at) as at,
                    array_agg(distinct e.field order by e.field) filter (where e.field is not null) as fields,
                    u.role, u.display_name, a.name as adviser_name, p.name as provider_name, r.name as region_name
               from audit_trail e
               join app_user u on u.id = e.actor_id
               left join legal_adviser a on a.id = u.adviser_id
               left join provider p on p.id = a.provider_id
               left join region r on r.id = u.scope_region_id
              where e.action = ? and e.entity_type = 'MediationCase' and e.entity_id = any(?::uuid[])
              group by e.entity_id, e.actor_id, e.request_id, u.role, u.display_name, a.name, p.name, r.name
           ) g
         ) t where t.n <= ? order by t.at desc, t.request_id`,
        [READ_CONFIDENTIAL, `{${caseIds.join(',')}}`, ACCESS_LOG_MAX],
      );
      const byCase = new Map<string, ReadRow[]>();
      for (const row of rows) {
        const list = byCase.get(row.case_id);
        if (list) list.push(row);
        else byCase.set(row.case_id, [row]);
      }
      return byCase;
    },
    [],
  );
  return {
    async load(caseId: string): Promise<CaseRead[]> {
      const [rows, fullNames] = await Promise.all([reads.load(caseId), policy.seesPartyReaderNames(caseId)]);
      const viewerId = ctx.viewer?.id;
      return rows.map((row) => {
        const you = row.actor_id === viewerId;
        const masked = row.role === Role.PARTY && !you && !fullNames;
        // An adviser by their roster name (法律顾问 李明华), not the account's display name with its role in it.
        const name = row.adviser_name ?? row.display_name;
        return {
          at: new Date(row.at),
          readerRole: row.role,
          readerName: masked ? maskName(name) : name,
          organisation: organisationOf(row),
          fields: row.fields ?? [],
          you,
        };
      });
    },
  };
}
