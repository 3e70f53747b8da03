import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** How long the stack keeps its logs: 180 days, the least China's Cybersecurity Law (art. 21) and 等保 2.0 ask of network logs. */
export const LOG_RETENTION = RetentionDays.SIX_MONTHS;
export const LOG_RETENTION_DAYS = 180;

/**
 * A log group of the stack. The lasting record of who wrote what is the audit trail in the
 * table; the logs show what happened around it (errors, access lines, builds) for half a year.
 */
export const logGroup = (scope: Construct, id: string): LogGroup => new LogGroup(scope, id, { retention: LOG_RETENTION });
