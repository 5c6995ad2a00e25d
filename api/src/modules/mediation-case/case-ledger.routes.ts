import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { AppError } from '../../common/errors/app-error.js';
import { today } from '../../common/graphql/dates.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { queryDate, queryId, queryText } from '../../common/http/query.js';
import { sendWorkbook } from '../../common/http/send-file.js';
import { batchReads } from '../../db/batch.js';
import { Region } from '../region/region.entity.js';
import { CaseStatus } from './case.enums.js';
import { CaseService } from './case.service.js';

/**
 * `GET /api/exports/mediation-cases.xlsx?from=&to=&townshipId=&status=`: the 调解案件台账 of the cases the viewer may
 * see (an office its township, an adviser their own cases), received in the period. Metadata only: no confidential
 * text, parties masked. The analyst works from the statistics and gets 403.
 */
export function caseLedgerRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/exports/mediation-cases.xlsx',
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const to = queryDate(req, 'to') ?? today();
      const from = queryDate(req, 'from') ?? `${to.slice(0, 4)}-01-01`;
      if (from > to) throw AppError.badInput('from', 'must not be after to');
      const townshipId = queryId(req, 'townshipId') ?? null;
      const statusParam = queryText(req, 'status')?.split(',') ?? [];
      const status = statusParam.filter((s): s is CaseStatus => (Object.values(CaseStatus) as string[]).includes(s));
      if (status.length !== statusParam.length) throw AppError.badInput('status', 'names an unknown case status');
      const regionId = townshipId ?? ctx.viewer?.scopeRegionId;
      const { rows, scope } = await batchReads(ctx, async (batch) => ({
        rows: await new CaseService(batch).ledger({ receivedFrom: from, receivedTo: to, townshipId, status: status.length ? status : null }),
        scope: (regionId ? (await batch.em.findOne(Region, { id: regionId }))?.name : null) ?? '',
      }));
      const bytes = await ctx.app.documents.render('caseLedger', rows, `${scope}人民调解案件登记台账`, `${from} 至 ${to}`);
      sendWorkbook(res, bytes, `${scope}人民调解案件台账${from}至${to}.xlsx`, `mediation-cases-${from}-${to}.xlsx`);
    }),
  );
  return router;
}
