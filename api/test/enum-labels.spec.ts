import { describe, expect, it } from '@jest/globals';
import { ENUM_LABELS, ENUM_VALUES, type EnumName, type EnumValue, LOCALES } from '@fengqiao/labels';
import { isEnumType } from 'graphql';
import { Role } from '../src/common/access/role.js';
import { AdviserStatus, Gender, Profession } from '../src/modules/adviser/adviser.enums.js';
import { RosterEventKind } from '../src/modules/adviser/roster-event.entity.js';
import { RosterFilingStatus } from '../src/modules/roster/roster-filing-review.entity.js';
import { CaseEventKind } from '../src/modules/mediation-case/case-event.entity.js';
import {
  AgreementForm,
  CaseLevel,
  CaseSource,
  CaseStatus,
  CaseTier,
  ClosureReason,
  ConfirmationResult,
  DisputeType,
  PartyRole,
  Performance,
  ReferralChannel,
  ReferrerKind,
  ReviewStatus,
  Satisfaction,
  SessionMode,
} from '../src/modules/mediation-case/case.enums.js';
import {
  AssessmentIndicator,
  AssessmentRecordKind,
  Grade as AssessmentGrade,
  AssessmentStatus,
  IndicatorKind,
  ObjectionStatus,
} from '../src/modules/assessment/assessment.enums.js';
import { CaseSplit, NonQualifyingReason, StatementStatus, SubsidyLineKind } from '../src/modules/subsidy/subsidy.enums.js';
import { ActionItemOwnerKind, ActionItemStatus, ParticipantKind } from '../src/modules/meeting/meeting.enums.js';
import { ProviderKind } from '../src/modules/provider/provider.enums.js';
import { RegionChangeKind, RegionLevel, Terrain, TownshipKind, VillageKind } from '../src/modules/region/region.enums.js';
import { RegionImportProblemCode } from '../src/modules/region/region-import.parse.js';
import { QuarterStatus, TrainingKind, TrainingMode, TrainingTopic } from '../src/modules/training/training.enums.js';
import { CommitteeRole } from '../src/modules/village/committee.enums.js';
import { CheckRating, MonthlyReportStatus, WorkLogCategory, WorkLogMode } from '../src/modules/work-log/work-log.enums.js';
import { WorkItemKind } from '../src/modules/work-queue/work-queue.enums.js';
import { getSchema } from '../src/schema.js';
import { Suppression } from '../src/common/access/suppression.js';
import { StatisticsPeriodKind } from '../src/modules/statistics/suppressed.types.js';

// Documents and the console take the words for enum values from @fengqiao/labels. These tests hold that package, the
// API's enums and the schema to one list of values, so that no value reaches a PDF, a workbook or a screen unworded.

/** Each labelled enum of the API by its GraphQL name. An API value the package does not list does not compile. */
const API_ENUMS: { [E in EnumName]: Readonly<Record<string, EnumValue<E>>> } = {
  Role,
  RegionLevel,
  Terrain,
  VillageKind,
  TownshipKind,
  RegionChangeKind,
  RegionImportProblemCode,
  CommitteeRole,
  Profession,
  ProviderKind,
  AdviserStatus,
  Gender,
  RosterEventKind,
  RosterFilingStatus,
  CaseStatus,
  CaseLevel,
  CaseSource,
  CaseTier,
  DisputeType,
  PartyRole,
  SessionMode,
  AgreementForm,
  ReviewStatus,
  ConfirmationResult,
  Performance,
  Satisfaction,
  ReferrerKind,
  ReferralChannel,
  ClosureReason,
  CaseEventKind,
  WorkLogCategory,
  WorkLogMode,
  MonthlyReportStatus,
  CheckRating,
  TrainingKind,
  TrainingMode,
  TrainingTopic,
  QuarterStatus,
  ParticipantKind,
  ActionItemStatus,
  ActionItemOwnerKind,
  AssessmentIndicator,
  IndicatorKind,
  AssessmentGrade,
  AssessmentStatus,
  ObjectionStatus,
  AssessmentRecordKind,
  SubsidyLineKind,
  NonQualifyingReason,
  StatementStatus,
  CaseSplit,
  Suppression,
  StatisticsPeriodKind,
  WorkItemKind,
};

/**
 * Schema enums that are not domain values: sort orders and sort fields, and the roster import's problem codes,
 * which the console words as messages naming the cell (`fq.enum.RosterImportProblemCode`), not as labels.
 */
const unlabelled = (name: string) => name === 'SortOrder' || name.endsWith('SortField') || name === 'RosterImportProblemCode';

const NAMES = Object.keys(ENUM_VALUES) as EnumName[];

describe('enum labels (@fengqiao/labels)', () => {
  it.each(NAMES)('%s: the API enum has exactly the values the package labels, each in zh-CN and en', (name) => {
    expect(Object.values(API_ENUMS[name]).sort()).toEqual([...ENUM_VALUES[name]].sort());
    for (const value of ENUM_VALUES[name]) {
      for (const locale of LOCALES) {
        const word = (ENUM_LABELS[name][locale] as Record<string, string>)[value];
        expect(typeof word === 'string' && word.length > 0 ? locale : `${name}.${value} has no ${locale} label`).toBe(locale);
      }
    }
  });

  it('covers every enum of the schema but sort orders and problem codes, with the schema’s values', async () => {
    const schemaEnums = Object.values((await getSchema()).getTypeMap())
      .filter(isEnumType)
      .filter((t) => !t.name.startsWith('__') && !unlabelled(t.name));
    expect(schemaEnums.map((t) => t.name).sort()).toEqual([...NAMES].sort());
    for (const t of schemaEnums) {
      expect({
        [t.name]: t
          .getValues()
          .map((v) => v.value as string)
          .sort(),
      }).toEqual({ [t.name]: [...ENUM_VALUES[t.name as EnumName]].sort() });
    }
  });
});
