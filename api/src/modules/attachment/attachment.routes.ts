import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { isId } from '../../common/graphql/ids.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle, sendError } from '../../common/http/errors.js';
import { fileUrlSigner } from '../../common/storage/signed-url.js';
import { storageFor } from '../../common/storage/storage.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentError } from './attachment.error.js';
import { AttachmentService } from './attachment.service.js';
import { UPLOAD_RULES, UPLOADER_ROLES, ruleForClaimedType, type UploadRule } from './upload-rules.js';

/**
 * The raw body, with the size limit of the claimed type, so an oversize photo is refused (413) while it streams in
 * rather than after it has been buffered whole.
 */
function rawBodyByClaimedType() {
  const parsers = new Map<UploadRule, express.RequestHandler>(
    UPLOAD_RULES.map((rule) => [rule, express.raw({ type: () => true, limit: rule.maxBytes })]),
  );
  return (req: Request, res: Response, next: NextFunction) => {
    const rule = ruleForClaimedType(req.get('content-type'));
    if (!rule) return sendError(res, AttachmentError.unsupportedType());
    parsers.get(rule)!(req, res, (err?: unknown) => {
      const e = err as { type?: string } | undefined;
      if (e?.type === 'entity.too.large') return sendError(res, AttachmentError.tooLarge(rule));
      next(err);
    });
  };
}

/**
 * `POST /api/uploads`: the raw file as the body, `Content-Type` its type; answers 201 `{ id, mime, size }`.
 * `GET /files/:id?exp&sig`: the bytes behind a signed link (photoUrl), no bearer token needed.
 */
export function attachmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  const signer = fileUrlSigner(deps.services.config.jwtSecret);

  router.post(
    '/api/uploads',
    requireRoles(deps, UPLOADER_ROLES),
    rawBodyByClaimedType(),
    handle(async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const uploaded = await new AttachmentService(contextOf(res)).upload(body, req.get('content-type'));
      res.status(201).json(uploaded);
    }),
  );

  router.get(
    '/files/:id',
    handle(async (req, res) => {
      const id = String(req.params.id);
      if (!isId(id) || !signer.verify(id, req.query.exp, req.query.sig)) throw AttachmentError.badLink();
      const attachment = await deps.orm.em.fork().findOne(Attachment, { id });
      const bytes = attachment ? await storageFor(deps.services.config).get(attachment.storageKey) : null;
      if (!attachment || !bytes) throw AttachmentError.fileNotFound();
      res.set({
        'Content-Type': attachment.mime,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'private, max-age=600',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Content-Disposition': 'inline',
      });
      res.end(bytes);
    }),
  );

  return router;
}
