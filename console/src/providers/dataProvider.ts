import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import type { DocumentNode } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import { HttpError, useDataProvider, type DataProvider } from 'react-admin';
import { apiErrorMessage } from '../i18n/errors';
import { i18nProvider } from '../i18n';
import type {
  AnnualTrainingAttendanceQuery,
  AnnualTrainingAttendanceQueryVariables,
  CaseStatisticsQuery,
  CaseStatisticsQueryVariables,
  CountyCaseCountsQuery,
  CountyCaseCountsQueryVariables,
  CountyCoverageQuery,
  CountyCoverageQueryVariables,
  CoverageQuery,
  CoverageQueryVariables,
  WorkQueueQuery,
  WorkQueueQueryVariables,
  CoverageWithLoadsQuery,
  IdNumberReuseReportQuery,
  IdNumberReuseReportQueryVariables,
  TrainingComplianceQuery,
  TrainingComplianceQueryVariables,
  UploadLimitsQuery,
  VillageMonthReportsQuery,
  VillageMonthReportsQueryVariables,
  WorkLogMonthQuery,
  WorkLogMonthQueryVariables,
  AssessmentIndicatorRecordsQuery,
  AssessmentIndicatorRecordsQueryVariables,
  AssessmentQuery,
  AssessmentQueryVariables,
  AssessmentSchemeQuery,
  AssessmentSchemeQueryVariables,
  AssessmentGradeCountsQuery,
  AssessmentGradeCountsQueryVariables,
  CaseCountsQuery,
  CaseCountsQueryVariables,
  SettingsQuery,
  SettingsQueryVariables,
  UpdateSettingsMutation,
  UpdateSettingsMutationVariables,
  SubsidyRatesQuery,
  SubsidyRatesQueryVariables,
  SubsidyStatementsQuery,
  SubsidyStatementsQueryVariables,
  SubsidySettingsQuery,
  SubsidySettingsQueryVariables,
  SubsidyAssessmentStatusQuery,
  SubsidyAssessmentStatusQueryVariables,
} from '../generated/operations';
import {
  assessmentIndicatorRecordsQuery,
  assessmentQuery,
  assessmentSchemeQuery,
  type Assessment,
  type AssessmentScheme,
  type IndicatorRecord,
} from './assessment';
import {
  subsidyAssessmentStatusQuery,
  subsidyRatesQuery,
  subsidySettingsQuery,
  subsidyStatementsQuery,
  type SubsidyRate,
  type SubsidySettings,
  type SubsidyStatement,
} from './subsidy';
import { type Settings, settingsQuery, updateSettingsMutation } from './settings';
import { buildMutation, buildQueryFactory, operationNamesFor, type IntrospectionResults } from './buildQuery';
import {
  caseStatisticsQuery,
  villageMonthReportsQuery,
  type CaseStatistics,
  type CaseStatisticsParams,
  type VillageMonthReport,
} from './caseStatistics';
import { coverageQuery, type Coverage, type CoverageParams } from './coverage';
import { workQueueQuery, type WorkQueue } from './workQueue';
import { countyCaseCountsQuery, countyCoverageQuery, countyRollup, type CountyRollupRow } from './cityTier';
import {
  annualTrainingAttendanceQuery,
  trainingComplianceQuery,
  type AdviserAttendance,
  type ComplianceParams,
  type TrainingCompliance,
} from './supervision';
import { idNumberReuseReportQuery, type IdNumberReuseRow } from './idNumberReuse';
import {
  assessmentGradeCountsQuery,
  caseCountsQuery,
  type CaseCounts,
  type CaseCountsParams,
  type GradeTable,
  type GradeTableParams,
} from './suppressed';
import { introspectionSchema } from './schema';
import { uploadLimitsQuery, type UploadLimits } from './uploadLimits';
import { workLogMonthQuery, type WorkLogMonth, type WorkLogMonthParams } from './workLog';
import { DETAIL_SELECTIONS, LIST_OMITTED, LIST_SELECTIONS } from './selections';
import { apiErrorFrom, ApiError, getSessionUser, getToken, GRAPHQL_URL, rememberSignOutReason, type ErrorCode } from './session';
import { addToOutbox, offlineNow, type OutboxInput } from '../offline/outbox';
import { isTimeout, withTimeout } from '../offline/timeout';

