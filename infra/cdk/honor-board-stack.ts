import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api.ts';
import { Auth } from './auth.ts';
import { Data } from './data.ts';
import { Functions } from './functions.ts';

/** The whole system in one stack: table, sign-in, functions and the HTTP API. */
export class HonorBoardStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly functions: Functions;
  readonly api: Api;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.data = new Data(this, 'Data');
    this.auth = new Auth(this, 'Auth');
    this.functions = new Functions(this, 'Functions', { table: this.data.table });
    this.api = new Api(this, 'Api', {
      functions: this.functions.byName,
      userPool: this.auth.userPool,
      clients: [this.auth.webClient, this.auth.deviceClient],
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
  }
}
