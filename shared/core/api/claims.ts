/**
 * The claim names of the API's tokens, as the API Gateway JWT authorizer passes them on:
 * people carry their role as a Cognito group, and center and window as custom claims. The
 * handlers read the claims with these names and the site reads a signed-in token with them.
 */
export const CLAIMS = {
  groups: 'cognito:groups',
  center: 'custom:center_id',
  window: 'custom:window_id',
  /** An officer's own account: the officer it is bound to. */
  officer: 'custom:officer_id',
} as const;
