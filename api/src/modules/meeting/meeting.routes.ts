import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { sendWorkbook } from '../../common/documents/xlsx.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { yearParam } from '../../common/http/query.js';
import { batchReads } from '../../db/batch.js';
import { Region } from '../region/region.entity.js';
import { meetingExport } from './meeting.service.js';
import { meetingWorkbook } from './meeting.xlsx.js';

/** `GET /api/exports/consultation-meetings.xlsx?year=2026`: the meetings the viewer may see and their action items. */
export function meetingRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/api/exports/consultation-meetings.xlsx', requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF]), handle(async (req, res) => {
    const ctx = contextOf(res);
    const year = yearParam(req);
    const { data, scope } = await batchReads(ctx, async (batch) => ({
      data: await meetingExport(batch, year),
      scope: batch.viewer!.scopeRegionId ? await batch.em.findOne(Region, { id: batch.viewer!.scopeRegionId }) : null,
    }));
    const heading = ctx.viewer!.role === Role.OFFICE_STAFF ? ctx.viewer!.displayName : `${scope?.name ?? ''}司法局`;
    const bytes = await meetingWorkbook(data, heading, year);
    sendWorkbook(res, bytes, `${heading}${year}年会商会议及工作事项.xlsx`, `consultation-meetings-${year}.xlsx`);
  }));
  return router;
}
