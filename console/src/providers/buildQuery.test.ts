import { buildSchema, introspectionFromSchema, print, type IntrospectionObjectType } from 'graphql';
import { introspectSchema } from 'ra-data-graphql';
import { describe, expect, it } from 'vitest';
import {
  buildMutation,
  buildQueryFactory,
  namedType,
  operationNamesFor,
  resourceOperations,
  screamingCase,
  selectionFor,
  recordToInput,
  toSkipTake,
  UnsupportedOperationError,
  type IntrospectionResults,
} from './buildQuery';
import { introspectionSchema } from './schema';
import { DETAIL_SELECTIONS, LIST_OMITTED, LIST_SELECTIONS } from './selections';

async function introspect(schema = introspectionSchema): Promise<IntrospectionResults> {
  const results = await introspectSchema(null as never, { schema, operationNames: operationNamesFor(schema) });
  return results as unknown as IntrospectionResults;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('resourceOperations', () => {
  it('finds the list and singular queries of the resources in the committed schema', () => {
    const ops = resourceOperations(introspectionSchema);
    expect(ops.Region).toEqual({ list: 'regions', one: 'region' });
    expect(ops.User).toEqual({ list: 'users', one: 'user' });
    // `me` takes no id, `RegionList` is the list's wrapper, not a resource.
    expect(Object.values(ops).some((o) => o.one === 'me')).toBe(false);
    expect(ops.RegionList).toBeUndefined();
  });

  it('pairs every list query with the type its items have', () => {
    const ops = resourceOperations(introspectionSchema);
    const query = introspectionSchema.types.find((t) => t.name === 'Query') as IntrospectionObjectType;
    for (const [type, { list, one }] of Object.entries(ops)) {
      if (list) expect(namedType(query.fields.find((f) => f.name === list)!.type).name).toBe(`${type}List`);
      if (one) expect(namedType(query.fields.find((f) => f.name === one)!.type).name).toBe(type);
    }
  });

  it('ignores queries off the convention: list without options wrapper, singular without a lone id', () => {
    const schema = introspectionFromSchema(
      buildSchema(`
        type Query { coverage(regionId: ID): Coverage! rosterOn(date: String!): [Entry!]! entry(id: ID!, asOf: String): Entry }
        type Coverage { ratio: Float! }
        type Entry { id: ID! name: String! }
      `),
    ).__schema;
    expect(resourceOperations(schema)).toEqual({});
  });

  it('makes ra-data-graphql register exactly the resources that follow the list convention', async () => {
    const results = await introspect();
    expect(results.resources.map((r) => r.type.name).sort()).toEqual(Object.keys(resourceOperations(introspectionSchema)).sort());
    const region = results.resources.find((r) => r.type.name === 'Region')!;
    expect((region.GET_LIST as { name: string }).name).toBe('regions');
    expect((region.GET_ONE as { name: string }).name).toBe('region');
    expect((region.GET_MANY as { name: string }).name).toBe('regions');
    expect((region.GET_MANY_REFERENCE as { name: string }).name).toBe('regions');
  });
});

describe('screamingCase', () => {
  it('spells react-admin sort fields as the API sort enum does', () => {
    expect(screamingCase('name')).toBe('NAME');
    expect(screamingCase('displayName')).toBe('DISPLAY_NAME');
    expect(screamingCase('parent.name')).toBe('PARENT_NAME');
    expect(screamingCase('caseNo')).toBe('CASE_NO');
  });
});

describe('toSkipTake', () => {
  it('turns pages into skip/take and caps take at 100', () => {
    expect(toSkipTake({ page: 1, perPage: 10 })).toEqual({ skip: 0, take: 10 });
    expect(toSkipTake({ page: 3, perPage: 25 })).toEqual({ skip: 50, take: 25 });
    expect(toSkipTake({ page: 2, perPage: 500 })).toEqual({ skip: 100, take: 100 });
  });
});

describe('selectionFor', () => {
  it('selects scalars and enums, and { id label } for related objects', async () => {
    const results = await introspect();
    const region = results.resources.find((r) => r.type.name === 'Region')!.type;
    expect(selectionFor(region, results.types).split(' ')).toEqual(
      expect.arrayContaining(['code', 'demo', 'id', 'kind', 'level', 'name', 'terrain']),
    );
    expect(selectionFor(region, results.types)).toContain('parent { id name }');
    const user = results.resources.find((r) => r.type.name === 'User')!.type;
    expect(selectionFor(user, results.types)).toContain('scopeRegion { id name }');
  });

  it('skips fields that need arguments, objects without ids and omitted fields', () => {
    const schema = introspectionFromSchema(
      buildSchema(`
        type Query { things(options: ThingListOptions): ThingList! thing(id: ID!): Thing }
        input ThingListOptions { skip: Int take: Int }
        type ThingList { items: [Thing!]! totalItems: Int! }
        type Money { amount: Int! currency: String! }
        type Person { id: ID! displayName: String! phone: String }
        type Thing {
          id: ID!
          title: String!
          secret: String
          price: Money
          owners: [Person!]!
          history(limit: Int): [String!]!
          translated(lang: String!): String
        }
      `),
    ).__schema;
    const thing = schema.types.find((t) => t.name === 'Thing') as IntrospectionObjectType;
    expect(selectionFor(thing, schema.types, { omitFields: { Thing: ['secret'] } })).toBe('id title history');
    expect(selectionFor(thing, schema.types, { omitFields: { Thing: ['secret'] }, toMany: true })).toBe('id title owners { id displayName } history');
  });
});

describe('buildQuery', () => {
  it('GET_LIST: options with skip/take, screaming-case sort and a filter of known keys only', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    const built = buildQuery('GET_LIST', 'regions', {
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'DESC' },
      filter: { q: '天宁', level: 'VILLAGE', terrain: '', unknown: 'x', kind: 'NOT_A_KIND' },
    });
    expect(built.variables).toEqual({
      options: {
        skip: 10,
        take: 10,
        sort: [{ field: 'NAME', order: 'DESC' }],
        filter: { q: '天宁', level: 'VILLAGE' },
      },
    });
    const printed = squash(print(built.query));
    expect(printed).toMatch(/^query regions\(\$options: RegionListOptions\) \{ regions\(options: \$options\) \{ items \{ /);
    expect(printed).toContain('parent { id name }');
    expect(printed).toMatch(/totalItems totalItemsExact \} \}$/);
    expect(built.parseResponse({ data: { regions: { items: [{ id: '1', name: '天宁镇' }], totalItems: 42, totalItemsExact: true } } })).toEqual({
      data: [{ id: '1', name: '天宁镇' }],
      total: 42,
      meta: { totalExact: true },
    });
    // Past the API's cap of 10,000 the total is a floor, and the pagination says so.
    expect(built.parseResponse({ data: { regions: { items: [{ id: '1', name: '天宁镇' }], totalItems: 10000, totalItemsExact: false } } })).toEqual({
      data: [{ id: '1', name: '天宁镇' }],
      total: 10000,
      meta: { totalExact: false },
    });
  });

  it('GET_LIST: drops a sort the API does not offer (react-admin defaults to id)', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    const built = buildQuery('GET_LIST', 'users', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(built.variables).toEqual({ options: { skip: 0, take: 25 } });
    const sorted = buildQuery('GET_LIST', 'users', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'displayName', order: 'ASC' },
      filter: { role: 'ADVISER' },
    });
    expect(sorted.variables).toEqual({
      options: { skip: 0, take: 25, sort: [{ field: 'DISPLAY_NAME', order: 'ASC' }], filter: { role: 'ADVISER' } },
    });
  });

  it('accepts the type name as resource name too', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    const built = buildQuery('GET_LIST', 'Region', { pagination: { page: 1, perPage: 5 } });
    expect(squash(print(built.query))).toContain('regions(options: $options)');
  });

  it('GET_ONE: the singular query by id', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    const built = buildQuery('GET_ONE', 'regions', { id: 'r-1' });
    expect(built.variables).toEqual({ id: 'r-1' });
    const printed = squash(print(built.query));
    expect(printed).toMatch(/^query region\(\$id: ID!\) \{ region\(id: \$id\) \{ /);
    expect(printed).toContain('parent { id name }');
    expect(built.parseResponse({ data: { region: { id: 'r-1', name: '天宁镇' } } })).toEqual({
      data: { id: 'r-1', name: '天宁镇' },
    });
    expect(() => built.parseResponse({ data: { region: null } })).toThrow('ra.notification.item_doesnt_exist');
  });

  it('GET_MANY: the list query filtered by ids', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    const built = buildQuery('GET_MANY', 'regions', { ids: ['a', 'b', 3] });
    expect(built.variables).toEqual({ options: { skip: 0, take: 3, filter: { ids: ['a', 'b', '3'] } } });
    expect(squash(print(built.query))).toMatch(/^query regionsByIds\(\$options: RegionListOptions\) \{ regions\(/);
    // Records looked up by id need no count, and the API counts only when asked.
    expect(squash(print(built.query))).not.toContain('totalItems');
    expect(built.parseResponse({ data: { regions: { items: [{ id: 'a' }, { id: 'b' }] } } })).toEqual({
      data: [{ id: 'a' }, { id: 'b' }],
    });
  });

  it('GET_MANY_REFERENCE: the list query filtered by the target, with its own filter, sort and page', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    const built = buildQuery('GET_MANY_REFERENCE', 'regions', {
      target: 'parentId',
      id: 'township-1',
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'code', order: 'ASC' },
      filter: { kind: 'COMMUNITY' },
    });
    expect(built.variables).toEqual({
      options: {
        skip: 0,
        take: 50,
        sort: [{ field: 'CODE', order: 'ASC' }],
        filter: { kind: 'COMMUNITY', parentId: 'township-1' },
      },
    });
    expect(squash(print(built.query))).toMatch(/^query regionsByReference\(\$options: RegionListOptions\)/);
    expect(built.parseResponse({ data: { regions: { items: [{ id: 'v1' }], totalItems: 17, totalItemsExact: true } } })).toEqual({
      data: [{ id: 'v1' }],
      total: 17,
      meta: { totalExact: true },
    });
    // A relation name maps to its id filter.
    const byRelation = buildQuery('GET_MANY_REFERENCE', 'regions', { target: 'parent', id: 'x' });
    expect(byRelation.variables).toEqual({ options: { skip: 0, take: 25, filter: { parentId: 'x' } } });
    expect(() => buildQuery('GET_MANY_REFERENCE', 'regions', { target: 'owner', id: 'x' })).toThrow(/owner/);
  });

  it('coerces filter values from the URL to the input types', () => {
    const schema = introspectionFromSchema(
      buildSchema(`
        type Query { things(options: ThingListOptions): ThingList! }
        input ThingListOptions { skip: Int take: Int filter: ThingFilter }
        input ThingFilter { ids: [ID!] open: Boolean minAmount: Int q: String }
        type ThingList { items: [Thing!]! totalItems: Int! }
        type Thing { id: ID! }
      `),
    ).__schema;
    const results = {
      types: schema.types,
      queries: [],
      schema,
      resources: [
        {
          type: schema.types.find((t) => t.name === 'Thing') as IntrospectionObjectType,
          GET_LIST: (schema.types.find((t) => t.name === 'Query') as IntrospectionObjectType).fields[0]!,
        },
      ],
    };
    const built = buildQueryFactory(results)('GET_LIST', 'things', {
      pagination: { page: 1, perPage: 10 },
      filter: { ids: 7, open: 'true', minAmount: '120', q: '  ' },
    });
    expect(built.variables).toEqual({ options: { skip: 0, take: 10, filter: { ids: ['7'], open: true, minAmount: 120 } } });
  });

  it('refuses what the API has no mutation for (deletes, bulk updates, creating or deleting regions)', async () => {
    const buildQuery = buildQueryFactory(await introspect());
    // Regions come from the import of the official codes: none is created or deleted by hand.
    for (const fetchType of ['CREATE', 'DELETE', 'DELETE_MANY', 'UPDATE_MANY']) {
      expect(() => buildQuery(fetchType, 'regions', { data: {} })).toThrow(UnsupportedOperationError);
    }
    for (const fetchType of ['DELETE', 'DELETE_MANY', 'UPDATE_MANY']) {
      expect(() => buildQuery(fetchType, 'legalAdvisers', { id: 'a', data: {} })).toThrow(UnsupportedOperationError);
    }
    expect(() => buildQuery('GET_LIST', 'nonesuches', {})).toThrow(/Unknown resource nonesuches/);
  });
});

