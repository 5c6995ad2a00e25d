/**
 * The flags Node runs the server with, wherever it is started: `npm start` (both package.json files), the Dockerfile,
 * the systemd line in README, the browser tests' server and the benches. test/runtime-flags.spec.ts checks that
 * each of those launch lines carries them.
 *
 * `--max-semi-space-size=16` (MB): V8's young generation is collected by copying whatever in it is still alive,
 * with the event loop stopped. A request that keeps a province's 1,400 township rows, or a grid of villages, alive
 * while it runs had tens of MB of it alive; with V8's default young generation (up to 64 MB here) a collection then
 * held the loop 40–60 ms, past the 50 ms that any one turn may take. At 16 MB a collection copies at most that
 * much (25–35 ms measured) and the process's peak memory in the scale benchmark fell from 484 to 405 MB; collections
 * come more often, which cost the province's aggregates about a tenth of their time.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=16'] as const;
