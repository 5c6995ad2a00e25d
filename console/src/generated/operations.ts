/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Api from './graphql';

export type AssessmentQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type AssessmentQuery = { assessment: { year: number, status: Api.AssessmentStatus, publishedAt: string | null, objectionsUntil: string | null, closedEarlyReason: string | null, through: string, excellentAllowed: number | null, capBites: boolean, county: { id: string, name: string }, gradeCounts: Array<{ grade: Api.AssessmentGrade, count: number }>, results: Array<{ id: string | null, total: number | null, computedTotal: number | null, adjustmentPoints: number, adjustmentReason: string | null, grade: Api.AssessmentGrade | null, cappedFromExcellent: boolean, exemptFromCap: boolean, adviser: { id: string, name: string }, townships: Array<{ id: string, name: string }>, objection: { id: string, reason: string, status: Api.ObjectionStatus, decisionReason: string | null, adjustmentPoints: number, raisedAt: string, decidedAt: string | null, version: number } | null, indicators: Array<{ code: Api.AssessmentIndicator, kind: Api.IndicatorKind, weight: number, target: number | null, numerator: number, denominator: number, applicable: boolean, score: number | null, effectiveWeight: number, points: number }> }> } };

export type AssessmentSchemeQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type AssessmentSchemeQuery = { assessmentScheme: { year: number, saved: boolean, version: number, excellentCapPercent: number | null, objectionDays: number, county: { id: string, name: string }, thresholds: { excellent: number, pass: number, basicPass: number }, ratingScores: { excellent: number, good: number, fair: number, poor: number }, indicators: Array<{ code: Api.AssessmentIndicator, kind: Api.IndicatorKind, weight: number, target: number | null }> } };

export type AssessmentIndicatorRecordsQueryVariables = Exact<{
  year: number;
  adviserId: string;
  indicator: Api.AssessmentIndicator;
  countyId?: string | null | undefined;
}>;


export type AssessmentIndicatorRecordsQuery = { assessmentIndicatorRecords: Array<{ kind: Api.AssessmentRecordKind, recordId: string | null, on: string | null, period: string | null, label: string, inNumerator: boolean, inDenominator: boolean, points: number | null, openable: boolean }> };

