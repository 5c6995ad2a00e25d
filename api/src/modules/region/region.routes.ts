import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { regionsUnder } from '../../common/access/jurisdiction.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { sendWorkbook } from '../../common/http/send-file.js';
import { Region } from './region.entity.js';
import { RegionError } from './region.error.js';
import { RegionService } from './region.service.js';

/** `GET /api/regions/export.xlsx`: the bureau's county tree in service, in the layout the region import reads. */
export function regionRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/regions/export.xlsx',
    requireRoles(deps, [Role.BUREAU_ADMIN]),
    handle(async (_req, res) => {
      const ctx = contextOf(res);
      const county = await new RegionService(ctx).ownCounty(() => RegionError.noCounty());
      const regions = await ctx.em.find(
        Region,
        { $and: [{ $or: [{ id: county.id }, regionsUnder(county)] }, { retiredOn: null }] },
        { orderBy: { code: 'asc' }, fields: ['code', 'name', 'urbanRuralCode', 'level'] },
      );
      const rows = regions.map((r) => ({ code: r.code, name: r.name, urbanRuralCode: r.urbanRuralCode ?? null, level: r.level }));
      const bytes = await ctx.app.documents.render('regionTree', rows, county.name);
      sendWorkbook(res, bytes, `${county.name}区划代码.xlsx`, `regions-${county.code}.xlsx`);
    }),
  );
  return router;
}
