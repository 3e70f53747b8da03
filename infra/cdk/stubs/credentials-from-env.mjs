// The default credential chain of a Lambda bundle (stubs/README.md): Lambda puts the execution
// role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, the
// first source the SDK's own chain tries; its other sources (profiles, SSO, IMDS, containers)
// never apply to a Lambda function.
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
