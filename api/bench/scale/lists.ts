import {
  type BenchContext,
  itemIds,
  type ListFloor,
  type ListOptions,
  listStatement,
  type PostGraphileRequest,
  type Scenario,
  type Statement,
} from './scenario.js';
import { idName, isoDate, isoTime, jsonArray, maskName, maskPhone, regionIdsAt, regionsUnder, Sql, under } from './sql.js';
import type { Place, ScopeLabel } from './types.js';

/**
 * The console's lists (every `<plural>(options)` it asks for), each with the selection the console builds for a list
 * page (console/src/providers/buildQuery.ts `selectionFor` with LIST_SELECTIONS: scalars, `{ id label }` of to-one
 * relations, the nested fields listed there) and its default sort and page size, and beside it the floor: one
 * statement that builds the same JSON. The viewer is always a bureau (BUREAU_ADMIN): the floors write down what the
 * API answers a bureau (personal data unmasked in work logs, case parties masked, canUpdate true…).
 *
 * Left out of the console's selection: `LegalAdviser.photoUrl` (a link signed for ten minutes, different on every
 * request). Added: a case's `advisers { id name }`, the relation issue 11 names.
 */

export const PAGE = 25;
const OPEN = `('REGISTERED', 'ACCEPTED', 'IN_MEDIATION')`;

/** `pairing p` in force on the day (`$n`): from on or before it, to open or on or after it. */
const activeOn = (alias: string, day: string) =>
  `${alias}.valid_from <= ${day}::date and (${alias}.valid_to is null or ${alias}.valid_to >= ${day}::date)`;

/** Cases are anchored at their county, township and village. */
export const caseUnder = (q: Sql, place: Place, a: string) =>
  under(q, place, { COUNTY: `${a}.county_id`, TOWNSHIP: `${a}.township_id`, VILLAGE: `${a}.village_id` });

const LEVEL_ORDER = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];
/** Whether `place` lies above `level` in the tree (a city is above a county). */
const above = (place: Place, level: string) => LEVEL_ORDER.indexOf(place.level) < LEVEL_ORDER.indexOf(level);

/**
 * A page of the newest rows of a table for a city or the province: each county's newest `skip + take` by its
 * (county_id, <column> desc, id) index, merged and cut, so that no more than that many rows per county are read and
 * sorted. `extra` narrows each county's rows (a keyset cursor), on alias `e`.
 */
export function newestPerCounty(place: Place, table: string, column: string, extra = 'true') {
  return (q: Sql, skip: number, take: number) => `select t.* from (${regionIdsAt(q, place, 'COUNTY')}) as c(id)
    cross join lateral (select e.* from ${table} e where e.county_id = c.id and ${extra}
      order by e.${column} desc, e.id asc limit ${q.p(skip + take)}) t
    order by t.${column} desc, t.id asc offset ${q.p(skip)} limit ${q.p(take)}`;
}

function listQuery(key: string, optionsType: string, selection: string): string {
  return `query ${key}($options: ${optionsType}) { ${key}(options: $options) { items { ${selection} } totalItems totalItemsExact } }`;
}

interface ListSpec {
  key: string;
  title: string;
  optionsType: string;
  selection: string;
  sort: ListOptions['sort'];
  floor(q: Sql, ctx: BenchContext): ListFloor;
  postgraphile?(ctx: BenchContext, scope: ScopeLabel, options: ListOptions): PostGraphileRequest | { unsupported: string };
  unsupported?: string;
}

/** A list scenario from its spec; `options` may be overridden (a deep page). */
export function listScenario(spec: ListSpec, override: Partial<ListOptions> = {}): Scenario & { options: ListOptions; spec: ListSpec } {
  const options: ListOptions = { take: PAGE, sort: spec.sort, ...override };
  return {
    key: spec.key,
    title: spec.title,
    kind: 'list',
    spec,
    options,
    query: listQuery(spec.key, spec.optionsType, spec.selection),
    variables: () => ({ options }),
    floor: (ctx) => {
      const q = new Sql();
      return listStatement(q, spec.floor(q, ctx), { skip: options.skip ?? 0, take: options.take });
    },
    postgraphile: (ctx, scope) => spec.postgraphile?.(ctx, scope, options) ?? { unsupported: spec.unsupported ?? 'not written' },
    ids: itemIds(spec.key),
  };
}