const inputType = (name: string) => introspectionSchema.types.find((t) => t.name === name) as import('graphql').IntrospectionInputObjectType;

describe('recordToInput', () => {
  it("keeps the input type's fields only, coerced, with a relation's id from the related object", () => {
    const record = {
      id: 'a1',
      name: '李明华',
      gender: 'MALE',
      phone: '13935800001',
      profession: 'LAWYER',
      licenceNo: '11411202010000001',
      provider: { id: 'p2', name: '山西卦山律师事务所' },
      serviceScope: '法律咨询',
      version: 3,
      history: [{ id: 'e1' }],
      villages: [{ id: 'v1' }],
      status: 'ACTIVE',
      reason: '换号',
    };
    expect(recordToInput(inputType('UpdateLegalAdviserInput'), record, introspectionSchema.types)).toEqual({
      name: '李明华',
      gender: 'MALE',
      phone: '13935800001',
      profession: 'LAWYER',
      licenceNo: '11411202010000001',
      providerId: 'p2',
      serviceScope: '法律咨询',
      version: 3,
      reason: '换号',
    });
  });

  it('sends an emptied optional field as null (cleared) and drops an emptied required one (the API decides)', () => {
    expect(recordToInput(inputType('ProviderInput'), { name: '', kind: 'LAW_FIRM', phone: null, address: '  ' }, introspectionSchema.types)).toEqual({
      kind: 'LAW_FIRM',
      phone: null,
      address: null,
    });
  });

  it('prefers an explicit id field over the related object, and ignores a bad enum value', () => {
    expect(
      recordToInput(
        inputType('CreateLegalAdviserInput'),
        { providerId: 'p9', provider: { id: 'p1' }, profession: 'ASTRONAUT', joinedOn: '2026-01-05' },
        introspectionSchema.types,
      ),
    ).toEqual({ providerId: 'p9', joinedOn: '2026-01-05' });
  });
});