const authLink = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

/**
 * A 401 reaches react-admin as a bare status (ra-data-graphql keeps no body of a network error): keep the reason the API
 * gave (ACCOUNT_DISABLED, PASSWORD_CHANGED, …) for the auth provider and the sign-in page to say.
 */
const signOutReasonLink = onError(({ networkError }) => {
  const failure = networkError as { statusCode?: number; result?: { errors?: Array<{ extensions?: { reason?: unknown } }> } } | undefined;
  const reason = failure?.statusCode === 401 ? failure.result?.errors?.[0]?.extensions?.reason : undefined;
  if (typeof reason === 'string') rememberSignOutReason(reason);
});

export const apolloClient = new ApolloClient({
  // Every request gives up after REQUEST_TIMEOUT_MS: on a dead village signal the page says so instead of spinning.
  link: ApolloLink.from([signOutReasonLink, authLink, new HttpLink({ uri: GRAPHQL_URL, fetch: withTimeout((input, init) => fetch(input, init)) })]),
  cache: new InMemoryCache(),
  // react-query already shares identical requests; Apollo's own sharing would hand one caller's cancellation to
  // another (React's strict mode mounts twice and cancels the first fetch).
  queryDeduplication: false,
});

const STATUS: Partial<Record<ErrorCode | 'NETWORK' | 'TIMEOUT', number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Any failure from ra-data-graphql as an HttpError whose message is ours, translated, for its error code. */
export function translateError(error: unknown): unknown {
  if (error instanceof Error && error.name === 'AbortError') return error;
  const e = error as { status?: number; message?: string; body?: { graphQLErrors?: unknown[] } };
  const graphQLError = e?.body?.graphQLErrors?.[0] as Parameters<typeof apiErrorFrom>[0] | undefined;
  let api: ApiError | undefined;
  if (graphQLError) api = apiErrorFrom(graphQLError, e.status);
  else if (e?.status === 401 || e?.status === 503) api = apiErrorFrom(undefined, e.status);
  else if (e?.status !== undefined && e.status >= 500) api = new ApiError('INTERNAL_SERVER_ERROR', e.message ?? '');
  else if (isTimeout(error)) api = new ApiError('TIMEOUT', e.message ?? '');
  else if (error instanceof HttpError && e.status === undefined) api = new ApiError('NETWORK', e.message ?? '');
  if (!api) return error; // e.g. react-admin's own keys such as ra.notification.item_doesnt_exist
  return new HttpError(apiErrorMessage(i18nProvider.translate, api), STATUS[api.code] ?? 500, {
    code: api.code,
    field: api.details.field,
    reason: api.details.reason,
    existingId: api.details.existingId,
  });
}

const graphqlProvider = buildGraphQLProvider({
  client: apolloClient,
  introspection: { schema: introspectionSchema, operationNames: operationNamesFor(introspectionSchema) },
  buildQuery: (results) =>
    buildQueryFactory(results as unknown as IntrospectionResults, {
      nested: DETAIL_SELECTIONS,
      listNested: LIST_SELECTIONS,
      listOmitFields: LIST_OMITTED,
    }),
});

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

/** Apollo's failures as ra-data-graphql reports them (HttpError with the ApolloError as body), then translated. */
function apolloFailure(error: unknown): unknown {
  const e = error as { networkError?: { message?: string; statusCode?: number }; message?: string };
  if (e?.networkError) return translateError(new HttpError(e.networkError.message ?? '', e.networkError.statusCode as number));
  return translateError(new HttpError(e?.message ?? '', 200, error));
}