/** PostGraphile answers lists as connections; its ids are `rowId`. */
const nodeIds =
  (field: string) =>
  (data: any): string[] =>
    (data?.[field]?.nodes ?? []).map((n: { rowId: string }) => n.rowId);

const COUNTY_ONLY =
  'at city or province scope the rows are the counties’ under a region: an IN over a subquery, and PostGraphile’s conditions are equality on the table’s own columns (no filter plugin installed)';
const ORDER_PG = (options: ListOptions, columns: Record<string, string>) =>
  [...options.sort.map((s) => `${columns[s.field]}_${s.order}`), 'PRIMARY_KEY_ASC'].join(', ');

export const mediationCases: ListSpec = {
  key: 'mediationCases',
  title: 'mediationCases: the case list (console selection + advisers)',
  optionsType: 'MediationCaseListOptions',
  selection:
    'id caseNo status level source referrerKind referrerName disputeType amountFen tier resolvedLevel receivedOn acceptedOn closedOn ' +
    'closureReason createdAt version deadline overdue needsAdviser canReadConfidential village { id name } township { id name } ' +
    'parties { id role name } agreement { id form signedAt reviewStatus performance } advisers { id name }',
  sort: [{ field: 'RECEIVED_ON', order: 'DESC' }],
  floor: (q, ctx) => {
    const today = q.p(ctx.today);
    return {
      from: 'mediation_case t',
      where: caseUnder(q, ctx.place, 't'),
      order: 't.received_on desc, t.id asc',
      ...(above(ctx.place, 'COUNTY') ? { pageRows: newestPerCounty(ctx.place, 'mediation_case', 'received_on') } : {}),
      item: `json_build_object('id', t.id, 'caseNo', t.case_no, 'status', t.status, 'level', t.level, 'source', t.source,
        'referrerKind', t.referrer_kind, 'referrerName', t.referrer_name, 'disputeType', t.dispute_type, 'amountFen', t.amount_fen,
        'tier', t.tier, 'resolvedLevel', t.resolved_level, 'receivedOn', ${isoDate('t.received_on')}, 'acceptedOn', ${isoDate('t.accepted_on')},
        'closedOn', ${isoDate('t.closed_on')}, 'closureReason', t.closure_reason, 'createdAt', ${isoTime('t.created_at')}, 'version', t.version,
        'deadline', ${isoDate('t.accepted_on + 30')},
        'overdue', coalesce(t.status in ${OPEN} and ${today}::date > t.accepted_on + 30, false),
        'needsAdviser', t.status in ${OPEN} and not exists (select 1 from case_adviser ca join legal_adviser a on a.id = ca.adviser_id
          where ca.case_id = t.id and ca.ended_at is null and a.status = 'ACTIVE'),
        'canReadConfidential', false,
        'village', ${idName('region', 't.village_id')}, 'township', ${idName('region', 't.township_id')},
        'parties', ${jsonArray(
          `json_build_object('id', cp.id, 'role', cp.role, 'name', ${maskName('pe.name')})`,
          'from case_party cp join person pe on pe.id = cp.person_id where cp.case_id = t.id',
          'cp.role, cp.id',
        )},
        'agreement', (select json_build_object('id', g.id, 'form', g.form, 'signedAt', ${isoDate('g.signed_at')}, 'reviewStatus', g.review_status,
          'performance', g.performance) from agreement g where g.case_id = t.id),
        'advisers', ${jsonArray(
          `json_build_object('id', a.id, 'name', a.name)`,
          'from case_adviser ca join legal_adviser a on a.id = ca.adviser_id where ca.case_id = t.id and ca.ended_at is null',
          'ca.id',
        )})`,
    };
  },
  postgraphile: (ctx, scope, options) => {
    if (scope !== 'county') return { unsupported: COUNTY_ONLY };
    return {
      query: `query cases($county: UUID!, $offset: Int, $after: Cursor) {
        allMediationCases(condition: { countyId: $county }, orderBy: [${ORDER_PG(options, { RECEIVED_ON: 'RECEIVED_ON' })}], first: ${options.take}, offset: $offset, after: $after) {
          totalCount
          nodes { rowId caseNo status level source referrerKind referrerName disputeType amountFen tier resolvedLevel receivedOn acceptedOn
            closedOn closureReason createdAt version
            regionByVillageId { rowId name } regionByTownshipId { rowId name }
            casePartiesByCaseId(orderBy: [ROLE_ASC, PRIMARY_KEY_ASC]) { nodes { rowId role personByPersonId { name } } }
            agreementByCaseId { rowId form signedAt reviewStatus performance }
            caseAdvisersByCaseId(condition: { endedAt: null }, orderBy: PRIMARY_KEY_ASC) { nodes { legalAdviserByAdviserId { rowId name } } } }
        } }`,
      variables: { county: ctx.place.id, offset: options.skip ?? 0, after: options.after ?? null },
      ids: nodeIds('allMediationCases'),
      note: 'parties unmasked, no deadline/overdue/needsAdviser/canReadConfidential, count uncapped (totalCount)',
    };
  },
};

