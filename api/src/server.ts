import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { now as clockNow } from './common/clock.js';
import { Throttle } from './common/auth/throttle.js';
import { FieldCipher } from './common/crypto/field-cipher.js';
import { DocumentPool } from './common/documents/pool.js';
import { BackgroundTasks } from './common/tasks/background-tasks.js';
import { TokenService } from './common/auth/token.js';
import { viewerFromAuthorization } from './common/auth/viewer-from-request.js';
import { AppError } from './common/errors/app-error.js';
import { isServiceUnavailable, serviceUnavailable } from './common/errors/db-errors.js';
import { errorReporting, logFailure, makeFormatError } from './common/errors/format-error.js';
import { localeOf, localizeError } from './common/errors/localize.js';
import { CostBudget } from './common/graphql/cost-budget.js';
import { heavyQueryLimit } from './common/graphql/heavy-queries.js';
import { queryCostLimit } from './common/graphql/cost-limit.js';
import { scalarErrorsNameTheirField } from './common/graphql/input-errors.js';
import { QUERY_COST } from './common/graphql/query-cost.js';
import { introspectionForSignedInOnly } from './common/graphql/introspection.js';
import { queriesAndMutationsOnly } from './common/graphql/operations.js';
import { primaryForMutations } from './common/graphql/primary-for-mutations.js';
import { consoleFiles } from './common/http/console-files.js';
import { sendError } from './common/http/errors.js';
import { requestContext } from './common/http/request-id.js';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';
import type { AppServices, Context } from './context.js';
import { databaseHealth } from './db/health.js';
import type { Documents } from './documents.js';
import { DOCUMENTS_MODULE } from './documents-module.js';
import { attachmentRoutes } from './modules/attachment/attachment.routes.js';
import { caseFileRoutes } from './modules/mediation-case/case-file.routes.js';
import { agreementScanRoutes } from './modules/mediation-case/agreement-scan.routes.js';
import { caseLedgerRoutes } from './modules/mediation-case/case-ledger.routes.js';
import { workLogRoutes } from './modules/work-log/work-log.routes.js';
import { noticeBoardRoutes } from './modules/notice-board/notice-board.routes.js';
import { publicVillageRoutes } from './modules/notice-board/public-village.routes.js';
import { rosterRoutes } from './modules/roster/roster.routes.js';
import { regionRoutes } from './modules/region/region.routes.js';
import { trainingRoutes } from './modules/training/training.routes.js';
import { meetingRoutes } from './modules/meeting/meeting.routes.js';
import { subsidyRoutes } from './modules/subsidy/subsidy.routes.js';
import { assessmentRoutes } from './modules/assessment/assessment.routes.js';
import { createCodeSender } from './modules/phone-login/code-sender.js';
import { CODE_TTL_MS } from './modules/phone-login/phone-login.service.js';
import { getSchema } from './schema.js';

/**
 * Apollo's own log messages, without what they quote: it interpolates errors (`Unexpected error processing request:
 * <the error>`), whose text can carry a driver's message and so input values. What comes before the first colon
 * names the situation.
 */
function apolloMessage(m: unknown): string {
  if (m instanceof Error) return m.name;
  return String(m).split(': ')[0]!.slice(0, 200);
}

export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 2000, maxCost: QUERY_COST.max, maxDirectives: 20 } as const;

export interface FengqiaoServer {
  http: Server;
  app: express.Express;
  services: AppServices;
  stop(): Promise<void>;
}

/** Tests replace the clock and the code sender; everything else is built from the configuration. */
export type ServiceOverrides = Partial<Pick<AppServices, 'now' | 'codeSender'>>;

