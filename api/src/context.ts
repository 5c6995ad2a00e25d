import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './common/access/viewer.js';
import type { FieldCipher } from './common/crypto/field-cipher.js';
import type { DocumentPool } from './common/documents/pool.js';
import type { Throttle } from './common/auth/throttle.js';
import type { TokenService } from './common/auth/token.js';
import type { BackgroundTasks } from './common/tasks/background-tasks.js';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';
import type { Documents } from './documents.js';
import type { CodeSender } from './modules/phone-login/code-sender.js';

/** What lives for the whole process and every request may use. */
export interface AppServices {
  config: Config;
  tokens: TokenService;
  /** Delivers parties' sign-in codes. */
  codeSender: CodeSender;
  /** Seals and opens confidential fields. */
  cipher: FieldCipher;
  /** Counts sign-in tries and code requests in the database (SIGN_IN_RULES). */
  throttle: Throttle;
  log: Logger;
  /** Work finished after the answer has gone (a sign-in code's lookup and sending). */
  background: BackgroundTasks;
  /** The time for throttles and sign-in codes; tests move their own instead of waiting. */
  now: () => Date;
  /** Renders workbooks and PDFs in worker threads, off the event loop (src/documents.ts names them). */
  documents: DocumentPool<Documents>;
}

/** One per request: its own forked entity manager (so identity maps and batching never cross requests). */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  ip: string;
  log: Logger;
  app: AppServices;
  /** Per-request memo for scope lookups and loaders, keyed by name. */
  memo: Map<string, unknown>;
}

export function memoize<T>(ctx: Context, key: string, make: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}