export const legalAdvisers: ListSpec = {
  key: 'legalAdvisers',
  title: 'legalAdvisers: the roster',
  optionsType: 'LegalAdviserListOptions',
  selection: 'id name gender phone profession licenceNo serviceScope status demo version villageCount overloaded provider { id name }',
  sort: [{ field: 'NAME', order: 'ASC' }],
  floor: (q, ctx) => {
    const today = q.p(ctx.today);
    const villages = `(select count(*)::int from pairing p where p.adviser_id = t.id and ${activeOn('p', today)})`;
    return {
      from: 'legal_adviser t',
      where: under(q, ctx.place, { COUNTY: 't.county_id' }),
      order: 't.name asc, t.id asc',
      item: `json_build_object('id', t.id, 'name', t.name, 'gender', t.gender, 'phone', t.phone, 'profession', t.profession,
        'licenceNo', t.licence_no, 'serviceScope', t.service_scope, 'status', t.status, 'demo', t.demo, 'version', t.version,
        'villageCount', ${villages},
        'overloaded', ${villages} > coalesce((select (s.value #>> '{}')::int from setting s where s.key = 'adviserLoadCap'), 5),
        'provider', ${idName('provider', 't.provider_id')})`,
    };
  },
  postgraphile: (ctx, scope, options) =>
    scope !== 'county'
      ? { unsupported: COUNTY_ONLY }
      : {
          query: `query advisers($county: UUID!) {
      allLegalAdvisers(condition: { countyId: $county }, orderBy: [${ORDER_PG(options, { NAME: 'NAME' })}], first: ${options.take}) {
        totalCount
        nodes { rowId name gender phone profession licenceNo serviceScope status demo version providerByProviderId { rowId name }
          pairingsByAdviserId(condition: { validTo: null }) { totalCount } } } }`,
          variables: { county: ctx.place.id },
          ids: nodeIds('allLegalAdvisers'),
          note: 'villageCount as open-ended pairings (a date range is no equality condition), no overloaded',
        },
};

export const villages: ListSpec = {
  key: 'villages',
  title: 'villages: villages with township, committee and adviser',
  optionsType: 'VillageListOptions',
  selection: 'id name code kind demo township { id name terrain } committee { id name } currentPairing { id } currentAdviser { id name }',
  sort: [{ field: 'CODE', order: 'ASC' }],
  floor: (q, ctx) => {
    const today = q.p(ctx.today);
    return {
      from: 'region t',
      where: `t.level = 'VILLAGE' and ${regionsUnder(q, ctx.place, 't', 'VILLAGE')}`,
      order: 't.code asc, t.id asc',
      item: `json_build_object('id', t.id, 'name', t.name, 'code', t.code, 'kind', t.kind, 'demo', t.demo,
        'township', ${idName('region', 't.parent_id', `, 'terrain', x.terrain`)},
        'committee', (select json_build_object('id', c.id, 'name', c.name) from mediation_committee c where c.village_id = t.id),
        'currentPairing', (select json_build_object('id', p.id) from pairing p where p.village_id = t.id and ${activeOn('p', today)} limit 1),
        'currentAdviser', (select json_build_object('id', a.id, 'name', a.name) from pairing p join legal_adviser a on a.id = p.adviser_id
          where p.village_id = t.id and ${activeOn('p', today)} limit 1))`,
    };
  },
  unsupported:
    'a county’s villages are a path prefix (or villages of its townships); PostGraphile’s conditions are equality on one column (no filter plugin)',
};

