// Fixed secrets for tests: every jest worker must open what the worker that seeded the template sealed.
export const TEST_JWT_SECRET = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-signing!!');
export const TEST_FIELD_KEYS = [{ id: 't1', key: Buffer.alloc(32, 7) }];
export const TEST_LOOKUP_KEY = Buffer.alloc(32, 9);