export type CaseStatisticsQueryVariables = Exact<{
  regionId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CaseStatisticsQuery = { caseStatistics: { from: string, to: string, total: number, amountFen: number, region: { id: string, name: string }, byStatus: Array<{ key: string, count: number }>, byDisputeType: Array<{ key: string, count: number }>, bySource: Array<{ key: string, count: number }>, byLevel: Array<{ key: string, count: number }>, resolution: { resolved: number, village: number, township: number, county: number, villageShare: number, townshipShare: number, countyShare: number } } };

export type VillageMonthReportsQueryVariables = Exact<{
  month: string;
  townshipId?: string | null | undefined;
}>;


export type VillageMonthReportsQuery = { villageMonthReports: Array<{ caseCount: number, silent: boolean, village: { id: string, name: string, township: { id: string, name: string } }, zeroReport: { id: string, reportedAt: string } | null }> };

export type CountyCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CountyCoverageQuery = { coverage: { byCounty: Array<{ villageCount: number, coveredCount: number, uncoveredCount: number, ratio: number, county: { id: string, name: string, code: string } }> } };

export type CountyCaseCountsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CountyCaseCountsQuery = { caseStatistics: { byCounty: Array<{ total: number, resolved: number, county: { id: string } }> } };

export type CoverageQueryVariables = Exact<{
  regionId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CoverageQuery = { coverage: { asOf: string, villageCount: number, coveredCount: number, ratio: number, loadCap: number, uncoveredCount: number, region: { id: string, name: string, level: Api.RegionLevel }, uncovered: Array<{ id: string, name: string, township: { id: string, name: string } }>, townships: Array<{ villageCount: number, coveredCount: number, ratio: number, township: { id: string, name: string } }> } };

export type CoverageWithLoadsQueryVariables = Exact<{
  regionId?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CoverageWithLoadsQuery = { coverage: { asOf: string, villageCount: number, coveredCount: number, ratio: number, loadCap: number, uncoveredCount: number, servingAdviserCount: number, overloadedAdviserCount: number, region: { id: string, name: string, level: Api.RegionLevel }, uncovered: Array<{ id: string, name: string, township: { id: string, name: string } }>, townships: Array<{ villageCount: number, coveredCount: number, ratio: number, township: { id: string, name: string } }>, adviserLoads: Array<{ villageCount: number, overloaded: boolean, adviser: { id: string, name: string } }> } };

export type IdNumberReuseReportQueryVariables = Exact<{ [key: string]: never; }>;


export type IdNumberReuseReportQuery = { idNumberReuseReport: Array<{ caseId: string, caseNo: string, earlierCaseNo: string, registeredAt: string, registeredBy: string | null, registrantEntitled: boolean }> };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, username: string, role: Api.Role, displayName: string, mustChangePassword: boolean | null, scopeRegion: { id: string, name: string, level: Api.RegionLevel } | null } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { token: string, user: { id: string, username: string, role: Api.Role, displayName: string, mustChangePassword: boolean | null, scopeRegion: { id: string, name: string, level: Api.RegionLevel } | null } } };

export type LoginWithCodeMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type LoginWithCodeMutation = { loginWithCode: { token: string, user: { id: string, username: string, role: Api.Role, displayName: string, mustChangePassword: boolean | null, scopeRegion: { id: string, name: string, level: Api.RegionLevel } | null } } };

export type RequestLoginCodeMutationVariables = Exact<{
  phone: string;
}>;


export type RequestLoginCodeMutation = { requestLoginCode: boolean };

export type SettingsQueryVariables = Exact<{
  regionId?: string | null | undefined;
}>;


export type SettingsQuery = { settings: { adviserLoadCap: number, keepPhotoLocation: boolean, monthlyReportDeadlineDay: number, noticeBoardQrUrl: string, setHere: Array<string>, version: number, region: { id: string, name: string, level: Api.RegionLevel } } };

export type UpdateSettingsMutationVariables = Exact<{
  input: Api.SettingsInput;
  regionId?: string | null | undefined;
}>;


export type UpdateSettingsMutation = { updateSettings: { adviserLoadCap: number, keepPhotoLocation: boolean, monthlyReportDeadlineDay: number, noticeBoardQrUrl: string, setHere: Array<string>, version: number, region: { id: string, name: string, level: Api.RegionLevel } } };

export type SubsidyRatesQueryVariables = Exact<{
  countyId?: string | null | undefined;
}>;


export type SubsidyRatesQuery = { subsidyRates: Array<{ id: string, effectiveFrom: string, ordinaryFen: number, difficultFen: number, majorFen: number, consultationFen: number, consultationMonthlyCapFen: number | null, version: number, gradeFactors: Array<{ grade: Api.AssessmentGrade, factor: string }> }> };

export type SubsidyStatementsQueryVariables = Exact<{
  period: string;
  countyId?: string | null | undefined;
}>;


export type SubsidyStatementsQuery = { subsidyStatements: Array<{ id: string | null, period: string, status: Api.StatementStatus, totalFen: number, confirmedAt: string | null, paidOn: string | null, voucherNo: string | null, version: number, adviser: { id: string, name: string }, lines: Array<{ kind: Api.SubsidyLineKind, caseId: string | null, caseNo: string | null, tier: Api.CaseTier | null, closedOn: string | null, month: string | null, count: number, amountFen: number, reason: Api.NonQualifyingReason | null, note: string | null }> }> };

export type SubsidySettingsQueryVariables = Exact<{
  countyId?: string | null | undefined;
}>;


export type SubsidySettingsQuery = { subsidySettings: { countyId: string, caseSplit: Api.CaseSplit, version: number } };

export type SubsidyAssessmentStatusQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type SubsidyAssessmentStatusQuery = { assessment: { year: number, status: Api.AssessmentStatus, publishedAt: string | null } };

export type TrainingComplianceQueryVariables = Exact<{
  year: number;
  regionId?: string | null | undefined;
}>;


export type TrainingComplianceQuery = { trainingCompliance: { year: number, regionId: string, regionName: string, villageCount: number, quartersEnded: number, required: number, done: number, missing: number, ratio: number, quarterTotals: Array<{ quarter: number, done: number, missing: number }>, rows: Array<{ doneCount: number, missingCount: number, townshipId: string, village: { id: string, name: string, township: { id: string, name: string }, currentAdviser: { id: string, name: string } | null }, quarters: Array<{ quarter: number, status: Api.QuarterStatus, trainingCount: number }> }> } };

export type AnnualTrainingAttendanceQueryVariables = Exact<{
  year: number;
}>;


export type AnnualTrainingAttendanceQuery = { annualTrainingAttendance: Array<{ attended: boolean, adviser: { id: string, name: string, phone: string, provider: { id: string, name: string } | null }, trainings: Array<{ id: string, title: string, at: string }> }> };

export type CaseCountsQueryVariables = Exact<{
  period: Api.StatisticsPeriodInput;
  regionId?: string | null | undefined;
}>;


export type CaseCountsQuery = { caseCounts: { amountFen: number | null, region: { id: string, name: string }, period: { kind: Api.StatisticsPeriodKind, year: number, number: number | null, from: string, to: string }, total: { value: number | null, suppressed: Api.Suppression | null, display: string }, byStatus: Array<{ key: string, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, byDisputeType: Array<{ key: string, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, bySource: Array<{ key: string, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, byLevel: Array<{ key: string, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, byRegion: Array<{ region: { id: string, name: string }, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, resolution: { villageShare: number | null, townshipShare: number | null, countyShare: number | null, resolved: { value: number | null, suppressed: Api.Suppression | null, display: string }, village: { value: number | null, suppressed: Api.Suppression | null, display: string }, township: { value: number | null, suppressed: Api.Suppression | null, display: string }, county: { value: number | null, suppressed: Api.Suppression | null, display: string } } } };

export type AssessmentGradeCountsQueryVariables = Exact<{
  year: number;
  countyId?: string | null | undefined;
}>;


export type AssessmentGradeCountsQuery = { assessmentGradeCounts: { year: number, status: Api.AssessmentStatus, county: { id: string, name: string }, townships: Array<{ township: { id: string, name: string }, counts: Array<{ grade: Api.AssessmentGrade, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, total: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, totals: Array<{ grade: Api.AssessmentGrade, count: { value: number | null, suppressed: Api.Suppression | null, display: string } }>, total: { value: number | null, suppressed: Api.Suppression | null, display: string } } };

export type UploadLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UploadLimitsQuery = { uploadLimits: { maxPhotoBytes: number, maxSpreadsheetBytes: number, acceptedPhotoTypes: Array<string>, uploadsPerHour: number, megabytesPerDay: number } };

export type WorkLogMonthQueryVariables = Exact<{
  month: string;
  adviserId?: string | null | undefined;
}>;


export type WorkLogMonthQuery = { workLogMonth: { month: string, status: Api.MonthlyReportStatus, deadline: string, overdue: boolean, entryCount: number, totalMinutes: number, adviser: { id: string, name: string }, report: { id: string, month: string, status: Api.MonthlyReportStatus, deadline: string, late: boolean, frozen: boolean, entryCount: number, totalMinutes: number, submittedAt: string, reviewComment: string | null, reviewedAt: string | null, pdfPath: string, version: number, reviewedBy: { id: string, displayName: string } | null, adviser: { id: string, name: string }, township: { id: string, name: string } } | null } | null };

export type WorkQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkQueueQuery = { workQueue: { asOf: string, items: Array<{ kind: Api.WorkItemKind, count: number, attention: boolean, list: string, filter: string, month: string | null, deadline: string | null, status: Api.MonthlyReportStatus | null }> } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { needed: boolean } };

export type CompleteSetupMutationVariables = Exact<{
  input: Api.CompleteSetupInput;
}>;


export type CompleteSetupMutation = { completeSetup: { token: string, user: { id: string, username: string, role: Api.Role, displayName: string, scopeRegion: { id: string, name: string, level: Api.RegionLevel } | null } } };
