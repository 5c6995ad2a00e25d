import { describe, expect, it } from '@jest/globals';
import { graphql } from 'graphql';
import { Ctx, Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { getSchema } from '../../schema.js';
import { applyAccessRules, fieldsWithOwnRule, fieldsWithoutAccessRule, openBeforePasswordChange } from './guard.js';

/** The confidential text and personal data of the API: each must carry its own rule, never inherit its type's. */
const CONFIDENTIAL_FIELDS = [
  'MediationCase.summary',
  'Agreement.content',
  'Agreement.reviewComment',
  'MediationSession.record',
  // Who read the case (查阅记录): its parties, assigned advisers and the bureau (row policy `caseAccessLog`).
  'MediationCase.accessLog',
  'CaseParty.name',
  'CaseParty.phone',
  'CaseParty.idNumber',
  'CaseParty.address',
  'WorkLogEntry.personServed',
  'WorkLogEntry.phone',
  'WorkLogEntry.matter',
  'WorkLogEntry.content',
  'WorkLogEntry.photos',
  // An account's administrative state: for the holder and those who administer it (row policy `account`).
  'User.mustChangePassword',
  'User.disabled',
  'User.adviser',
];
import { registerRowPolicy } from './row-policies.js';
import { Role } from './role.js';
import { Confidential, Personal, Public, Roles, WithParent } from './rules.js';

// A resolver that forgets its rule, and an object type with one field that forgets it: the walker and the run-time
// guard must both catch them. Built into a separate schema so the real one stays clean.
// A type with one rule for all its fields, whose confidential and personal fields carry their own.
@ObjectType('ProbeCase')
@WithParent()
class ProbeCase {
  @Field()
  caseNo!: string;

  @Field(() => String, { nullable: true })
  @Confidential('probe')
  summary!: string | null;

  @Field()
  @Personal('probe', 'name')
  partyName!: string;

  @Field(() => String, { nullable: true })
  @Confidential('nobody-registered-this')
  orphan!: string | null;
}

@ObjectType('ProbeThing')
class ProbeThing {
  @Field()
  @WithParent()
  ruled!: string;

  @Field()
  unruled!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => String)
  forgotten(): string {
    return 'should never be served';
  }

  @Query(() => ProbeThing)
  @Public()
  thing(): ProbeThing {
    return { ruled: 'ok', unruled: 'leak' };
  }

  @Query(() => [ProbeCase])
  @Public()
  cases(): ProbeCase[] {
    return [
      { caseNo: 'A-1', summary: 'secret one', partyName: '张建三', orphan: 'x' },
      { caseNo: 'A-2', summary: 'secret two', partyName: '欧阳娜娜', orphan: 'y' },
    ];
  }

  @Query(() => String)
  @Roles(Role.BUREAU_ADMIN)
  bureauOnly(@Ctx() _ctx: unknown): string {
    return 'bureau';
  }
}

async function probeSchema() {
  // The probe policy entitles a viewer to the cases named in their `entitled` list.
  registerRowPolicy('probe', (ctx, row) => ((ctx.viewer as unknown as { entitled?: string[] })?.entitled ?? []).includes((row as ProbeCase).caseNo));
  return applyAccessRules(await buildSchema({ resolvers: [ProbeResolver], orphanedTypes: [ProbeThing, ProbeCase] }));
}

