import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One DynamoDB Local for the whole run; each test file works in tables of its own.
    globalSetup: ['tests/support/dynamodb-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
