import { type CfnElement, Duration, RemovalPolicy, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression, ScheduleGroup, ScheduleTargetInput, TimeWindow } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CENTER_TIME_ZONE } from '../../shared/core/records/common.ts';

/**
 * When the score runs and the selections' tick happen (Beijing time), with what each is
 * given. A score run's period is relative, so one fixed input serves every month. On the
 * 1st they follow each other an hour apart — month, then quarter, then year — so each finds
 * the shorter periods it builds on already scored (a run takes minutes at most). The daily
 * tick comes last on the 1st, so a quarter's selection opens on its scores. The input names
 * no center: each run takes every center listed in the table (functions/every-center.ts),
 * so a center created through the API is scored from its first night, with no redeploy.
 */
const CADENCES = {
  // Just after midnight, so the month so far includes all of yesterday.
  daily: { cron: { minute: '30', hour: '0' }, target: 'runScores', input: { period: 'current-month' } },
  monthly: { cron: { minute: '0', hour: '1', day: '1' }, target: 'runScores', input: { period: 'previous-month' } },
  quarterly: { cron: { minute: '0', hour: '2', day: '1', month: '1,4,7,10' }, target: 'runScores', input: { period: 'previous-quarter' } },
  yearly: { cron: { minute: '0', hour: '3', day: '1', month: '1' }, target: 'runScores', input: { period: 'previous-year' } },
  'selection-tick': { cron: { minute: '0', hour: '4' }, target: 'runSelections', input: {} },
} as const;
type Cadence = keyof typeof CADENCES;

export interface SchedulesProps {
  readonly runScores: LambdaFunction;
  readonly runSelections: LambdaFunction;
}

/** The score-run and selection-tick schedules (each for every center), their dead-letter queue and its alarm. */
export class Schedules extends Construct {
  readonly group: ScheduleGroup;
  readonly role: Role;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: SchedulesProps) {
    super(scope, id);
    // One group per stack scopes the role's trust; it holds only this stack's schedules, so it goes with the stack.
    this.group = new ScheduleGroup(this, 'Group', { removalPolicy: RemovalPolicy.DESTROY });

    this.deadLetters = new Queue(this, 'DeadLetters', {
      // Encrypted at rest with SQS-managed keys: no key to manage or to grant to the senders.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS keeps a message: two weeks to look into a failed run and rerun it.
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue: of the schedules (DeadLetterConfig) and of run-scores’ asynchronous invocations (OnFailure), which the rule does not count as DLQ use.',
    });
    new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'A scheduled score run could not be delivered or failed after its retries: read the dead-letter queue',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // The scheduler invokes Lambda asynchronously, so its retries cover delivery only: a run that throws
    // is retried by Lambda (safe: an unchanged run writes nothing, a tick takes no step twice) and then
    // lands in the same queue.
    const targets = { runScores: props.runScores, runSelections: props.runSelections };
    for (const fn of Object.values(targets)) {
      fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(1), onFailure: new SqsDestination(this.deadLetters) });
    }

    const stack = Stack.of(this);
    // Assumable by the scheduler only on behalf of this account's group (confused-deputy guard).
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': this.group.scheduleGroupArn } },
      }),
    });
    for (const fn of Object.values(targets)) {
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: 'The invoke grant of a scheduler target covers the function’s versions and aliases (`:*`): still that one function, and only lambda:InvokeFunction.',
      });
    }
    const timeZone = TimeZone.of(CENTER_TIME_ZONE);
    for (const [cadence, { cron, target, input }] of Object.entries(CADENCES) as [Cadence, (typeof CADENCES)[Cadence]][]) {
      const schedule = new Schedule(this, cadence, {
        description: `${target === 'runScores' ? 'Score run' : 'Selection tick'} of every center, ${cadence}${'period' in input ? `: ${input.period}` : ''}`,
        scheduleGroup: this.group,
        schedule: ScheduleExpression.cron({ ...cron, timeZone }),
        // Runs at the minute named: the cadences above are ordered on the 1st.
        timeWindow: TimeWindow.off(),
        target: new LambdaInvoke(targets[target], {
          role: this.role,
          input: ScheduleTargetInput.fromObject({ ...input }),
          // A few retries within the hour ride out throttling; after that the DLQ and its alarm take over.
          retryAttempts: 3,
          maxEventAge: Duration.hours(1),
          deadLetterQueue: this.deadLetters,
        }),
      });
      // The schedule names its group by name, not by reference: CloudFormation must be told the order.
      schedule.node.addDependency(this.group);
    }
  }
}