describe('access rules', () => {
  it('every query, mutation and object field of the API schema carries a rule', async () => {
    // On failure this lists each offending `Type.field`.
    expect(fieldsWithoutAccessRule(await getSchema())).toEqual([]);
  });

  it('every confidential and personal field of the API carries its own rule naming a registered policy', async () => {
    const own = fieldsWithOwnRule(await getSchema());
    const kinds = Object.fromEntries(CONFIDENTIAL_FIELDS.map((f) => [f, own.get(f)?.kind]));
    expect(kinds).toEqual(Object.fromEntries(CONFIDENTIAL_FIELDS.map((f) => [f, expect.stringMatching(/^(confidential|personal)$/)])));
    // And nothing else is marked so by accident: the list above is the whole of it.
    const marked = [...own]
      .filter(([, rule]) => rule.kind === 'confidential' || rule.kind === 'personal')
      .map(([f]) => f)
      .sort();
    expect(marked).toEqual([...CONFIDENTIAL_FIELDS].sort());
  });

  it('the walker names a root field and an object field that lack a rule', async () => {
    const missing = fieldsWithoutAccessRule(await probeSchema());
    expect(missing).toEqual(expect.arrayContaining(['Query.forgotten', 'ProbeThing.unruled']));
    expect(missing).not.toContain('ProbeThing.ruled');
    expect(missing).not.toContain('Query.thing');
    // Fields inherit their type's rule; a confidential rule whose policy nobody registered counts as none.
    expect(missing).not.toContain('ProbeCase.caseNo');
    expect(missing).not.toContain('ProbeCase.summary');
    expect(missing).toContain('ProbeCase.orphan');
  });

  it('a field without its own rule inherits its type’s; confidential and personal fields obey their own', async () => {
    const schema = await probeSchema();
    const source = '{ cases { caseNo summary partyName } }';
    const outsider = await graphql({ schema, source, contextValue: { viewer: { role: Role.BUREAU_ADMIN, entitled: [] } } });
    expect(outsider.errors).toBeUndefined();
    expect(outsider.data).toEqual({
      cases: [
        { caseNo: 'A-1', summary: null, partyName: '张*三' },
        { caseNo: 'A-2', summary: null, partyName: '欧**娜' },
      ],
    });
    const party = await graphql({ schema, source, contextValue: { viewer: { role: Role.PARTY, entitled: ['A-2'] } } });
    expect(party.data).toEqual({
      cases: [
        { caseNo: 'A-1', summary: null, partyName: '张*三' },
        { caseNo: 'A-2', summary: 'secret two', partyName: '欧阳娜娜' },
      ],
    });
    // A confidential field whose policy is missing is refused outright, never served.
    const orphan = await graphql({ schema, source: '{ cases { orphan } }', contextValue: { viewer: { role: Role.PARTY, entitled: ['A-1'] } } });
    expect(orphan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(orphan.errors?.[0]?.message).toContain('ProbeCase.orphan');
  });

  it('the guard refuses a field without a rule at run time, whoever asks', async () => {
    const schema = await probeSchema();
    const viewer = { id: 'x', role: Role.BUREAU_ADMIN };
    const root = await graphql({ schema, source: '{ forgotten }', contextValue: { viewer } });
    expect(root.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(root.data).toBeNull();
    const nested = await graphql({ schema, source: '{ thing { ruled unruled } }', contextValue: { viewer } });
    expect(nested.errors?.[0]?.message).toContain('ProbeThing.unruled');
    expect(nested.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a role rule refuses other roles and the anonymous', async () => {
    const schema = await probeSchema();
    const anonymous = await graphql({ schema, source: '{ bureauOnly }', contextValue: { viewer: null } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const office = await graphql({ schema, source: '{ bureauOnly }', contextValue: { viewer: { role: Role.OFFICE_STAFF } } });
    expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bureau = await graphql({ schema, source: '{ bureauOnly }', contextValue: { viewer: { role: Role.BUREAU_ADMIN } } });
    expect(bureau.data).toEqual({ bureauOnly: 'bureau' });
  });

  it('while a one-time password must be changed, only the public operations and changePassword stay open', async () => {
    const schema = await getSchema();
    const open: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        if (openBeforePasswordChange(type, field)) open.push(field.name);
      }
    }
    expect(open.sort()).toEqual(['changePassword', 'completeSetup', 'login', 'loginWithCode', 'me', 'requestLoginCode', 'setupStatus']);
    // And at run time, before the role check: the bureau-only probe refuses with the reason.
    const probe = await probeSchema();
    const refused = await graphql({
      schema: probe,
      source: '{ bureauOnly }',
      contextValue: { viewer: { role: Role.BUREAU_ADMIN, mustChangePassword: true } },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    const open2 = await graphql({
      schema: probe,
      source: '{ thing { ruled } }',
      contextValue: { viewer: { role: Role.ADVISER, mustChangePassword: true } },
    });
    expect(open2.data).toEqual({ thing: { ruled: 'ok' } });
  });
});
