import { Field, Int, ObjectType } from 'type-graphql';
import { WithParent } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { MonthlyReportStatus } from '../work-log/work-log.enums.js';
import { WorkItemKind } from './work-queue.enums.js';

@WithParent()
@ObjectType({ description: 'One piece of the day’s work: how many rows of a list need attention, and the filter that lists them' })
export class WorkItem {
  @Field(() => WorkItemKind, { description: 'What the work is' })
  kind!: WorkItemKind;

  @Field(() => Int, { description: 'Rows of `list` matching `filter` in your jurisdiction: the list’s own totalItems' })
  count!: number;

  @Field({ description: 'Whether it asks for action now (a count above zero, a month not submitted or returned)' })
  attention!: boolean;

  @Field({ description: 'The list query it counts, which is also the console’s resource: mediationCases, villages, …' })
  list!: string;

  @Field({ description: 'The list’s filter input as JSON (e.g. {"overdue":true}): pass it as `options.filter` to get these rows' })
  filter!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM the item is about (the monthly report’s month, a month’s checks); null otherwise' })
  month?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The monthly report’s deadline; null for other kinds' })
  deadline?: string | null;

  @Field(() => MonthlyReportStatus, { nullable: true, description: 'The monthly report’s status (DRAFT until submitted); null for other kinds' })
  status?: MonthlyReportStatus | null;
}

@WithParent()
@ObjectType({ description: 'The day’s work for the signed-in user (首页待办), by role' })
export class WorkQueue {
  @Field(() => DateScalar, { description: 'The day it was computed for (Asia/Shanghai)' })
  asOf!: string;

  @Field(() => [WorkItem], { description: 'The items in the order a home page shows them' })
  items!: WorkItem[];
}