describe('buildQuery mutations', () => {
  const factory = async () => buildQueryFactory(await introspect(), { nested: DETAIL_SELECTIONS });

  it('CREATE: create<Type>(input) from the form, answering the created record', async () => {
    const buildQuery = await factory();
    const built = buildQuery('CREATE', 'pairings', {
      data: { villageId: 'v1', adviserId: 'a1', validFrom: '2026-11-28', validTo: '', deputyDirector: true, unknown: 1 },
    });
    expect(built.variables).toEqual({
      input: { villageId: 'v1', adviserId: 'a1', validFrom: '2026-11-28', validTo: null, deputyDirector: true },
    });
    const printed = squash(print(built.query));
    expect(printed).toMatch(/^mutation createPairing\(\$input: CreatePairingInput!\) \{ createPairing\(input: \$input\) \{ /);
    expect(printed).toContain('village { id name code township { id name } }');
    expect(built.parseResponse({ data: { createPairing: { id: 'p1', active: true } } })).toEqual({ data: { id: 'p1', active: true } });
  });

  it('UPDATE: update<Type>(id, input) with the version the form was loaded at', async () => {
    const buildQuery = await factory();
    const record = { id: 'a1', name: '李明华', version: 2, provider: { id: 'p1', name: 'x' }, history: [] };
    const built = buildQuery('UPDATE', 'legalAdvisers', {
      id: 'a1',
      data: { ...record, phone: '13900000000', reason: '换号' },
      previousData: { ...record, version: 5 },
    });
    // The form's own version wins: it is the one the person edited.
    expect(built.variables).toEqual({
      id: 'a1',
      input: { name: '李明华', version: 2, providerId: 'p1', phone: '13900000000', reason: '换号' },
    });
    expect(squash(print(built.query))).toMatch(
      /^mutation updateLegalAdviser\(\$id: ID!, \$input: UpdateLegalAdviserInput!\) \{ updateLegalAdviser\(id: \$id, input: \$input\) \{ /,
    );
    // Without a version in the form, the previous record's.
    const fromPrevious = buildQuery('UPDATE', 'legalAdvisers', { id: 'a1', data: { name: 'x' }, previousData: { id: 'a1', version: 7 } });
    expect(fromPrevious.variables).toEqual({ id: 'a1', input: { name: 'x', version: 7 } });
  });

  it('UPDATE: a township edit is updateRegion(id, input) with the version inside the input', async () => {
    const buildQuery = await factory();
    const record = { id: 't1', name: '天宁镇', code: '141122100000', level: 'TOWNSHIP', terrain: 'PLAIN', supervisionPhone: null, version: 4 };
    const built = buildQuery('UPDATE', 'regions', {
      id: 't1',
      data: { ...record, terrain: 'MOUNTAIN', supervisionPhone: '0358-3521001' },
      previousData: record,
    });
    // Name, code and level are not in UpdateRegionInput: only the import changes them.
    expect(built.variables).toEqual({ id: 't1', input: { terrain: 'MOUNTAIN', supervisionPhone: '0358-3521001', version: 4 } });
    expect(squash(print(built.query))).toMatch(
      /^mutation updateRegion\(\$id: ID!, \$input: UpdateRegionInput!\) \{ updateRegion\(id: \$id, input: \$input\) \{ /,
    );
  });

  it('UPDATE: sends the version beside the input where the mutation takes it there', async () => {
    const buildQuery = await factory();
    const built = buildQuery('UPDATE', 'workLogEntries', {
      id: 'e1',
      data: { id: 'e1', matter: '土地承包', version: 3 },
      previousData: { id: 'e1', version: 3 },
    });
    expect(built.variables).toMatchObject({ id: 'e1', version: 3 });
    expect(squash(print(built.query))).toMatch(/updateWorkLogEntry\(id: \$id, input: \$input, version: \$version\)/);
  });

  it('UPDATE: a provider (full replace) sends every field of its input, and its version beside it', async () => {
    const buildQuery = await factory();
    const built = buildQuery('UPDATE', 'providers', {
      id: 'p1',
      data: { id: 'p1', name: '卦山律所', kind: 'LAW_FIRM', phone: '0358-3521001', address: null, demo: true, version: 2 },
      previousData: { id: 'p1', version: 2 },
    });
    // ProviderInput has no version: it goes only where updateProvider declares it.
    expect(built.variables).toEqual({ id: 'p1', version: 2, input: { name: '卦山律所', kind: 'LAW_FIRM', phone: '0358-3521001', address: null } });
    expect(squash(print(built.query))).toMatch(/updateProvider\(id: \$id, input: \$input, version: \$version\)/);
  });

  it('UPDATE: a meeting sends its version inside the input, where updateConsultationMeeting declares it', async () => {
    const buildQuery = await factory();
    const built = buildQuery('UPDATE', 'consultationMeetings', {
      id: 'm1',
      data: { id: 'm1', minutes: '纪要', version: 5, participants: [] },
      previousData: { id: 'm1', version: 5 },
    });
    expect(built.variables).toEqual({ id: 'm1', input: { minutes: '纪要', version: 5 } });
    expect(squash(print(built.query))).toMatch(/updateConsultationMeeting\(id: \$id, input: \$input\)/);
  });
});

describe('buildQuery for mediation cases', () => {
  const options = { nested: DETAIL_SELECTIONS, listNested: LIST_SELECTIONS, listOmitFields: LIST_OMITTED };

  it('never selects the confidential summary in a list, but shows masked parties and agreement metadata', async () => {
    const buildQuery = buildQueryFactory(await introspect(), options);
    const printed = squash(print(buildQuery('GET_LIST', 'mediationCases', { pagination: { page: 1, perPage: 25 } }).query));
    expect(printed).not.toMatch(/\bsummary\b/);
    expect(printed).not.toMatch(/\bcontent\b/);
    expect(printed).toContain('parties { id role name }');
    expect(printed).toContain('agreement { id form signedAt reviewStatus performance }');
    expect(printed).toContain('canReadConfidential');
  });

  it('selects the confidential text on the detail page, where the API decides and audits', async () => {
    const buildQuery = buildQueryFactory(await introspect(), options);
    const printed = squash(print(buildQuery('GET_ONE', 'mediationCases', { id: 'c1' }).query));
    expect(printed).toMatch(/\bsummary\b/);
    expect(printed).toContain('sessions { id at mode place participants record }');
    expect(printed).toMatch(/agreement \{ id form signedAt amountFen content /);
  });
});

describe('buildMutation', () => {
  it('declares the arguments given, reduces inputs, and selects the result as a detail page does', () => {
    const built = buildMutation(
      introspectionSchema,
      'suspendLegalAdviser',
      { id: 'a1', input: { effectiveOn: '2026-11-20', reason: '停业整顿', extra: 'x' } },
      { nested: DETAIL_SELECTIONS },
    );
    expect(built.variables).toEqual({ id: 'a1', input: { effectiveOn: '2026-11-20', reason: '停业整顿' } });
    const printed = squash(print(built.query));
    expect(printed).toMatch(
      /^mutation suspendLegalAdviser\(\$id: ID!, \$input: RosterChangeInput!\) \{ suspendLegalAdviser\(id: \$id, input: \$input\) \{ /,
    );
    expect(printed).toContain('history { id kind effectiveOn reason changes actorName at }');
    expect(built.parseResponse({ data: { suspendLegalAdviser: { id: 'a1', status: 'SUSPENDED' } } })).toEqual({
      id: 'a1',
      status: 'SUSPENDED',
    });
  });

  it('selects nothing under a scalar result, and objects without ids through the detail selections', () => {
    const removed = buildMutation(introspectionSchema, 'removeCommitteeMember', { id: 'm1' });
    expect(squash(print(removed.query))).toBe('mutation removeCommitteeMember($id: ID!) { removeCommitteeMember(id: $id) }');
    const preview = buildMutation(introspectionSchema, 'previewRosterImport', { attachmentId: 'f1' }, { nested: DETAIL_SELECTIONS });
    const printed = squash(print(preview.query));
    expect(printed).toContain('problems { row column field code message value }');
    expect(printed).toContain('rows { row name gender phone profession licenceNo providerName providerId serviceScope joinedOn valid }');
    const committee = buildMutation(
      introspectionSchema,
      'updateMediationCommittee',
      { villageId: 'v1', input: { id: 'c1', version: 4, name: '调委会', fixedOffice: true, members: [] } },
      { nested: DETAIL_SELECTIONS },
    );
    expect(committee.variables).toEqual({ villageId: 'v1', input: { version: 4, name: '调委会', fixedOffice: true } });
    expect(squash(print(committee.query))).toContain('members { id name role phone version }');
  });

  it('refuses an unknown mutation and a missing required argument before any request', () => {
    expect(() => buildMutation(introspectionSchema, 'dropEverything', {})).toThrow(/No mutation dropEverything/);
    expect(() => buildMutation(introspectionSchema, 'endPairing', { id: 'p1' })).toThrow(/validTo/);
  });
});

describe('detail selections', () => {
  it('apply to one record, not to lists', async () => {
    const buildQuery = buildQueryFactory(await introspect(), { nested: DETAIL_SELECTIONS });
    const one = squash(print(buildQuery('GET_ONE', 'villages', { id: 'v1' }).query));
    expect(one).toContain('committee { id name fixedOffice mediationRoom noticeBoardPosted version members { id name role phone version } }');
    expect(one).toContain('pairings { id validFrom validTo active deputyDirector createdAt adviser { id name } }');
    const list = squash(print(buildQuery('GET_LIST', 'villages', { pagination: { page: 1, perPage: 25 } }).query));
    expect(list).toContain('committee { id name }');
    expect(list).toContain('currentAdviser { id name }');
    expect(list).not.toContain('members');
    expect(list).not.toContain('pairings');
    // Filings list without their entries and diff (objects without ids, detail only).
    const filings = squash(print(buildQuery('GET_LIST', 'rosterFilings', { pagination: { page: 1, perPage: 25 } }).query));
    expect(filings).not.toContain('entries');
    expect(filings).not.toContain('diff');
  });
});
