import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { queryId, queryMonth } from '../../common/http/query.js';
import { AppError } from '../../common/errors/app-error.js';
import { sendDownload, sendWorkbook } from '../../common/http/send-file.js';
import { batchReads } from '../../db/batch.js';
import { WorkLogExportService } from './work-log.export.js';

/**
 * `GET /api/monthly-reports/:id/log.pdf`: a submitted month, printed for signature.
 * `GET /api/exports/work-log.xlsx?month=YYYY-MM[&adviserId=]`: the work log of a month in the viewer's jurisdiction.
 * `GET /api/exports/monthly-checks.xlsx[?month=YYYY-MM][&townshipId=]`: the monthly checks.
 * Each is sent whole with its Content-Length, so the console can show download progress. Analysts get none of them:
 * they hold personal data.
 */
export function workLogRoutes(deps: RouteDeps): Router {
  const router = Router();
  const readers = requireRoles(deps, [Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN]);

  router.get(
    '/api/monthly-reports/:id/log.pdf',
    readers,
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const log = await new WorkLogExportService(ctx).monthlyLog(String(req.params.id));
      const pdf = await ctx.app.documents.render('monthlyLog', log);
      sendDownload(res, pdf, 'application/pdf', `${log.adviser}工作日志${log.month}.pdf`, 'work-log.pdf');
    }),
  );

  router.get(
    '/api/exports/work-log.xlsx',
    readers,
    handle(async (req, res) => {
      const month = queryMonth(req, 'month');
      if (!month) throw AppError.badInput('month', 'is required (YYYY-MM)');
      const adviserId = queryId(req, 'adviserId') ?? null;
      const ctx = contextOf(res);
      const { rows, adviserName } = await batchReads(ctx, (batch) => new WorkLogExportService(batch).logRows(month, adviserId));
      const bytes = await ctx.app.documents.render('workLog', month, rows, adviserName ?? '全部法律顾问');
      sendWorkbook(res, bytes, `法律顾问工作日志${month}${adviserName ? `（${adviserName}）` : ''}.xlsx`, `work-log-${month}.xlsx`);
    }),
  );

  router.get(
    '/api/exports/monthly-checks.xlsx',
    readers,
    handle(async (req, res) => {
      const month = queryMonth(req, 'month') ?? null;
      const townshipId = queryId(req, 'townshipId') ?? null;
      const ctx = contextOf(res);
      const rows = await batchReads(ctx, (batch) => new WorkLogExportService(batch).checkRows(month, townshipId));
      const bytes = await ctx.app.documents.render('monthlyChecks', month, rows);
      sendWorkbook(res, bytes, `法律顾问每月核查${month ?? ''}.xlsx`, `monthly-checks${month ? `-${month}` : ''}.xlsx`);
    }),
  );

  return router;
}
