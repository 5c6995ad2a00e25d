import express, { Router } from 'express';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle, sendError } from '../../common/http/errors.js';
import { AgreementScanError, AgreementScanService, MAX_SCAN_BYTES, scanTypeOf } from './agreement-scan.service.js';

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * `PUT /api/mediation-cases/:id/agreement-scan`: the raw file as the body (JPEG, PNG or PDF, at most 10 MB), by an
 * assigned adviser; answers 201 `{ mime, size, uploadedAt }`.
 * `GET /api/mediation-cases/:id/agreement-scan`: the file, for the case's parties and assigned advisers; every read
 * is audited. Everyone else who sees the case learns only that a scan exists (`Agreement.scan`).
 */
export function agreementScanRoutes(deps: RouteDeps): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: MAX_SCAN_BYTES });

  router.put(
    '/api/mediation-cases/:id/agreement-scan',
    requireRoles(deps, [Role.ADVISER, Role.PARTY, Role.OFFICE_STAFF, Role.BUREAU_ADMIN]),
    (req, res, next) => {
      if (!scanTypeOf(req.get('content-type'))) return sendError(res, AgreementScanError.badType());
      raw(req, res, (err?: unknown) => {
        if ((err as { type?: string } | undefined)?.type === 'entity.too.large') return sendError(res, AgreementScanError.tooLarge());
        next(err);
      });
    },
    handle(async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const scan = await new AgreementScanService(contextOf(res)).upload(String(req.params.id), body, req.get('content-type'));
      res.status(201).json({ mime: scan.mime, size: scan.size, uploadedAt: scan.uploadedAt.toISOString() });
    }),
  );

  router.get(
    '/api/mediation-cases/:id/agreement-scan',
    requireRoles(deps, [Role.ADVISER, Role.PARTY, Role.OFFICE_STAFF, Role.BUREAU_ADMIN]),
    handle(async (req, res) => {
      const { mime, bytes, caseNo } = await new AgreementScanService(contextOf(res)).read(String(req.params.id));
      const ext = EXTENSION[mime] ?? 'bin';
      res.set({
        'Content-Type': mime,
        'Content-Length': String(bytes.length),
        'Content-Disposition': `inline; filename="agreement-scan.${ext}"; filename*=UTF-8''${encodeURIComponent(`调解协议书${caseNo}.${ext}`)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
      res.end(bytes);
    }),
  );
  return router;
}