export interface FengqiaoDataProvider extends DataProvider {
  /**
   * Runs a mutation by name (suspendLegalAdviser, endPairing, fileRoster, …), its document built from the schema
   * (buildMutation), and resolves to the mutation's result; errors are translated like the rest.
   */
  mutate<T = unknown>(name: string, variables: Record<string, unknown>): Promise<T>;
  /** The coverage of a county or township on a date; adviser loads (names) only when asked. */
  coverage(params: CoverageParams): Promise<Coverage>;
  /** The signed-in user's work for the home page: counts, each with the list filter that shows its rows. */
  workQueue(params: { signal?: AbortSignal }): Promise<WorkQueue>;
  /** Case counts for a region and period (no confidential data). */
  caseStatistics(params: CaseStatisticsParams): Promise<CaseStatistics>;
  /** Case counts for a fixed month, quarter or year: exact, or small-cell suppressed for an analyst. */
  caseCounts(params: CaseCountsParams): Promise<CaseCounts>;
  /** Grade counts by township for a year: exact, or small-cell suppressed for an analyst. */
  assessmentGradeCounts(params: GradeTableParams): Promise<GradeTable>;
  /** The viewer's counties (a city's or province's bureau): coverage today and the period's cases, per county. */
  countyRollup(params: { from: string; to: string; signal?: AbortSignal }): Promise<CountyRollupRow[]>;
  /** Every village of a month: cases, zero report or silence (offices and the bureau). */
  villageMonthReports(params: VillageMonthReportsQueryVariables & { signal?: AbortSignal }): Promise<VillageMonthReport[]>;
  /** Quarterly village trainings, village × quarter, of a region for a year (bureau; an office its township). */
  trainingCompliance(params: ComplianceParams): Promise<TrainingCompliance>;
  /** Each adviser of the viewer's jurisdiction and the annual trainings of the year they attended. */
  annualTrainingAttendance(params: AnnualTrainingAttendanceQueryVariables & { signal?: AbortSignal }): Promise<AdviserAttendance[]>;
  /** An adviser's month of work log, submitted or not (advisers: their own; null when not theirs to see). */
  workLogMonth(params: WorkLogMonthParams): Promise<WorkLogMonth | null>;
  /** What the upload route accepts from the signed-in user; asked once per sign-in. */
  uploadLimits(): Promise<UploadLimits>;
  /** The bureau's one-off report: registrations that showed a party's ID number already on file. */
  idNumberReuseReport(params: { signal?: AbortSignal }): Promise<IdNumberReuseRow[]>;
  /** A county's year-end assessment (live draft or published), narrowed by the API to what the viewer may see. */
  assessment(params: AssessmentQueryVariables & { signal?: AbortSignal }): Promise<Assessment>;
  /** A county's assessment scheme for a year (the built-in one until the bureau saves its own). */
  assessmentScheme(params: AssessmentSchemeQueryVariables & { signal?: AbortSignal }): Promise<AssessmentScheme>;
  /** A county's subsidy rates, newest first. */
  subsidyRates(params: SubsidyRatesQueryVariables & { signal?: AbortSignal }): Promise<SubsidyRate[]>;
  /** The subsidy statements of a period the viewer may see (bureau: all; office: its township's; adviser: own). */
  subsidyStatements(params: SubsidyStatementsQueryVariables & { signal?: AbortSignal }): Promise<SubsidyStatement[]>;
  /** The records behind one indicator of an adviser's year, as they are now (published figures stay frozen). */
  assessmentIndicatorRecords(params: AssessmentIndicatorRecordsQueryVariables & { signal?: AbortSignal }): Promise<IndicatorRecord[]>;
  /** A county's subsidy settings (how a case with several advisers is paid), with their version. */
  subsidySettings(params: SubsidySettingsQueryVariables & { signal?: AbortSignal }): Promise<SubsidySettings>;
  /** Whether a year's assessment is published (the year-end settlement waits for it). */
  subsidyAssessmentStatus(
    params: SubsidyAssessmentStatusQueryVariables & { signal?: AbortSignal },
  ): Promise<SubsidyAssessmentStatusQuery['assessment']>;
  /** The settings in force for a region (default the viewer's own), with what it sets itself and its version. */
  settings(params: SettingsQueryVariables & { signal?: AbortSignal }): Promise<Settings>;
  /** Change a region's own settings: only the fields given, with the version read (stale: CONFLICT). */
  updateSettings(params: UpdateSettingsMutationVariables): Promise<Settings>;
}

