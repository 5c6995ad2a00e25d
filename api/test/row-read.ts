import { expect } from '@jest/globals';
import type { TestApp } from './app.js';

/**
 * A list read without entities (the list engine's `ListRead`) must answer exactly what the entity path answers. The
 * same request with one field the row read does not serve (`entityOnly`, e.g. `mediators { id }`, or an alias such as
 * `entityOnly: adviser { provider { id } }` where every field is served) goes down the entity path; both answers, without that field, must be equal, for the page and its count.
 */
export async function expectRowReadAsEntities(
  app: TestApp,
  list: { field: string; selection: string; entityOnly: string; sort?: string; take?: number; filter?: string },
  token: string,
): Promise<Array<Record<string, unknown>>> {
  const query = (
    selection: string,
  ) => `query { ${list.field}(options: { take: ${list.take ?? 100} ${list.sort ? `, sort: ${list.sort}` : ''}${list.filter ? `, filter: ${list.filter}` : ''} }) {
    totalItems nextCursor items { ${selection} } } }`;
  const rows = await app.gql(query(list.selection), {}, token);
  const entities = await app.gql(query(`${list.selection} ${list.entityOnly}`), {}, token);
  expect(rows.errors).toBeUndefined();
  expect(entities.errors).toBeUndefined();
  const extra = list.entityOnly.trim().split(/[\s{:]/)[0]!;
  const items = rows.data[list.field].items as Array<Record<string, unknown>>;
  expect(items).toEqual((entities.data[list.field].items as Array<Record<string, unknown>>).map(({ [extra]: _, ...rest }) => rest));
  expect(rows.data[list.field].totalItems).toBe(entities.data[list.field].totalItems);
  expect(rows.data[list.field].nextCursor).toBe(entities.data[list.field].nextCursor);
  return items;
}
