/**
 * Synthesizes the CDK stack into `<outdir>`, which bundles every Lambda with esbuild exactly
 * as `cdk synth` does, and prints where each function's bundle is (as the bundling test
 * finds them). Run in a child process: CDK's bundling output stays out of the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { HonorBoardStack } from '../../infra/cdk/honor-board-stack.ts';
import { REPO_ROOT } from './child.ts';

const outdir = process.argv[2];
if (!outdir) throw new Error('usage: synth-bundles.ts <outdir>');
const { context } = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'));
const stack = new HonorBoardStack(new App({ outdir, context }), 'HonorBoard');
const functions = Template.fromStack(stack).findResources('AWS::Lambda::Function');
const bundles = Object.entries(stack.functions.byName).map(([name, fn]) => {
  const key: string = functions[stack.getLogicalId(fn.node.defaultChild as CfnFunction)]?.Properties.Code.S3Key;
  return { name, file: join(outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs') };
});
console.log(JSON.stringify(bundles));