export async function createFengqiaoServer(config: Config, orm: MikroORM, log: Logger, overrides: ServiceOverrides = {}): Promise<FengqiaoServer> {
  const schema = await getSchema();
  const now = overrides.now ?? clockNow;
  const services: AppServices = {
    config,
    log,
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    cipher: new FieldCipher(config.fieldKeys),
    // SMS_PROVIDER's sender. Codes go to the log only in development and tests; production without a provider refuses.
    codeSender: createCodeSender(config.sms, CODE_TTL_MS / 60_000, log),
    throttle: new Throttle(config.lookupKey, now),
    background: new BackgroundTasks(log),
    now,
    documents: new DocumentPool<Documents>({ module: DOCUMENTS_MODULE, size: config.documentWorkers, checkPlain: config.env !== 'production' }),
    ...overrides,
  };

  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: anyone can send the header, and the address
  // it claims keys the sign-in throttle and the audit trail.
  app.set('trust proxy', config.trustProxy);
  const http = createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Armor's token limit parses in a plugin hook and turns plain syntax errors into 500s; graphql-js enforces the
    // same limit inside Apollo's own parse (parseOptions below), which answers 400.
    maxTokens: { enabled: false },
    // Armor's cost counts fields but not list sizes (it knows only first/last); queryCostLimit below prices `take`.
    costLimit: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();

  const exposeInternals = config.env === 'development' && process.env.EXPOSE_ERRORS === 'true';
  const apollo = new ApolloServer<Context>({
    schema,
    // main.ts stops the server on SIGINT/SIGTERM, in order (requests drained, then the document pool and the database).
    // Apollo's own handler would stop it too and then send itself the signal again, which main.ts's handler (still
    // registered) swallows: a cluster worker then never got past apollo.stop() and was killed after 15 s.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: true,
    allowBatchedHttpRequests: false,
    // Apollo's own messages go through the structured logger, never straight to the console.
    logger: {
      debug: (m: unknown) => log.debug({ source: 'apollo' }, apolloMessage(m)),
      info: (m: unknown) => log.info({ source: 'apollo' }, apolloMessage(m)),
      warn: (m: unknown) => log.warn({ source: 'apollo' }, apolloMessage(m)),
      error: (m: unknown) => log.error({ source: 'apollo' }, apolloMessage(m)),
    },
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    includeStacktraceInErrorResponses: exposeInternals,
    formatError: makeFormatError(exposeInternals),
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as unknown as import('@apollo/server').ApolloServerPlugin<Context>[]),
      introspectionForSignedInOnly,
      queriesAndMutationsOnly,
      primaryForMutations,
      errorReporting,
      scalarErrorsNameTheirField,
      queryCostLimit(QUERY_LIMITS.maxCost, new CostBudget(config.queryCostPerMinute)),
      // The 1,000-row grids, two at a time per process (common/graphql/heavy-queries.ts).
      heavyQueryLimit(),
      // Apollo's default landing page loads from a CDN; this server runs on offline networks.
      ApolloServerPluginLandingPageDisabled(),
      // Responses are per viewer and never cached; the plugin would otherwise wrap every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // A federated schema would otherwise send resolver timings (ftv1) to any caller that asks for them by header.
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  app.use(requestContext(log));

  const health = databaseHealth(orm.config.get('clientUrl')!);
  app.get('/healthz', async (_req, res) => {
    if (await health.check()) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'unavailable' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        // Apollo answers a failure here before any plugin runs: log it and give it its status here.
        const viewer = await viewerFromAuthorization(req.get('authorization'), services.tokens, em).catch((error: unknown) => {
          if (error instanceof AppError) throw localizeError(error, localeOf(req.get('accept-language')));
          logFailure(req.log, error);
          throw isServiceUnavailable(error) ? serviceUnavailable() : error;
        });
        const reqLog = viewer ? req.log.child({ userId: viewer.id }) : req.log;
        return { em, viewer, requestId: req.id, ip: req.ip ?? 'unknown', log: reqLog, app: services, memo: new Map() };
      },
    }),
  );

  // Files beside GraphQL: uploads, signed photo links, notice-board PDFs, roster workbooks. Mounted before the
  // console so that its catch-all never answers them.
  app.use(
    attachmentRoutes({ orm, services }),
    noticeBoardRoutes({ orm, services }),
    publicVillageRoutes({ orm, services }),
    rosterRoutes({ orm, services }),
    regionRoutes({ orm, services }),
    caseFileRoutes({ orm, services }),
    agreementScanRoutes({ orm, services }),
    caseLedgerRoutes({ orm, services }),
    workLogRoutes({ orm, services }),
    trainingRoutes({ orm, services }),
    meetingRoutes({ orm, services }),
    subsidyRoutes({ orm, services }),
    assessmentRoutes({ orm, services }),
  );

  // The console and GraphiQL (common/http/console-files.ts): compressed copies from the build, hashed assets cached for good.
  const consoleDir = config.consoleDir;
  app.use(consoleFiles(consoleDir));
  if (!existsSync(join(consoleDir, 'index.html'))) {
    log.warn({ consoleDir }, 'console build not found yet; run npm run build to serve the console and GraphiQL');
  }

  // An unknown API path answers in the API's error shape rather than an HTML page.
  app.use(['/api', '/files'], (_req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: 'No such endpoint', extensions: { code: 'NOT_FOUND' } }] });
  });

  // Malformed JSON bodies and other request errors: a clear 4xx in GraphQL's error shape, never a 500 page.
  app.use((err: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (isServiceUnavailable(err)) {
      logFailure(req.log, err);
      return sendError(res, serviceUnavailable());
    }
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : err.type === 'entity.too.large'
          ? 'The request body is too large'
          : status < 500
            ? 'Bad request'
            : 'Internal server error';
    if (status >= 500) logFailure(req.log, err);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  return {
    http,
    app,
    services,
    async stop() {
      await apollo.stop();
      await services.background.settled();
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
      // After the server has drained: no request is waiting for a document any more.
      await services.documents.close();
      await health.close();
    },
  };
}
