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
