import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { yearParam } from '../../common/http/query.js';
import { sendWorkbook } from '../../common/http/send-file.js';
import { today } from '../../common/graphql/dates.js';
import { batchReads } from '../../db/batch.js';
import { Region } from '../region/region.entity.js';
import { isOverdue, meetingExport, type MeetingExport } from './meeting.service.js';
import type { MeetingWorkbookData } from './meeting.xlsx.js';

/** The export as plain data for the document worker, each item's overdue decided today (the server's clock). */
function workbookData(data: MeetingExport, on: string): MeetingWorkbookData {
  return {
    on,
    meetings: data.meetings.map(({ meeting: m, participants, items }) => ({
      meeting: { title: m.title, at: m.at, venue: m.venue, agenda: m.agenda, minutes: m.minutes ?? null, decisions: m.decisions ?? null },
      participants: participants.map((p) => ({ name: p.name })),
      items: items.map((x) => ({
        title: x.title,
        ownerName: x.ownerName,
        dueOn: x.dueOn,
        status: x.status,
        doneAt: x.doneAt ?? null,
        note: x.note ?? null,
        overdue: isOverdue(x, on),
      })),
    })),
  };
}

/** `GET /api/exports/consultation-meetings.xlsx?year=2026`: the meetings the viewer may see and their action items. */
export function meetingRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/exports/consultation-meetings.xlsx',
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const year = yearParam(req);
      const { data, scope } = await batchReads(ctx, async (batch) => ({
        data: await meetingExport(batch, year),
        scope: batch.viewer!.scopeRegionId ? await batch.em.findOne(Region, { id: batch.viewer!.scopeRegionId }) : null,
      }));
      const heading = ctx.viewer!.role === Role.OFFICE_STAFF ? ctx.viewer!.displayName : `${scope?.name ?? ''}司法局`;
      const bytes = await ctx.app.documents.render('meetings', workbookData(data, today()), heading, year);
      sendWorkbook(res, bytes, `${heading}${year}年会商会议及工作事项.xlsx`, `consultation-meetings-${year}.xlsx`);
    }),
  );
  return router;
}
