import { parse } from 'graphql';
import type { WorkQueueQuery } from '../generated/operations';

/** The day's work of the signed-in user (首页待办): per item a count and the list filter that shows those rows. */
export type WorkQueue = WorkQueueQuery['workQueue'];
export type WorkItem = WorkQueue['items'][number];

export const workQueueQuery = parse(/* GraphQL */ `query workQueue {
  workQueue {
    asOf
    items { kind count attention list filter month deadline status }
  }
}`);

/** The console route of an item's list, with its filter in the URL as react-admin reads it. */
export function workItemLink(item: Pick<WorkItem, 'list' | 'filter'>): string {
  return `/${item.list}?filter=${encodeURIComponent(item.filter)}`;
}