export const pairings: ListSpec = {
  key: 'pairings',
  title: 'pairings: adviser–village pairings',
  optionsType: 'PairingListOptions',
  selection: 'id validFrom validTo deputyDirector createdAt active villageId villageName adviser { id name } village { id name }',
  sort: [{ field: 'VALID_FROM', order: 'DESC' }],
  floor: (q, ctx) => {
    const today = q.p(ctx.today);
    return {
      from: 'pairing t',
      where: under(q, ctx.place, { VILLAGE: 't.village_id' }),
      order: 't.valid_from desc, t.id asc',
      item: `json_build_object('id', t.id, 'validFrom', ${isoDate('t.valid_from')}, 'validTo', ${isoDate('t.valid_to')},
        'deputyDirector', t.deputy_director, 'createdAt', ${isoTime('t.created_at')}, 'active', ${activeOn('t', today)},
        'villageId', t.village_id, 'villageName', (select v.name from region v where v.id = t.village_id),
        'adviser', ${idName('legal_adviser', 't.adviser_id')}, 'village', ${idName('region', 't.village_id')})`,
    };
  },
  unsupported: 'pairings record only their village: a county’s are villages under a path prefix, not an equality condition',
};

export const workLogEntries: ListSpec = {
  key: 'workLogEntries',
  title: 'workLogEntries: the work log',
  optionsType: 'WorkLogEntryListOptions',
  selection:
    'id at month category mode personServed phone matter content durationMin venue attendeeCount createdAt updatedAt version caseId ' +
    'villageId villageName canReadPersonalData frozen adviser { id name } village { id name } township { id name } mediationCase { id caseNo }',
  sort: [{ field: 'AT', order: 'DESC' }],
  floor: (q, ctx) => {
    // A city's or province's bureau reads the people served masked and the free text withheld, as an analyst does
    // (only the county's own bureau, its offices and the adviser read them).
    const masked = above(ctx.place, 'COUNTY');
    return {
      from: 'work_log_entry t',
      where: under(q, ctx.place, { COUNTY: 't.county_id', TOWNSHIP: 't.township_id' }),
      order: 't.at desc, t.id asc',
      // Above a county: each county's newest rows by its (county_id, at desc, id) index, merged; not every entry sorted.
      ...(above(ctx.place, 'COUNTY') ? { pageRows: newestPerCounty(ctx.place, 'work_log_entry', 'at') } : {}),
      item: `json_build_object('id', t.id, 'at', ${isoTime('t.at')}, 'month', t.month, 'category', t.category, 'mode', t.mode,
      'personServed', ${masked ? maskName('t.person_served') : 't.person_served'}, 'phone', ${masked ? maskPhone('t.phone') : 't.phone'},
      'matter', ${masked ? 'null' : 't.matter'}, 'content', ${masked ? 'null' : 't.content'}, 'durationMin', t.duration_min,
      'venue', t.venue, 'attendeeCount', t.attendee_count, 'createdAt', ${isoTime('t.created_at')}, 'updatedAt', ${isoTime('t.updated_at')},
      'version', t.version, 'caseId', t.case_id, 'villageId', t.village_id, 'villageName', (select v.name from region v where v.id = t.village_id),
      'canReadPersonalData', ${masked ? 'false' : 'true'},
      'frozen', exists (select 1 from monthly_report r where r.adviser_id = t.adviser_id and r.month = t.month and r.status in ('SUBMITTED', 'APPROVED')),
      'adviser', ${idName('legal_adviser', 't.adviser_id')}, 'village', ${idName('region', 't.village_id')},
      'township', ${idName('region', 't.township_id')},
      'mediationCase', (select json_build_object('id', c.id, 'caseNo', c.case_no) from mediation_case c where c.id = t.case_id and ${caseUnder(q, ctx.place, 'c')}))`,
    };
  },
  unsupported: 'entries record their township: a county’s are its townships’ (IN over a subquery), not an equality condition',
};

