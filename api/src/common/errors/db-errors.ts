import { OptimisticLockError } from '@mikro-orm/core';
import { AppError, ErrorCode } from './app-error.js';
import type { Reason } from './reasons.js';

/**
 * PostgreSQL's codes for losing to another writer: a constraint another row already holds, or a concurrent
 * transaction that PostgreSQL aborted this one for (two racing inserts checking an exclusion constraint can wait on
 * each other; the deadlock detector then picks one to lose, and it lost to a conflicting write).
 */
const CONFLICT_CODES: Record<string, string> = {
  '23505': 'unique',
  '23P01': 'exclusion',
  '40P01': 'deadlock',
  '40001': 'serialization',
};

/** Without a constraint of its own below, a conflict says what kind it was. */
const REASON_BY_STATE: Record<string, Reason> = {
  '23505': 'DUPLICATE',
  '23P01': 'OVERLAP',
  '40P01': 'CONCURRENT_WRITE',
  '40001': 'CONCURRENT_WRITE',
};

/**
 * The reason (extensions.reason) of a write refused by each unique or exclusion constraint of the schema: a test
 * checks that every constraint the migrations create is named here.
 */
export const CONSTRAINT_REASONS: Record<string, Reason> = {
  // A county's settings row, first written by two at once (version 0 both).
  // Two first saves of a year's scheme: the loser saved from a version that no longer is the latest.
  agreement_case_id_unique: 'AGREEMENT_EXISTS',
  // Two uploads of a case's signed scan at the same moment: one wins, the other is told to retry.
  agreement_scan_agreement_unique: 'CONCURRENT_WRITE',
  app_user_adviser_id_unique: 'ACCOUNT_EXISTS',
  app_user_person_id_unique: 'ACCOUNT_EXISTS',
  app_user_username_unique: 'USERNAME_TAKEN',
  app_user_verified_phone_unique: 'PHONE_TAKEN',
  assessment_objection_result_unique: 'OBJECTION_EXISTS',
  assessment_publication_county_year_unique: 'ASSESSMENT_PUBLISHED',
  assessment_result_publication_adviser_unique: 'ASSESSMENT_PUBLISHED',
  assessment_scheme_county_year_unique: 'STALE_VERSION',
  case_adviser_case_adviser_unique: 'ALREADY_ON_CASE',
  case_adviser_one_lead: 'LEAD_ADVISER_CHANGED',
  case_mediator_case_member_unique: 'ALREADY_ON_CASE',
  case_party_case_person_unique: 'ALREADY_ON_CASE',
  id_number_reuse_case_earlier_unique: 'DUPLICATE',
  judicial_office_township_id_unique: 'OFFICE_EXISTS',
  legal_adviser_licence_no_unique: 'LICENCE_NO_TAKEN',
  mediation_case_case_no_unique: 'CASE_NO_TAKEN',
  mediation_case_county_case_no_unique: 'CASE_NO_TAKEN',
  mediation_case_county_year_seq_unique: 'CASE_NO_TAKEN',
  mediation_committee_village_id_unique: 'COMMITTEE_EXISTS',
  meeting_participant_office_unique: 'PARTICIPANT_DUPLICATE',
  meeting_participant_provider_unique: 'PARTICIPANT_DUPLICATE',
  meeting_participant_village_unique: 'PARTICIPANT_DUPLICATE',
  monthly_check_adviser_month_unique: 'CHECK_EXISTS',
  monthly_report_adviser_month_unique: 'REPORT_EXISTS',
  pairing_one_adviser_per_village_per_day: 'VILLAGE_ALREADY_PAIRED',
  provider_county_name_unique: 'PROVIDER_NAME_TAKEN',
  region_code_unique: 'REGION_CODE_TAKEN',
  region_path_unique: 'REGION_CODE_TAKEN',
  roster_filing_county_number_unique: 'FILING_NUMBER_TAKEN',
  roster_filing_review_filing_unique: 'FILING_DECIDED',
  subsidy_claim_key_unique: 'LINE_ALREADY_PAID',
  subsidy_line_settles_unique: 'LINE_ALREADY_SETTLED',
  subsidy_rate_county_from_unique: 'STALE_VERSION',
  subsidy_setting_pkey: 'STALE_VERSION',
  subsidy_statement_adviser_period_unique: 'STATEMENT_CONFIRMED',
  training_attendance_unique: 'ATTENDANCE_DUPLICATE',
  work_log_entry_adviser_client_key_uniq: 'IDEMPOTENCY_KEY_REUSED',
  zero_report_village_month_unique: 'ZERO_REPORT_EXISTS',
};

