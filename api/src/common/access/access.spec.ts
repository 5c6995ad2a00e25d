import { describe, expect, it } from '@jest/globals';
import { graphql } from 'graphql';
import { Ctx, Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { getSchema } from '../../schema.js';
import { AccessGuard, fieldsWithoutAccessRule } from './guard.js';
import { Role } from './role.js';
import { Public, Roles, WithParent } from './rules.js';

// A resolver that forgets its rule, and an object type with one field that forgets it: the walker and the run-time
// guard must both catch them. Built into a separate schema so the real one stays clean.
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

  @Query(() => String)
  @Roles(Role.BUREAU_ADMIN)
  bureauOnly(@Ctx() _ctx: unknown): string {
    return 'bureau';
  }
}

async function probeSchema() {
  return buildSchema({ resolvers: [ProbeResolver], globalMiddlewares: [AccessGuard], orphanedTypes: [ProbeThing] });
}

describe('access rules', () => {
  it('every query, mutation and object field of the API schema carries a rule', async () => {
    // On failure this lists each offending `Type.field`.
    expect(fieldsWithoutAccessRule(await getSchema())).toEqual([]);
  });

  it('the walker names a root field and an object field that lack a rule', async () => {
    const missing = fieldsWithoutAccessRule(await probeSchema());
    expect(missing).toEqual(expect.arrayContaining(['Query.forgotten', 'ProbeThing.unruled']));
    expect(missing).not.toContain('ProbeThing.ruled');
    expect(missing).not.toContain('Query.thing');
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
});
