import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api.ts';
import { Auth } from './auth.ts';
import { Data } from './data.ts';
import { Functions } from './functions.ts';
import { Schedules } from './schedules.ts';

export interface HonorBoardStackProps extends StackProps {
  /** The centers whose score runs are scheduled (default: the `centers` context value, else the demo center). */
  readonly centers?: readonly string[];
}

/** The whole system in one stack: table, sign-in, functions, the HTTP API and the score-run schedules. */
export class HonorBoardStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly functions: Functions;
  readonly api: Api;
  readonly schedules: Schedules;

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
    this.schedules = new Schedules(this, 'Schedules', { runScores: this.functions.byName['run-scores'], centers: props?.centers });

    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
  }
}
