import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config.js';
import { freePort } from '../src/db/embedded.js';

/** The committed example (README, "Several processes"), whose proxying a test and the bench serve through. */
export const NGINX_EXAMPLE = join(REPO_ROOT, 'docs', 'nginx', 'fengqiao.conf');

/** Debian's nginx binary, or undefined when the package is not installed. */
export function nginxBinary(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
}

/** The `location / { … }` block and the body size limit of the committed example, the parts a local run reuses. */
export function exampleProxying(text = readFileSync(NGINX_EXAMPLE, 'utf8')): { location: string; bodyLimit: string } {
  const start = text.indexOf('location / {');
  if (start < 0) throw new Error(`${NGINX_EXAMPLE} has no "location / {" block`);
  let depth = 0;
  let end = start;
  for (let i = text.indexOf('{', start); i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  const bodyLimit = /^\s*client_max_body_size [^;]+;/m.exec(text)?.[0].trim();
  if (!bodyLimit) throw new Error(`${NGINX_EXAMPLE} sets no client_max_body_size`);
  return { location: text.slice(start, end), bodyLimit };
}

/**
 * A whole nginx configuration for this machine: everything under `dir` (pid, logs, temporary files), listening on
 * `port` of loopback in plain HTTP, balancing `upstreamPorts` with the example's proxying. The access log names the
 * upstream that answered each request.
 */
export function localNginxConfig(dir: string, port: number, upstreamPorts: number[]): string {
  const { location, bodyLimit } = exampleProxying();
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$request_method $uri $status upstream=$upstream_addr';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream fengqiao {
    least_conn;
${upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    ${bodyLimit}
    ${location}
  }
}
`;
}

export interface LocalNginx {
  url: string;
  /** The access log's lines so far (`<method> <uri> <status> upstream=127.0.0.1:<port>`). */
  accessLog(): string[];
  stop(): Promise<void>;
}

/** Runs nginx in the foreground as a child process with {@link localNginxConfig}; resolves once it answers. */
export async function startLocalNginx(binary: string, dir: string, upstreamPorts: number[]): Promise<LocalNginx> {
  mkdirSync(dir, { recursive: true });
  // Started as root, nginx's workers run as nobody: they must reach the temporary directories under `dir`.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, localNginxConfig(dir, port, upstreamPorts));
  let stderr = '';
  const child: ChildProcess = spawn(binary, ['-c', file, '-p', dir, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr || readFileSync(join(dir, 'error.log'), 'utf8')}`);
    try {
      await fetch(`${url}/nginx-ready-probe`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    accessLog: () => (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean) : []),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
