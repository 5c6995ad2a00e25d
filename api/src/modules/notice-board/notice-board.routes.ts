import { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { AppError, ErrorCode } from '../../common/errors/app-error.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { attachmentDisposition, handle } from '../../common/http/errors.js';
import { NoticeBoardService } from './notice-board.service.js';
import { requestOrigin } from './public-village.routes.js';

/**
 * `GET /api/villages/:id/notice-board.pdf`: the printable board of a village in the viewer's jurisdiction;
 * `GET /api/exports/notice-boards.pdf?townshipId=`: every board of a township in it, a page per village in service.
 */
export function noticeBoardRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/villages/:id/notice-board.pdf',
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF, Role.ADVISER]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const board = await new NoticeBoardService(ctx, requestOrigin(req)).forVillage(String(req.params.id));
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
  router.get(
    '/api/exports/notice-boards.pdf',
    // A township's set is the bureau's or its office's to print; an adviser prints the boards of their own villages.
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const townshipId = typeof req.query.townshipId === 'string' ? req.query.townshipId : '';
      if (!townshipId) throw new AppError(ErrorCode.BAD_USER_INPUT, 'townshipId is required', { field: 'townshipId' });
      const set = await new NoticeBoardService(ctx, requestOrigin(req)).forTownship(townshipId);
      const pdf = await ctx.app.documents.render('noticeBoards', set);
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Content-Disposition': attachmentDisposition(`${set.township}法律顾问公示牌.pdf`, 'notice-boards.pdf'),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(pdf);
    }),
  );
  return router;
}