/** The reason of a conflict the database reported: by its constraint, else by its kind. */
export function conflictReason(state: string, constraint: string | undefined): Reason {
  return (constraint && CONSTRAINT_REASONS[constraint]) || REASON_BY_STATE[state] || 'CONCURRENT_WRITE';
}

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; sqlState?: unknown; cause?: { code?: unknown } } | undefined;
  for (const c of [e?.code, e?.sqlState, e?.cause?.code]) if (typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c)) return c;
  return undefined;
}

/**
 * PostgreSQL's states for a database that cannot serve now rather than a request it refused: connection exceptions
 * (08), insufficient resources (53: too many connections, disk full), shutting down or starting up (57P01–57P03),
 * and a statement cancelled by the statement timeout (57014).
 */
const UNAVAILABLE_STATE = /^(08...|53...|57P0[123]|57014)$/;
/** The socket's own failures: nothing listens, the connection broke, the host cannot be reached. */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** pg and pg-pool say these in words only: no free connection within the acquire wait, a connection that broke. */
const UNAVAILABLE_MESSAGE =
  /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Cannot use a pool after calling end)/;

/**
 * True when an error (or what it wraps: a driver error's cause, a GraphQL error's original, an AggregateError's
 * parts) means the database or the pool is unavailable, which the API answers as SERVICE_UNAVAILABLE (503).
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    sqlState?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  const codes = [e.code, e.sqlState].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => UNAVAILABLE_STATE.test(c) || UNAVAILABLE_ERRNO.has(c))) return true;
  // Only the driver's own errors are read by their words; the server's carry a state, and their text can be anyone's.
  const fromServer = codes.some((c) => /^[0-9A-Z]{5}$/.test(c));
  if (!fromServer && typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  // graphql-js wraps what is not an `Error` of its own realm (a driver's AggregateError from node's net module, under
  // jest's VM modules) as NonErrorThrown, keeping it as `thrownValue`.
  const inner = [e.cause, e.originalError, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== error && isServiceUnavailable(i, depth + 1));
}

export function serviceUnavailable(): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable just now; try again shortly', { http: { status: 503 } });
}

export function constraintOf(error: unknown): string | undefined {
  const e = error as { constraint?: unknown; cause?: { constraint?: unknown } } | undefined;
  const c = e?.constraint ?? e?.cause?.constraint;
  return typeof c === 'string' ? c : undefined;
}

/**
 * Runs a write and turns what the database refused because another row got there first (unique, exclusion,
 * optimistic lock) into CONFLICT with a `reason` (CONSTRAINT_REASONS, or the kind of conflict); `messages` says it for
 * people by constraint name. Anything else is rethrown.
 */
export async function conflictsAsErrors<T>(write: () => Promise<T>, messages: Record<string, { message: string; field?: string }> = {}): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Changed by another request between this one's read and its write: the same answer as a stale version sent.
    if (error instanceof OptimisticLockError) throw AppError.stale();
    const state = sqlState(error);
    if (state && CONFLICT_CODES[state]) {
      const constraint = constraintOf(error);
      const known = messages[constraint ?? ''];
      const reason = conflictReason(state, constraint);
      throw new AppError(ErrorCode.CONFLICT, known?.message ?? 'This conflicts with an existing record', {
        ...(known?.field ? { field: known.field } : {}),
        reason,
      });
    }
    throw error;
  }
}
