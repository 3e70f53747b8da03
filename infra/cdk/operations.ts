import { Aspects, Duration, type IAspect, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import type { Publishing } from './publishing.ts';

export interface OperationsProps {
  readonly httpApi: HttpApi;
  readonly publishing: Publishing;
  /** Where the alarms are mailed (`-c alarmEmail=…`); without it, subscribe to the topic yourself. */
  readonly alarmEmail?: string;
}

/** Every alarm of the stack notifies the topic: added to each at synth, so a new alarm cannot be forgotten. */
class NotifyTopic implements IAspect {
  private readonly done = new WeakSet<Alarm>();
  private readonly action: SnsAction;
  constructor(action: SnsAction) {
    this.action = action;
  }
  visit(node: IConstruct): void {
    if (!(node instanceof Alarm) || this.done.has(node)) return;
    this.done.add(node);
    node.addAlarmAction(this.action);
  }
}

const atLeastOnce = (scope: Construct, id: string, description: string, metric: IMetric) =>
  new Alarm(scope, id, {
    alarmDescription: description,
    metric,
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

/**
 * The alarm topic and the alarms that are not a function's own (those are in functions.ts
 * and schedules.ts): API 5xx, the pipe, the site build and the dead-letter queues.
 */
export class Operations extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    // A key of our own: CloudWatch may not use the AWS-managed SNS key to publish to an encrypted topic.
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Honor board alarm topic' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Alarms', { displayName: 'Honor board alarms / 考评系统告警', masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Aspects.of(Stack.of(this)).add(new NotifyTopic(new SnsAction(this.topic)));

    const five = Duration.minutes(5);
    atLeastOnce(this, 'Api5xx', 'The API answered 5xx (a handler failed or timed out, or the integration did)', props.httpApi.metricServerError({ period: five, statistic: 'Sum' }));
    const pipeName = props.publishing.pipe.ref;
    atLeastOnce(
      this,
      'PipeFailures',
      'The publish pipe failed to pass on published documents: the site may be stale (see the pipe’s logs and dead-letter queue)',
      new Metric({ namespace: 'AWS/EventBridge/Pipes', metricName: 'ExecutionFailed', dimensionsMap: { PipeName: pipeName }, period: five, statistic: 'Sum' }),
    );
    atLeastOnce(this, 'BuildFailures', 'A site build failed: the public site shows the previous build', props.publishing.project.metricFailedBuilds({ period: five, statistic: 'Sum' }));
    atLeastOnce(
      this,
      'RuleFailures',
      'The site-build rule could not start a build',
      new Metric({ namespace: 'AWS/Events', metricName: 'FailedInvocations', dimensionsMap: { RuleName: props.publishing.rule.ruleName, EventBusName: props.publishing.bus.eventBusName }, period: five, statistic: 'Sum' }),
    );
    const queues: [string, Queue, string][] = [
      ['PipeDeadLetters', props.publishing.pipeDeadLetters, 'Published writes the pipe could not deliver: rebuild the site by hand'],
      ['RuleDeadLetters', props.publishing.ruleDeadLetters, 'A site build could not be started within two hours: start one by hand'],
    ];
    for (const [name, queue, description] of queues) {
      atLeastOnce(this, `${name}Alarm`, description, queue.metricApproximateNumberOfMessagesVisible({ period: five, statistic: 'Maximum' }));
    }
  }
}