export const monthlyReports: ListSpec = {
  key: 'monthlyReports',
  title: 'monthlyReports: submitted months',
  optionsType: 'MonthlyReportListOptions',
  selection:
    'id month status deadline submittedAt late reviewComment reviewedAt version frozen pdfPath entryCount totalMinutes ' +
    'adviser { id name } township { id name } reviewedBy { id displayName }',
  sort: [{ field: 'MONTH', order: 'DESC' }],
  floor: (q, ctx) => {
    const entries = `from work_log_entry e where e.adviser_id = t.adviser_id and e.month = t.month and ${under(q, ctx.place, { TOWNSHIP: 'e.township_id' })}`;
    return {
      from: 'monthly_report t',
      where: under(q, ctx.place, { TOWNSHIP: 't.township_id' }),
      order: 't.month desc, t.id asc',
      item: `json_build_object('id', t.id, 'month', t.month, 'status', t.status, 'deadline', ${isoDate('t.deadline')},
        'submittedAt', ${isoTime('t.submitted_at')}, 'late', t.late, 'reviewComment', t.review_comment, 'reviewedAt', ${isoTime('t.reviewed_at')},
        'version', t.version, 'frozen', t.status in ('SUBMITTED', 'APPROVED'), 'pdfPath', '/api/monthly-reports/' || t.id || '/log.pdf',
        'entryCount', (select count(*)::int ${entries}), 'totalMinutes', (select coalesce(sum(e.duration_min), 0)::int ${entries}),
        'adviser', ${idName('legal_adviser', 't.adviser_id')}, 'township', ${idName('region', 't.township_id')},
        'reviewedBy', (select json_build_object('id', u.id, 'displayName', u.display_name) from app_user u where u.id = t.reviewed_by_id))`,
    };
  },
  unsupported: 'reports record their township: a county’s are its townships’ (IN over a subquery); entryCount/totalMinutes are aggregates',
};

export const monthlyChecks: ListSpec = {
  key: 'monthlyChecks',
  title: 'monthlyChecks: offices’ monthly checks',
  optionsType: 'MonthlyCheckListOptions',
  selection:
    'id month logComplete trainingOnTrack noticeBoardPosted casesFollowedUp rating notes checkedAt version ' +
    'adviser { id name } township { id name } checkedBy { id displayName } highlights { id title modelCase }',
  sort: [{ field: 'MONTH', order: 'DESC' }],
  floor: (q, ctx) => ({
    from: 'monthly_check t',
    where: under(q, ctx.place, { TOWNSHIP: 't.township_id' }),
    order: 't.month desc, t.id asc',
    item: `json_build_object('id', t.id, 'month', t.month, 'logComplete', t.log_complete, 'trainingOnTrack', t.training_on_track,
      'noticeBoardPosted', t.notice_board_posted, 'casesFollowedUp', t.cases_followed_up, 'rating', t.rating, 'notes', t.notes,
      'checkedAt', ${isoTime('t.checked_at')}, 'version', t.version,
      'adviser', ${idName('legal_adviser', 't.adviser_id')}, 'township', ${idName('region', 't.township_id')},
      'checkedBy', (select json_build_object('id', u.id, 'displayName', u.display_name) from app_user u where u.id = t.checked_by_id),
      'highlights', ${jsonArray(`json_build_object('id', h.id, 'title', h.title, 'modelCase', h.model_case)`, 'from highlight h where h.check_id = t.id', 'h.created_at, h.id')})`,
  }),
  unsupported: 'checks record their township: a county’s are its townships’ (IN over a subquery)',
};

export const trainings: ListSpec = {
  key: 'trainings',
  title: 'trainings: village and annual trainings',
  optionsType: 'TrainingListOptions',
  selection:
    'id kind title topics at year quarter venue mode cadres gridWorkers mediators legalUnderstanding others notes createdAt ' +
    'attendeeTotal villageName adviser { id name } village { id name }',
  sort: [{ field: 'AT', order: 'DESC' }],
  floor: (q, ctx) => {
    const ancestors = ctx.place.path.split('/').filter(Boolean);
    const annual =
      ctx.place.level === 'COUNTY' || ctx.place.level === 'TOWNSHIP' || ctx.place.level === 'VILLAGE'
        ? ` or (t.kind = 'BUREAU_ANNUAL' and t.county_id = any(${q.p(ancestors)}::uuid[]))`
        : '';
    return {
      from: 'training t',
      where: `(${under(q, ctx.place, { COUNTY: 't.county_id', TOWNSHIP: 't.township_id' })}${annual})`,
      order: 't.at desc, t.id asc',
      item: `json_build_object('id', t.id, 'kind', t.kind, 'title', t.title, 'topics', t.topics, 'at', ${isoTime('t.at')}, 'year', t.year,
        'quarter', t.quarter, 'venue', t.venue, 'mode', t.mode, 'cadres', t.cadres, 'gridWorkers', t.grid_workers, 'mediators', t.mediators,
        'legalUnderstanding', t.legal_understanding, 'others', t.others, 'notes', t.notes, 'createdAt', ${isoTime('t.created_at')},
        'attendeeTotal', t.cadres + t.grid_workers + t.mediators + t.legal_understanding + t.others,
        'villageName', (select v.name from region v where v.id = t.village_id),
        'adviser', ${idName('legal_adviser', 't.adviser_id')},
        'village', (select json_build_object('id', v.id, 'name', v.name) from region v where v.id = t.village_id
          and ${regionsUnder(q, ctx.place, 'v', 'VILLAGE')}))`,
    };
  },
  postgraphile: (ctx, scope, options) =>
    scope !== 'county'
      ? { unsupported: COUNTY_ONLY }
      : {
          query: `query trainings($county: UUID!) {
      allTrainings(condition: { countyId: $county }, orderBy: [${ORDER_PG(options, { AT: 'AT' })}], first: ${options.take}) {
        totalCount
        nodes { rowId kind title topics at year quarter venue mode cadres gridWorkers mediators legalUnderstanding others notes createdAt
          legalAdviserByAdviserId { rowId name } regionByVillageId { rowId name } } } }`,
          variables: { county: ctx.place.id },
          ids: nodeIds('allTrainings'),
          note: 'no attendeeTotal',
        },
};

