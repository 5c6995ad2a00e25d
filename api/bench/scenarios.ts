/** What `npm run bench` times: the console's typical requests, each as the role that makes it. */
export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  as?: string;
  /** p95 target in milliseconds on the 2-core reference machine. */
  p95TargetMs: number;
}

export const scenarios: Scenario[] = [
  { name: 'me', query: '{ me { id username role } }', as: 'bureau', p95TargetMs: 100 },
  {
    name: 'regions: 100 villages with parent and grandparent',
    query: '{ regions(options: { take: 100, filter: { level: VILLAGE } }) { totalItems items { id name parent { name parent { name } } } } }',
    as: 'bureau',
    p95TargetMs: 250,
  },
  {
    name: 'regions: office scope, 25 rows',
    query: '{ regions { totalItems items { id name level } } }',
    as: 'office.tianning',
    p95TargetMs: 100,
  },
  {
    name: 'mediationCases: county list with village, advisers, masked parties and agreement metadata',
    query:
      '{ mediationCases(options: { take: 100 }) { totalItems items { id caseNo status village { name } advisers { name } parties { name phone } agreement { form signedAt } canReadConfidential } } }',
    as: 'bureau',
    p95TargetMs: 300,
  },
  {
    name: 'workLogEntries: township list with adviser and village',
    query:
      '{ workLogEntries(options: { take: 100 }) { totalItems items { id at category personServed phone adviser { name } village { name } frozen } } }',
    as: 'office.tianning',
    p95TargetMs: 250,
  },
  {
    name: 'trainingCompliance: county grid, village x quarter',
    query: '{ trainingCompliance(year: 2026) { ratio rows { village { name } quarters { quarter status trainingCount } } } }',
    as: 'bureau',
    p95TargetMs: 400,
  },
  {
    // The console's selection (console/src/providers/assessment.ts): set-based, a fixed number of statements
    // whatever the number of advisers (assessment-figures.integration-spec.ts).
    name: 'assessment: the county year, every adviser with indicators, township and objection',
    query: `query($year: Int!) { assessment(year: $year) {
      year status publishedAt objectionsUntil through excellentAllowed capBites county { id name } gradeCounts { grade count }
      results { id total computedTotal adjustmentPoints grade cappedFromExcellent exemptFromCap adviser { id name } townships { id name }
        objection { id status } indicators { code kind weight target numerator denominator applicable score effectiveWeight points } } } }`,
    variables: { year: 2026 },
    as: 'bureau',
    // Provisional (issue 13): 30 advisers × 10 indicators, about 70 kB, computed live; set on a loaded machine.
    p95TargetMs: 600,
  },
  ...(['2026-05', '2026-Q2'] as const).map((period) => ({
    name: `draftSubsidyStatement: the county's drafts of ${period.includes('Q') ? 'a quarter' : 'a month'} (${period}) with every line`,
    query: `query($period: String!) { draftSubsidyStatement(period: $period) {
      id period status totalFen version adviser { id name } lines { kind caseId caseNo tier closedOn month count amountFen reason note } } }`,
    variables: { period },
    as: 'bureau',
    p95TargetMs: 300,
  })),
  {
    // The analyst's only case figures: a fixed period, small cells suppressed (console/src/providers/suppressed.ts).
    name: 'caseCounts: a quarter of the county as the analyst, small cells suppressed',
    query: `query($period: StatisticsPeriodInput!) { caseCounts(period: $period) {
      region { id name } period { kind year number from to } total { value suppressed display } amountFen
      byStatus { key count { value suppressed display } } byDisputeType { key count { value suppressed display } }
      bySource { key count { value suppressed display } } byLevel { key count { value suppressed display } }
      byRegion { region { id name } count { value suppressed display } }
      resolution { resolved { value suppressed display } village { value suppressed display } township { value suppressed display }
        county { value suppressed display } villageShare townshipShare countyShare } } }`,
    variables: { period: { kind: 'QUARTER', year: 2026, number: 2 } },
    as: 'analyst',
    p95TargetMs: 200,
  },
];

/** One GraphQL request to `url` (the /graphql endpoint); its data, or an error carrying the response's errors. */
export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown[]; data?: any };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
