import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * A log group of the stack. Three months covers a quarterly score run and the objections after
 * its notice; the lasting record of who wrote what is the audit trail in the table, not the logs.
 */
export const logGroup = (scope: Construct, id: string): LogGroup =>
  new LogGroup(scope, id, { retention: RetentionDays.THREE_MONTHS });