export const consultationMeetings: ListSpec = {
  key: 'consultationMeetings',
  title: 'consultationMeetings: 会商 meetings',
  optionsType: 'ConsultationMeetingListOptions',
  selection: 'id title at venue agenda minutes decisions createdAt updatedAt version overdueCount',
  sort: [{ field: 'AT', order: 'DESC' }],
  floor: (q, ctx) => {
    const today = q.p(ctx.today);
    return {
      from: 'consultation_meeting t',
      where: under(q, ctx.place, { COUNTY: 't.county_id' }),
      order: 't.at desc, t.id asc',
      item: `json_build_object('id', t.id, 'title', t.title, 'at', ${isoTime('t.at')}, 'venue', t.venue, 'agenda', t.agenda,
        'minutes', t.minutes, 'decisions', t.decisions, 'createdAt', ${isoTime('t.created_at')}, 'updatedAt', ${isoTime('t.updated_at')},
        'version', t.version,
        'overdueCount', (select count(*)::int from action_item i where i.meeting_id = t.id and i.status = 'OPEN' and i.due_on < ${today}::date))`,
    };
  },
  postgraphile: (ctx, scope, options) =>
    scope !== 'county'
      ? { unsupported: COUNTY_ONLY }
      : {
          query: `query meetings($county: UUID!) {
      allConsultationMeetings(condition: { countyId: $county }, orderBy: [${ORDER_PG(options, { AT: 'AT' })}], first: ${options.take}) {
        totalCount nodes { rowId title at venue agenda minutes decisions createdAt updatedAt version } } }`,
          variables: { county: ctx.place.id },
          ids: nodeIds('allConsultationMeetings'),
          note: 'no overdueCount',
        },
};

export const actionItems: ListSpec = {
  key: 'actionItems',
  title: 'actionItems: meetings’ follow-ups',
  optionsType: 'ActionItemListOptions',
  selection:
    'id title dueOn status overdue canUpdate note doneAt version ownerKind ownerName createdAt meeting { id title } ' +
    'ownerOffice { id name } ownerProvider { id name }',
  sort: [{ field: 'DUE_ON', order: 'ASC' }],
  floor: (q, ctx) => {
    const today = q.p(ctx.today);
    return {
      from: 'action_item t',
      where: `t.meeting_id in (select m.id from consultation_meeting m where ${under(q, ctx.place, { COUNTY: 'm.county_id' })})`,
      order: 't.due_on asc, t.id asc',
      item: `json_build_object('id', t.id, 'title', t.title, 'dueOn', ${isoDate('t.due_on')}, 'status', t.status,
        'overdue', t.status = 'OPEN' and t.due_on < ${today}::date, 'canUpdate', true, 'note', t.note, 'doneAt', ${isoTime('t.done_at')},
        'version', t.version, 'ownerKind', t.owner_kind, 'ownerName', t.owner_name, 'createdAt', ${isoTime('t.created_at')},
        'meeting', (select json_build_object('id', m.id, 'title', m.title) from consultation_meeting m where m.id = t.meeting_id),
        'ownerOffice', ${idName('judicial_office', 't.owner_office_id')}, 'ownerProvider', ${idName('provider', 't.owner_provider_id')})`,
    };
  },
  unsupported: 'items record their meeting: a county’s are its meetings’ (IN over a subquery), not an equality condition',
};

