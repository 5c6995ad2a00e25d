import { Router } from 'express';
import { ownCountyId } from '../../common/access/county.js';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { sendWorkbook } from '../../common/http/send-file.js';
import { Provider } from '../provider/provider.entity.js';
import { Region } from '../region/region.entity.js';
import { RosterError } from './roster.error.js';
import { RosterFilingService } from './roster-filing.service.js';

/**
 * `GET /api/roster-filings/:id.xlsx`: a filing as a workbook (the bureau, its own county).
 * `GET /api/roster-import/template.xlsx`: the import template, with the county's providers in its drop-down.
 */
export function rosterRoutes(deps: RouteDeps): Router {
  const router = Router();
  const bureau = requireRoles(deps, [Role.BUREAU_ADMIN]);

  router.get(
    '/api/roster-filings/:id.xlsx',
    bureau,
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const filing = await new RosterFilingService(ctx).byId(String(req.params.id));
      if (!filing) throw RosterError.filingNotFound();
      const county = await ctx.em.findOneOrFail(Region, { id: filing.county.id });
      const { number, asOf, filedAt, snapshot, diff } = filing;
      const bytes = await ctx.app.documents.render('rosterFiling', { number, asOf, filedAt, snapshot, diff }, county.name);
      sendWorkbook(res, bytes, `${county.name}法律顾问名册（第${filing.number}次备案）.xlsx`, `roster-filing-${filing.number}.xlsx`);
    }),
  );

  router.get(
    '/api/roster-import/template.xlsx',
    bureau,
    handle(async (_req, res) => {
      const ctx = contextOf(res);
      const countyId = ownCountyId(ctx);
      const providers = await ctx.em.find(Provider, { county: countyId }, { orderBy: { name: 'asc' }, fields: ['name'] });
      const bytes = await ctx.app.documents.render(
        'rosterImportTemplate',
        providers.map((p) => p.name),
      );
      sendWorkbook(res, bytes, '法律顾问名册导入模板.xlsx', 'roster-import-template.xlsx');
    }),
  );

  return router;
}
