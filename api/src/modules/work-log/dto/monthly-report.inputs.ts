import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { MonthlyReport } from '../monthly-report.entity.js';
import { MonthlyReportStatus } from '../work-log.enums.js';
import { IsCalendarMonth } from '../../../common/validation/calendar.js';

@InputType({ description: 'Criteria for the report list; all optional, combined with AND' })
export class MonthlyReportFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Of this adviser' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reviewed by the office of this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @IsOptional()
  @IsCalendarMonth()
  month?: string | null;

  @Field(() => [MonthlyReportStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @IsEnum(MonthlyReportStatus, { each: true })
  status?: MonthlyReportStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: first submitted after the deadline; false: on time' })
  late?: boolean | null;
}

export const MonthlyReportSortField = { MONTH: 'month', SUBMITTED_AT: 'submittedAt', STATUS: 'status' } as const;
export type MonthlyReportSortField = (typeof MonthlyReportSortField)[keyof typeof MonthlyReportSortField];
export const MonthlyReportListOptions = ListOptionsType('MonthlyReport', MonthlyReportSortField, MonthlyReportFilter);
export type MonthlyReportListOptions = InstanceType<typeof MonthlyReportListOptions>;
export const MonthlyReportList = ListType('MonthlyReport', MonthlyReport);
export type MonthlyReportList = InstanceType<typeof MonthlyReportList>;
export const MonthlyReportListArgs = ListArgsType(MonthlyReportListOptions);
export type MonthlyReportListArgs = InstanceType<typeof MonthlyReportListArgs>;