export const rosterFilings: ListSpec = {
  key: 'rosterFilings',
  title: 'rosterFilings: filed rosters',
  optionsType: 'RosterFilingListOptions',
  selection: 'id number asOf filedAt entryCount filedByName',
  sort: [{ field: 'NUMBER', order: 'DESC' }],
  floor: (q, ctx) => ({
    from: 'roster_filing t',
    where: under(q, ctx.place, { COUNTY: 't.county_id' }),
    order: 't.number desc, t.id asc',
    item: `json_build_object('id', t.id, 'number', t.number, 'asOf', ${isoDate('t.as_of')}, 'filedAt', ${isoTime('t.filed_at')},
      'entryCount', jsonb_array_length(t.snapshot), 'filedByName', (select u.display_name from app_user u where u.id = t.filed_by_id))`,
  }),
  postgraphile: (ctx, scope, options) =>
    scope !== 'county'
      ? { unsupported: COUNTY_ONLY }
      : {
          query: `query filings($county: UUID!) {
      allRosterFilings(condition: { countyId: $county }, orderBy: [${ORDER_PG(options, { NUMBER: 'NUMBER' })}], first: ${options.take}) {
        totalCount nodes { rowId number asOf filedAt snapshot appUserByFiledById { displayName } } } }`,
          variables: { county: ctx.place.id },
          ids: nodeIds('allRosterFilings'),
          note: 'the whole snapshot instead of entryCount',
        },
};

export const regions: ListSpec = {
  key: 'regions',
  title: 'regions: the region tree',
  optionsType: 'RegionListOptions',
  selection: 'id name code level kind terrain demo parent { id name }',
  sort: [{ field: 'CODE', order: 'ASC' }],
  floor: (q, ctx) => ({
    from: 'region t',
    where: regionsUnder(q, ctx.place, 't'),
    order: 't.code asc, t.id asc',
    item: `json_build_object('id', t.id, 'name', t.name, 'code', t.code, 'level', t.level, 'kind', t.kind, 'terrain', t.terrain,
      'demo', t.demo, 'parent', ${idName('region', 't.parent_id')})`,
  }),
  unsupported: 'the subtree is a path prefix (LIKE), not an equality condition',
};

export const users: ListSpec = {
  key: 'users',
  title: 'users: accounts',
  optionsType: 'UserListOptions',
  selection: 'id username displayName role scopeRegion { id name }',
  sort: [{ field: 'USERNAME', order: 'ASC' }],
  floor: (q, ctx) => ({
    from: 'app_user t',
    where: `(t.scope_region_id in (select r.id from region r where ${regionsUnder(q, ctx.place, 'r')})
      or t.adviser_id in (select a.id from legal_adviser a where ${under(q, ctx.place, { COUNTY: 'a.county_id' })}))`,
    order: 't.username asc, t.id asc',
    item: `json_build_object('id', t.id, 'username', t.username, 'displayName', t.display_name, 'role', t.role,
      'scopeRegion', ${idName('region', 't.scope_region_id')})`,
  }),
  unsupported: 'staff of the subtree or advisers of its counties: an OR of two subqueries',
};

export const providers: ListSpec = {
  key: 'providers',
  title: 'providers: law firms and legal service offices',
  optionsType: 'ProviderListOptions',
  selection: 'id kind name phone address demo version',
  sort: [{ field: 'NAME', order: 'ASC' }],
  floor: (q, ctx) => ({
    from: 'provider t',
    where: under(q, ctx.place, { COUNTY: 't.county_id' }),
    order: 't.name asc, t.id asc',
    item: `json_build_object('id', t.id, 'kind', t.kind, 'name', t.name, 'phone', t.phone, 'address', t.address, 'demo', t.demo, 'version', t.version)`,
  }),
  postgraphile: (ctx, scope, options) =>
    scope !== 'county'
      ? { unsupported: COUNTY_ONLY }
      : {
          query: `query providers($county: UUID!) {
      allProviders(condition: { countyId: $county }, orderBy: [${ORDER_PG(options, { NAME: 'NAME' })}], first: ${options.take}) {
        totalCount nodes { rowId kind name phone address demo version } } }`,
          variables: { county: ctx.place.id },
          ids: nodeIds('allProviders'),
        },
};

