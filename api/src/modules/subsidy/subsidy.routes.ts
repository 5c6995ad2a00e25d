import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { AppError } from '../../common/errors/app-error.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { queryId, queryText } from '../../common/http/query.js';
import { sendDownload, sendWorkbook } from '../../common/http/send-file.js';
import { SubsidyDocumentsService } from './subsidy-documents.service.js';

function requiredPeriod(req: Parameters<typeof queryText>[0]): string {
  const period = queryText(req, 'period');
  if (!period) throw AppError.badInput('period', 'must be a month (2026-07) or a quarter (2026-Q3)');
  return period;
}

/**
 * `GET /api/exports/subsidy-statement.pdf?period=2026-07&adviserId=…[&countyId=…]`: an adviser's statement with the
 * signature lines, for whoever may read it (the bureau, the adviser's office, the adviser); a draft is marked 草稿.
 * `GET /api/exports/subsidy-payments.xlsx?period=2026-07[&countyId=…]`: the period's payment sheet (发放明细表) of the
 * confirmed statements, for the bureau's finance staff.
 */
export function subsidyRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/exports/subsidy-statement.pdf',
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const period = requiredPeriod(req);
      const adviserId = queryId(req, 'adviserId');
      if (!adviserId) throw AppError.badInput('adviserId', 'is required');
      const statement = await new SubsidyDocumentsService(ctx).statement(period, adviserId, queryId(req, 'countyId'));
      const pdf = await ctx.app.documents.render('subsidyStatement', statement);
      sendDownload(res, pdf, 'application/pdf', `补贴发放清单${period}${statement.adviser}.pdf`, `subsidy-statement-${period}.pdf`);
    }),
  );
  router.get(
    '/api/exports/subsidy-payments.xlsx',
    requireRoles(deps, [Role.BUREAU_ADMIN]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const period = requiredPeriod(req);
      const sheet = await new SubsidyDocumentsService(ctx).paymentSheet(period, queryId(req, 'countyId'));
      const bytes = await ctx.app.documents.render('subsidyPayments', sheet);
      sendWorkbook(res, bytes, `${sheet.county}法律顾问补贴发放明细表${period}.xlsx`, `subsidy-payments-${period}.xlsx`);
    }),
  );
  return router;
}