/**
 * One query of a custom method, never cached (each page shows what the API says now), cancelled with its page; a
 * cancelled request is passed on as is, any other failure translated like the rest. `Q` and `V` are the document's
 * generated result and variables (src/generated/operations.ts); the answer is its one top-level field.
 */
async function read<Q, V extends Record<string, unknown>>(
  query: DocumentNode,
  field: keyof Q & string,
  variables: V,
  signal?: AbortSignal,
): Promise<Q[keyof Q]> {
  try {
    const response = await apolloClient.query<Q, V>({
      query,
      variables,
      fetchPolicy: 'no-cache',
      context: { fetchOptions: { signal } },
    });
    return (response.data as Q)[field];
  } catch (error) {
    if (signal?.aborted) throw error;
    throw apolloFailure(error);
  }
}

// The limits depend on the account (its role), so they are kept per token; a failed read is asked again.
let limitsFor: { token: string | null; limits: Promise<UploadLimits> } | undefined;

const customMethods = {
  uploadLimits(): Promise<UploadLimits> {
    const token = getToken();
    if (limitsFor?.token !== token) {
      const limits = apolloClient
        .query<UploadLimitsQuery>({ query: uploadLimitsQuery, fetchPolicy: 'no-cache' })
        .then((response) => response.data.uploadLimits)
        .catch((error: unknown) => {
          if (limitsFor?.limits === limits) limitsFor = undefined;
          throw apolloFailure(error);
        });
      limitsFor = { token, limits };
    }
    return limitsFor.limits;
  },
  async mutate<T>(name: string, variables: Record<string, unknown>): Promise<T> {
    const built = buildMutation(introspectionSchema, name, variables, { nested: DETAIL_SELECTIONS });
    try {
      const response = await apolloClient.mutate({ mutation: built.query, variables: built.variables, fetchPolicy: 'no-cache' });
      return built.parseResponse(response as { data: Record<string, unknown> }) as T;
    } catch (error) {
      throw apolloFailure(error);
    }
  },
  workQueue(params: { signal?: AbortSignal }): Promise<WorkQueue> {
    return read<WorkQueueQuery, WorkQueueQueryVariables>(workQueueQuery, 'workQueue', {}, params.signal);
  },
  coverage(params: CoverageParams): Promise<Coverage> {
    const variables = { regionId: params.regionId || null, asOf: params.asOf || null };
    return read<CoverageQuery | CoverageWithLoadsQuery, CoverageQueryVariables>(coverageQuery(params), 'coverage', variables, params.signal);
  },
  caseStatistics(params: CaseStatisticsParams): Promise<CaseStatistics> {
    const variables = { regionId: params.regionId || null, from: params.from || null, to: params.to || null };
    return read<CaseStatisticsQuery, CaseStatisticsQueryVariables>(caseStatisticsQuery, 'caseStatistics', variables, params.signal);
  },
  caseCounts(params: CaseCountsParams): Promise<CaseCounts> {
    const variables = { period: params.period, regionId: params.regionId || null };
    return read<CaseCountsQuery, CaseCountsQueryVariables>(caseCountsQuery, 'caseCounts', variables, params.signal);
  },
  assessmentGradeCounts(params: GradeTableParams): Promise<GradeTable> {
    const variables = { year: params.year, countyId: params.countyId || null };
    return read<AssessmentGradeCountsQuery, AssessmentGradeCountsQueryVariables>(
      assessmentGradeCountsQuery,
      'assessmentGradeCounts',
      variables,
      params.signal,
    );
  },
  async countyRollup(params: { from: string; to: string; signal?: AbortSignal }): Promise<CountyRollupRow[]> {
    const [coverage, statistics] = await Promise.all([
      read<CountyCoverageQuery, CountyCoverageQueryVariables>(countyCoverageQuery, 'coverage', {}, params.signal),
      read<CountyCaseCountsQuery, CountyCaseCountsQueryVariables>(
        countyCaseCountsQuery,
        'caseStatistics',
        { from: params.from, to: params.to },
        params.signal,
      ),
    ]);
    return countyRollup(coverage.byCounty, statistics.byCounty);
  },
  villageMonthReports(params: VillageMonthReportsQueryVariables & { signal?: AbortSignal }): Promise<VillageMonthReport[]> {
    const variables = { month: params.month, townshipId: params.townshipId || null };
    return read<VillageMonthReportsQuery, VillageMonthReportsQueryVariables>(
      villageMonthReportsQuery,
      'villageMonthReports',
      variables,
      params.signal,
    );
  },
  trainingCompliance(params: ComplianceParams): Promise<TrainingCompliance> {
    const variables = { year: params.year, regionId: params.regionId || null };
    return read<TrainingComplianceQuery, TrainingComplianceQueryVariables>(trainingComplianceQuery, 'trainingCompliance', variables, params.signal);
  },
  annualTrainingAttendance(params: AnnualTrainingAttendanceQueryVariables & { signal?: AbortSignal }): Promise<AdviserAttendance[]> {
    const variables = { year: params.year };
    return read<AnnualTrainingAttendanceQuery, AnnualTrainingAttendanceQueryVariables>(
      annualTrainingAttendanceQuery,
      'annualTrainingAttendance',
      variables,
      params.signal,
    );
  },
  workLogMonth(params: WorkLogMonthParams): Promise<WorkLogMonth | null> {
    const variables = { month: params.month, adviserId: params.adviserId || null };
    return read<WorkLogMonthQuery, WorkLogMonthQueryVariables>(workLogMonthQuery, 'workLogMonth', variables, params.signal);
  },
  idNumberReuseReport(params: { signal?: AbortSignal }): Promise<IdNumberReuseRow[]> {
    return read<IdNumberReuseReportQuery, IdNumberReuseReportQueryVariables>(idNumberReuseReportQuery, 'idNumberReuseReport', {}, params.signal);
  },
  assessment(params: AssessmentQueryVariables & { signal?: AbortSignal }): Promise<Assessment> {
    const variables = { year: params.year, countyId: params.countyId || null };
    return read<AssessmentQuery, AssessmentQueryVariables>(assessmentQuery, 'assessment', variables, params.signal);
  },
  assessmentScheme(params: AssessmentSchemeQueryVariables & { signal?: AbortSignal }): Promise<AssessmentScheme> {
    const variables = { year: params.year, countyId: params.countyId || null };
    return read<AssessmentSchemeQuery, AssessmentSchemeQueryVariables>(assessmentSchemeQuery, 'assessmentScheme', variables, params.signal);
  },
  subsidyRates(params: SubsidyRatesQueryVariables & { signal?: AbortSignal }): Promise<SubsidyRate[]> {
    return read<SubsidyRatesQuery, SubsidyRatesQueryVariables>(
      subsidyRatesQuery,
      'subsidyRates',
      { countyId: params.countyId || null },
      params.signal,
    );
  },
  subsidyStatements(params: SubsidyStatementsQueryVariables & { signal?: AbortSignal }): Promise<SubsidyStatement[]> {
    const variables = { period: params.period, countyId: params.countyId || null };
    return read<SubsidyStatementsQuery, SubsidyStatementsQueryVariables>(subsidyStatementsQuery, 'subsidyStatements', variables, params.signal);
  },
  assessmentIndicatorRecords(params: AssessmentIndicatorRecordsQueryVariables & { signal?: AbortSignal }): Promise<IndicatorRecord[]> {
    const { signal, ...rest } = params;
    const variables = { ...rest, countyId: params.countyId || null };
    return read<AssessmentIndicatorRecordsQuery, AssessmentIndicatorRecordsQueryVariables>(
      assessmentIndicatorRecordsQuery,
      'assessmentIndicatorRecords',
      variables,
      signal,
    );
  },
  subsidySettings(params: SubsidySettingsQueryVariables & { signal?: AbortSignal }): Promise<SubsidySettings> {
    const variables = { countyId: params.countyId || null };
    return read<SubsidySettingsQuery, SubsidySettingsQueryVariables>(subsidySettingsQuery, 'subsidySettings', variables, params.signal);
  },
  subsidyAssessmentStatus(params: SubsidyAssessmentStatusQueryVariables & { signal?: AbortSignal }) {
    const variables = { year: params.year, countyId: params.countyId || null };
    return read<SubsidyAssessmentStatusQuery, SubsidyAssessmentStatusQueryVariables>(
      subsidyAssessmentStatusQuery,
      'assessment',
      variables,
      params.signal,
    );
  },
  settings(params: SettingsQueryVariables & { signal?: AbortSignal }): Promise<Settings> {
    return read<SettingsQuery, SettingsQueryVariables>(settingsQuery, 'settings', { regionId: params.regionId || null }, params.signal);
  },
  async updateSettings(params: UpdateSettingsMutationVariables): Promise<Settings> {
    const variables = { input: params.input, regionId: params.regionId || null };
    try {
      const response = await apolloClient.mutate<UpdateSettingsMutation, UpdateSettingsMutationVariables>({
        mutation: updateSettingsMutation,
        variables,
        fetchPolicy: 'no-cache',
      });
      return (response.data as UpdateSettingsMutation).updateSettings;
    } catch (error) {
      throw apolloFailure(error);
    }
  },
};