export const auditEvents: ListSpec = {
  key: 'auditEvents',
  title: 'auditEvents: the audit trail',
  optionsType: 'AuditEventListOptions',
  selection: 'id at action entityType entityId field requestId ip details actorName actorUsername',
  sort: [{ field: 'AT', order: 'DESC' }],
  floor: (q, ctx) => ({
    from: 'audit_event t',
    where: `(${under(q, ctx.place, { COUNTY: 't.county_id' })} or (t.county_id is null and t.actor_id is null))`,
    order: 't.at desc, t.id asc',
    item: `json_build_object('id', t.id, 'at', ${isoTime('t.at')}, 'action', t.action, 'entityType', t.entity_type, 'entityId', t.entity_id,
      'field', t.field, 'requestId', t.request_id, 'ip', t.ip, 'details', t.details,
      'actorName', case when t.actor_id is null then '系统' else coalesce((select u.display_name from app_user u where u.id = t.actor_id), '') end,
      'actorUsername', case when t.actor_id is null then 'system' else coalesce((select u.username from app_user u where u.id = t.actor_id), '') end)`,
  }),
  unsupported: 'the county’s events or the installation’s (no county, no actor): an OR, and actorName/actorUsername are computed',
};

export const judicialOffices: ListSpec = {
  key: 'judicialOffices',
  title: 'judicialOffices: 司法所',
  optionsType: 'JudicialOfficeListOptions',
  selection: 'id name phone address township { id name }',
  sort: [{ field: 'NAME', order: 'ASC' }],
  floor: (q, ctx) => ({
    from: 'judicial_office t',
    where: under(q, ctx.place, { TOWNSHIP: 't.township_id' }),
    order: 't.name asc, t.id asc',
    item: `json_build_object('id', t.id, 'name', t.name, 'phone', t.phone, 'address', t.address, 'township', ${idName('region', 't.township_id')})`,
  }),
  unsupported: 'offices record their township: a county’s are its townships’ (IN over a subquery)',
};

export const LIST_SPECS: ListSpec[] = [
  mediationCases,
  legalAdvisers,
  villages,
  pairings,
  workLogEntries,
  monthlyReports,
  monthlyChecks,
  trainings,
  consultationMeetings,
  actionItems,
  rosterFilings,
  regions,
  users,
  providers,
  auditEvents,
  judicialOffices,
];

/**
 * The county case list far down, by offset (`skip`) and by keyset cursor (`after`): the same 25 rows. `cursor` is the
 * API's `nextCursor` of the page before, `last` that page's last row (received on, id), for the floor's keyset.
 */
export function deepCaseList(
  mode: 'skip' | 'after',
  offset: number,
  cursor: { api: string; postgraphile: string | null; last: { receivedOn: string; id: string } },
): Scenario {
  const base = listScenario(mediationCases, mode === 'skip' ? { skip: offset } : { after: cursor.api });
  return {
    ...base,
    key: 'mediationCases',
    title: `mediationCases far down: ${mode === 'skip' ? `skip ${offset.toLocaleString('en-US')}` : `after the cursor of row ${offset.toLocaleString('en-US')}`}`,
    floor: (ctx): Statement => {
      const q = new Sql();
      const f = mediationCases.floor(q, ctx);
      // Fifty thousand rows down, per county merging reads and sorts more than a scan of the (received_on, id) index.
      if (mode === 'skip') return listStatement(q, { ...f, pageRows: undefined }, { skip: offset, take: PAGE });
      const d = q.p(cursor.last.receivedOn);
      const id = q.p(cursor.last.id);
      const keyset = (a: string) => `(${a}.received_on < ${d}::date or (${a}.received_on = ${d}::date and ${a}.id > ${id}::uuid))`;
      // The API counts the list without the cursor: only the page's rows take the keyset.
      return listStatement(
        q,
        {
          ...f,
          pageWhere: `${f.where} and ${keyset('t')}`,
          ...(f.pageRows ? { pageRows: newestPerCounty(ctx.place, 'mediation_case', 'received_on', keyset('e')) } : {}),
        },
        { skip: 0, take: PAGE },
      );
    },
    postgraphile: (ctx, scope) => {
      if (scope !== 'county') return { unsupported: COUNTY_ONLY };
      if (mode === 'after' && !cursor.postgraphile) return { unsupported: 'no PostGraphile cursor' };
      const spec = mediationCases.postgraphile!(
        ctx,
        scope,
        mode === 'skip' ? { ...base.options, skip: offset } : { ...base.options, after: cursor.postgraphile! },
      );
      return spec;
    },
  };
}
