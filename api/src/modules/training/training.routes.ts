import { Router } from 'express';
import { ancestorAt } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { sendWorkbook } from '../../common/documents/xlsx.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { queryId, yearParam } from '../../common/http/query.js';
import { batchReads } from '../../db/batch.js';
import { Region } from '../region/region.entity.js';
import { trainingExport } from './training.service.js';
import { trainingWorkbook } from './training.xlsx.js';

/**
 * `GET /api/exports/trainings.xlsx?year=2026&regionId=…`: the compliance grid, the village trainings, the annual
 * training and who attended it, for the bureau or an office (its own township; another region is 403).
 */
export function trainingRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/api/exports/trainings.xlsx', requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF]), handle(async (req, res) => {
    const ctx = contextOf(res);
    const year = yearParam(req);
    const regionId = queryId(req, 'regionId') ?? null;
    const { data, region, county } = await batchReads(ctx, async (batch) => {
      const data = await trainingExport(batch, regionId, year);
      const region = await batch.em.findOneOrFail(Region, { id: data.compliance.regionId });
      const countyId = ancestorAt(region, 'COUNTY');
      return { data, region, county: countyId ? await batch.em.findOne(Region, { id: countyId }) : null };
    });
    const bytes = await trainingWorkbook(data, county?.name ?? region.name);
    sendWorkbook(res, bytes, `${region.name}${year}年法治培训情况.xlsx`, `trainings-${year}.xlsx`);
  }));
  return router;
}
