import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { freePort } from '../src/db/embedded.js';
import { TEST_FIELD_KEYS, TEST_JWT_SECRET } from './secrets.js';

/**
 * A real API process (`src/main.ts` from the TypeScript sources through @swc-node/register, as `npm start` runs the
 * build: no build step needed) on a port of its own against `databaseUrl`, with the test secrets every test database
 * was sealed with. Its JSON log lines are kept, so a test can tell which process served a request (by X-Request-Id).
 */
export interface ApiProcess {
  port: number;
  url: string;
  pid: number;
  logs: string[];
  /** Resolves when /healthz answers 200; rejects with the process's output when it exits first. */
  ready: Promise<void>;
  /** The exit code once the process has ended (null: ended by a signal). */
  exited: Promise<number | null>;
  /** Whether a request with this X-Request-Id was served here. */
  served(requestId: string): boolean;
  stop(): Promise<void>;
}

export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fq-proc-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: resolve(REPO_ROOT, 'api'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      DOCUMENT_WORKERS: '1',
      TRUST_PROXY: 'loopback',
      JWT_SECRET: new TextDecoder().decode(TEST_JWT_SECRET),
      FIELD_ENCRYPTION_KEYS: TEST_FIELD_KEYS.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
      ID_LOOKUP_KEY: 'multi-process-test-lookup-key-of-enough-length',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const lines = (partial + String(chunk)).split('\n');
    partial = lines.pop()!;
    logs.push(...lines.filter(Boolean));
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  // 'close', not 'exit': the process has ended and its output has all been read (its last log lines included).
  const exited = new Promise<number | null>((r) => child.once('close', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode}:\n${logs.join('\n')}`);
      try {
        if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`API process on ${port} not ready:\n${logs.join('\n')}`);
  })();
  ready.catch(() => undefined);
  return {
    port,
    url,
    pid: child.pid!,
    logs,
    ready,
    exited,
    served: (requestId) => logs.some((l) => l.includes(`"requestId":"${requestId}"`) && l.includes('"msg":"request"')),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL request to one process (or to nginx before them), with a request id to find it in the logs by. */
export async function gqlAt(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  requestId?: string,
): Promise<{ status: number; data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  return { status: res.status, ...body };
}
