import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { attachmentDisposition, handle } from '../../common/http/errors.js';
import { NoticeBoardService } from './notice-board.service.js';

/** `GET /api/villages/:id/notice-board.pdf`: the printable board of a village in the viewer's jurisdiction. */
export function noticeBoardRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/villages/:id/notice-board.pdf',
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const board = await new NoticeBoardService(ctx).forVillage(String(req.params.id));
      const pdf = await ctx.app.documents.render('noticeBoard', board);
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': attachmentDisposition(`${board.village.name}法律顾问公示牌.pdf`, `notice-board-${board.village.code}.pdf`),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(pdf);
    }),
  );
  return router;
}
