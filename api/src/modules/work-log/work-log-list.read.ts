import { raw } from '@mikro-orm/postgresql';
import { withPreloaded, type ListRead } from '../../common/graphql/list-engine.js';
import type { WorkLogEntry } from './work-log-entry.entity.js';

/**
 * The work log read without entities (the list engine's `ListRead`): the entry's columns with its adviser, township
 * and village name in the page's statement. The fields that need a rule or a scope still ask theirs: the personal
 * data and free text pass their `@Personal`/`@Confidential` rules, `village` and `mediationCase` load only what the
 * viewer may open, `frozen` reads the month's status, `photos` the attachments (one statement each per page).
 */
export const WORK_LOG_LIST_READ: ListRead<WorkLogEntry> = {
  shape: {
    id: true,
    at: true,
    month: true,
    category: true,
    mode: true,
    personServed: true,
    phone: true,
    matter: true,
    content: true,
    durationMin: true,
    venue: true,
    attendeeCount: true,
    createdAt: true,
    updatedAt: true,
    version: true,
    caseId: true,
    villageId: true,
    villageName: true,
    canReadPersonalData: true,
    frozen: true,
    photos: true,
    village: true,
    mediationCase: true,
    adviser: { id: true, name: true, phone: true, status: true },
    township: { id: true, name: true, code: true, level: true, terrain: true },
  },
  select: () => [
    raw('e.village_id as row_village'),
    raw('e.case_id as row_case'),
    raw(
      `(select json_build_object('id', a.id, 'name', a.name, 'phone', a.phone, 'status', a.status) from legal_adviser a where a.id = e.adviser_id) as adviser_row`,
    ),
    raw(
      `(select json_build_object('id', t.id, 'name', t.name, 'code', t.code, 'level', t.level, 'terrain', t.terrain) from region t where t.id = e.township_id) as township_row`,
    ),
    raw('(select v.name from region v where v.id = e.village_id) as village_name'),
  ],
  item: (row) => {
    const { row_village, row_case, adviser_row, township_row, village_name, ...columns } = row;
    const adviser = adviser_row as { id: string };
    const township = township_row as { id: string };
    const entry = {
      ...columns,
      adviser: { id: adviser.id },
      village: { id: row_village },
      township: { id: township.id },
      case: row_case ? { id: row_case } : null,
    } as unknown as WorkLogEntry;
    return withPreloaded(entry, { adviser, township, villageName: village_name });
  },
};