export const useFengqiaoDataProvider = () => useDataProvider<FengqiaoDataProvider>();

const standardMethods = Object.fromEntries(
  METHODS.map((method) => [
    method,
    (resource: string, params: { signal?: AbortSignal } | undefined) =>
      (graphqlProvider[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params).catch((error: unknown) => {
        // A cancelled request (page left, query superseded) is no network failure: pass it on untranslated.
        if (params?.signal?.aborted) throw error;
        throw translateError(error);
      }),
  ]),
);

/** No answer at all: no signal, or none within the timeout. */
const unanswered = (error: unknown) => {
  const code = (error as { body?: { code?: string } } | undefined)?.body?.code;
  return code === 'NETWORK' || code === 'TIMEOUT';
};

/**
 * A work-log entry is sent with an idempotency key (clientKey). Without a signal it is kept in the signed-in adviser's
 * outbox on this device instead (待同步) and sent when the signal returns, under the same key; the form is done.
 */
async function createWorkLogEntry(params: { data?: Record<string, unknown> }): Promise<{ data: Record<string, unknown> }> {
  const data = params.data ?? {};
  const user = getSessionUser();
  const clientKey = crypto.randomUUID();
  const keep = () => {
    addToOutbox(user!.id, data, clientKey);
    return { data: { ...(data as OutboxInput), id: clientKey, pending: true } };
  };
  if (user && offlineNow()) return keep();
  try {
    return { data: await customMethods.mutate<Record<string, unknown>>('createWorkLogEntry', { input: data, clientKey }) };
  } catch (error) {
    if (user && unanswered(error)) return keep();
    throw error;
  }
}

/** Sends one outbox entry under its key (the outbox's `send`). */
export const sendWorkLogEntry = (input: OutboxInput, clientKey: string) => customMethods.mutate('createWorkLogEntry', { input, clientKey });

export const dataProvider = {
  ...standardMethods,
  create: (resource: string, params: { data?: Record<string, unknown>; signal?: AbortSignal }) =>
    resource === 'workLogEntries' ? createWorkLogEntry(params) : standardMethods.create!(resource, params),
  ...customMethods,
} as unknown as FengqiaoDataProvider;
