// Native ESM jest (run with NODE_OPTIONS=--experimental-vm-modules): swc compiles TypeScript with legacy
// decorators and their metadata, which type-graphql and MikroORM both read.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.integration-spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/test/**/*.integration-spec.ts',
  ],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60000,
  // Workers hold no open handle when the run ends (checked at their end message: only stdio and the IPC pipe), but
  // tearing down a worker that loaded the ORM and the server takes ~0.1 s of CPU, and on a busy two-core machine that
  // is more than jest's default 0.5 s of wall time, so the worker was killed and reported as leaking. A real leak
  // keeps a worker alive indefinitely and is still killed and reported, five seconds later.
  workerGracefulExitTimeout: 5000,
};
