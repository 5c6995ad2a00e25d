import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { AccessError } from '../access/access.error.js';
import type { Role } from '../access/role.js';
import { viewerFromAuthorization } from '../auth/viewer-from-request.js';
import { readFromPrimary } from '../../db/replicas.js';
import type { AppServices, Context } from '../../context.js';
import { handle } from './errors.js';

/** What the REST routes need from the server: the ORM (to fork per request) and the process-wide services. */
export interface RouteDeps {
  orm: MikroORM;
  services: AppServices;
}

/**
 * The REST counterpart of `@Roles`: resolves the bearer token with a forked entity manager (as GraphQL does), answers
 * 401 without a valid sign-in and 403 for other roles, and leaves a full request Context in `res.locals` so that
 * handlers call the same services, with the same jurisdiction scopes, as the resolvers.
 */
export function requireRoles(deps: RouteDeps, roles: readonly Role[]) {
  return handle(async (req: Request, res: Response, next: NextFunction) => {
    const em = deps.orm.em.fork();
    // A request that writes reads what it wrote: from the primary (README, "Read replicas"). Downloads read a replica.
    if (req.method !== 'GET' && req.method !== 'HEAD') readFromPrimary(em);
    const viewer = await viewerFromAuthorization(req.get('authorization'), deps.services.tokens, em);
    if (!viewer) throw AccessError.unauthenticated();
    if (!roles.includes(viewer.role)) throw AccessError.forbidden();
    if (viewer.mustChangePassword) throw AccessError.passwordChangeRequired();
    const ctx: Context = {
      em,
      viewer,
      requestId: req.id,
      ip: req.ip ?? 'unknown',
      log: req.log.child({ userId: viewer.id }),
      app: deps.services,
      memo: new Map(),
    };
    res.locals.ctx = ctx;
    next();
  });
}

/** The Context that `requireRoles` prepared for this request. */
export function contextOf(res: Response): Context {
  const ctx = res.locals.ctx as Context | undefined;
  if (!ctx) throw new Error('contextOf: requireRoles did not run before this handler');
  return ctx;
}
