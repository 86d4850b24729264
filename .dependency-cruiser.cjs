/** The dependency rule of docs/ARCHITECTURE.md, checked in CI by `npm run deps:check`. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core imports no other package of ours and no I/O: it runs in Node and in the browser.',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: {
        pathNot: '^packages/core/src',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-not-web',
      comment: 'server and web meet only in core.',
      severity: 'error',
      from: { path: '^packages/server' },
      to: { path: '^packages/web' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      from: { path: '^packages/web' },
      to: { path: '^packages/server' },
    },
    {
      name: 'server-imports-point-down',
      comment:
        'The composition root (app.ts, serve.ts, cli.ts at the top of server/src) imports the contexts; nothing imports it back, and no context imports the HTTP plumbing in http/ (issue 16).',
      severity: 'error',
      from: { path: '^packages/server/src/[^/]+/', pathNot: '(\\.test\\.ts$|/testing/)' },
      to: { path: '^packages/server/src/(app|serve|cli)\\.ts$' },
    },
    {
      name: 'contexts-not-http',
      comment:
        'access, treatment, daginvulling, financing, … answer with ProblemError (errors/); only the composition root wires http/.',
      severity: 'error',
      from: { path: '^packages/server/src/[^/]+/', pathNot: '(^packages/server/src/http/|\\.test\\.ts$|/testing/)' },
      to: { path: '^packages/server/src/http/' },
    },
    {
      name: 'http-not-contexts',
      comment: 'the HTTP plumbing knows errors, config and db, not the contexts whose routes the composition root registers.',
      severity: 'error',
      from: { path: '^packages/server/src/http/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^packages/server/src/[^/]+/',
        pathNot: '^packages/server/src/(http|errors|db|testing)/',
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'production-code-not-tests',
      comment: 'test helpers stay out of what ships.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src', pathNot: '(\\.test\\.tsx?$|/testing/)' },
      to: { path: '(\\.test\\.tsx?$|/testing/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      // A types-only package (e.g. @medplum/fhirtypes) names its entry in `types`, with an empty `main`.
      mainFields: ['main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
  },
};
