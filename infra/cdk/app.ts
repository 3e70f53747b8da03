import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EdgeStack } from './edge-stack.ts';
import { HonorBoardStack } from './honor-board-stack.ts';

const app = new App();
// The web ACL of a CloudFront distribution must live in us-east-1: a stack of its own, deployed first.
new EdgeStack(app, 'HonorBoardEdge', { env: { region: 'us-east-1' } });
// No env: the template stays account- and region-agnostic, so synth needs no credentials or lookups.
new HonorBoardStack(app, 'HonorBoard');
// cdk-nag's AWS Solutions rules run in every synth: an unacknowledged finding is an error and fails it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
