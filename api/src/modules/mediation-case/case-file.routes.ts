import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { attachmentDisposition, handle } from '../../common/http/errors.js';
import { CaseFileService } from './case-file.service.js';

/** `GET /api/mediation-cases/:id/case-file.pdf`: the 调解卷宗, for the case's parties and assigned advisers only. */
export function caseFileRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/mediation-cases/:id/case-file.pdf',
    requireRoles(deps, [Role.ADVISER, Role.PARTY, Role.OFFICE_STAFF, Role.BUREAU_ADMIN]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const file = await new CaseFileService(ctx).build(String(req.params.id));
      const pdf = await ctx.app.documents.render('caseFile', file);
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': attachmentDisposition(`调解卷宗${file.caseNo}.pdf`, 'case-file.pdf'),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(pdf);
    }),
  );
  return router;
}
