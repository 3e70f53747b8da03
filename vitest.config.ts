import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One DynamoDB Local for the whole run; each test file works in tables of its own.
    globalSetup: ['tests/support/dynamodb-global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll gives up after 1 s by default: a page's script on a busy 2-core machine
    // may take longer to answer, and a test should wait for it rather than fail.
    expect: { poll: { timeout: 15_000 } },
    // The handlers log every request (Powertools, INFO by default); a test run shows errors only.
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR' },
    hookTimeout: 180_000,
  },
});
