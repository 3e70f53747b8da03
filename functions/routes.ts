/** The route table lives in the core (`shared/core/api/routes.ts`); the handlers and the stack read it from here too. */
export * from '#core/api/routes';
