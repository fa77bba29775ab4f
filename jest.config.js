// Three tiers, each a project (`npm run test:<tier>`; `npm test` runs all three):
// - unit: `*.spec.ts` beside the code. No service and no socket, not even on loopback: the tier
//   passes in a network namespace of its own (`unshare -n npm run test:unit`).
// - integration: `*.integration-spec.ts` beside the code. One library against a real service
//   (PostgreSQL, Redis, RabbitMQ, OpenSSH) or a real peer it starts on loopback.
// - e2e: `test/**/*.e2e-spec.ts`. The processes, against the real services.
const moduleNameMapper = { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src' };
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  transform,
  moduleNameMapper,
};

/** @type {import('jest').Config} */
module.exports = {
  // Global in Jest 30 (a project-level value is ignored): end-to-end hooks stop whole services.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
