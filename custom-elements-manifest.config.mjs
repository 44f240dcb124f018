export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/*/src/**/*.test.ts', 'packages/widgets/src/**'],
  litelement: true,
  outdir: '.',
};
