import { afterEach, describe, expect, it } from 'vitest';
import { JavaMissingError, startDynamoLocal } from '../../../infra/local/dynamodb-local.ts';

describe('embedded DynamoDB Local', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('says what to install when Java is missing', async () => {
    process.env.PATH = '/nonexistent';
    const error = await startDynamoLocal().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JavaMissingError);
    expect((error as Error).message).toMatch(/Java 17/);
    expect((error as Error).message).toMatch(/需要 Java/);
    expect((error as Error).message).toMatch(/apt-get install -y openjdk-17-jre-headless/);
  });
});
