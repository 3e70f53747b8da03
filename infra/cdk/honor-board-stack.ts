import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api.ts';
import { Auth } from './auth.ts';
import { Data } from './data.ts';
import { Functions } from './functions.ts';
import { Publishing } from './publishing.ts';
import { Schedules } from './schedules.ts';

export interface HonorBoardStackProps extends StackProps {
  /** The centers whose score runs are scheduled (default: the `centers` context value, else the demo center). */
  readonly centers?: readonly string[];
}

/** The whole system in one stack: table, sign-in, functions, the HTTP API, the schedules and the publish events. */
export class HonorBoardStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly functions: Functions;
  readonly api: Api;
  readonly schedules: Schedules;
  readonly publishing: Publishing;

  constructor(scope: Construct, id: string, props?: HonorBoardStackProps) {
    super(scope, id, props);
    this.data = new Data(this, 'Data');
    this.auth = new Auth(this, 'Auth');
    this.functions = new Functions(this, 'Functions', { table: this.data.table });
    this.api = new Api(this, 'Api', {
      functions: this.functions.byName,
      userPool: this.auth.userPool,
      clients: [this.auth.webClient, this.auth.deviceClient],
    });
    this.schedules = new Schedules(this, 'Schedules', {
      runScores: this.functions.byName['run-scores'],
      runSelections: this.functions.byName['run-selections'],
      centers: props?.centers,
    });

    this.publishing = new Publishing(this, 'Publishing', { table: this.data.table });

    new CfnOutput(this, 'SiteEventBus', { value: this.publishing.bus.eventBusName });
    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
  }
}
