// PostGraphile 5 over the same database, the benchmark's peer (forked by main.ts): the Amber preset on schema
// `public`, served by grafserv on a Node HTTP server on another port, with a pool of 10 like the API's. One change from
// Amber: PgIndexBehaviorsPlugin is off, so every column may be ordered and conditioned on (Amber allows only indexed
// ones), as the console orders the case list by received date, which has no index of its own. Nothing is added to
// the database: no functions, no comments, no roles.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { postgraphilePreset } from './postgraphile-preset.js';

const url = process.env.DATABASE_URL;
if (!url || !process.send) throw new Error('postgraphile-process: run by main.ts with DATABASE_URL');

const pgl = postgraphile(postgraphilePreset({ connectionString: url }));
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
// Build the schema before answering that we are ready, so the first measured request does not pay for it.
await pgl.getSchema();

// Orphaned (the bench stopped without asking): leave with it.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: { type: 'stop' }) => {
  if (message.type === 'stop') {
    server.close();
    void Promise.resolve(pgl.release()).finally(() => process.exit(0));
  }
});

server.listen(0, '127.0.0.1', () => {
  process.send!({ ready: true, port: (server.address() as AddressInfo).port });
});
