// Every script runs on the Node 24 that the root `node` dependency installs into node_modules/.bin.
// If its install script was skipped, npm falls back to the system Node silently: refuse instead.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(
    `Fengqiao needs Node.js 24 or newer, but this script runs on ${process.versions.node}.\n` +
      'The root package depends on the npm package "node" (24.x); reinstall with its install script allowed: npm install',
  );
  process.exit(1);
}
