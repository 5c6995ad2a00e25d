import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { queryId, yearParam } from '../../common/http/query.js';
import { sendDownload, sendWorkbook } from '../../common/http/send-file.js';
import { assessmentTable } from './assessment-table.js';

/**
 * `GET /api/exports/assessment.xlsx?year=2026[&countyId=…]` and `GET /api/exports/assessment.pdf?…`: the year's
 * assessment table ranked by township, for the bureau (the county) and an office (its township). Once the year is
 * published it is the frozen snapshot; before, the live draft, marked 草稿 in its title and file name.
 */
export function assessmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  for (const format of ['xlsx', 'pdf'] as const) {
    router.get(
      `/api/exports/assessment.${format}`,
      requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF]),
      handle(async (req, res) => {
        const ctx = contextOf(res);
        const year = yearParam(req);
        const table = await assessmentTable(ctx, year, queryId(req, 'countyId'));
        const name = `${table.county}${year}年度法律顾问考核结果${table.draft ? '（草稿）' : ''}.${format}`;
        const ascii = `assessment-${year}${table.draft ? '-draft' : ''}.${format}`;
        if (format === 'xlsx') sendWorkbook(res, await ctx.app.documents.render('assessmentTable', table), name, ascii);
        else sendDownload(res, await ctx.app.documents.render('assessmentTablePdf', table), 'application/pdf', name, ascii);
      }),
    );
  }
  return router;
}
