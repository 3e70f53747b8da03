import { App } from 'aws-cdk-lib';
import { HonorBoardStack } from './honor-board-stack.ts';

const app = new App();
// No env: the template stays account- and region-agnostic, so synth needs no credentials or lookups.
new HonorBoardStack(app, 'HonorBoard');
