import { Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { WorkQueueService } from './work-queue.service.js';
import { WorkQueue } from './work-queue.type.js';

@Resolver(() => WorkQueue)
export class WorkQueueResolver {
  @Query(() => WorkQueue, {
    description:
      'The day’s work for your home page (首页待办): per item a count and the list filter that shows those rows. An adviser: the month to submit, overdue cases, confirmations closing, villages to train this quarter; an office: reports to review, advisers to check, overdue cases, silent villages; the bureau: uncovered villages, overdue action items, roster filings, late reports',
  })
  @Roles(Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN)
  workQueue(@Ctx() ctx: Context): Promise<WorkQueue> {
    return new WorkQueueService(ctx).queue();
  }
}
