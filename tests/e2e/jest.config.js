// End-to-end suites: real Chromium against the local server started by scripts/e2e.mjs.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['<rootDir>/tools/jest-esbuild-transform.cjs', {}] },
  testTimeout: 90000,
  // One browser and one server for the whole run; suites share them one after another.
  maxWorkers: 1,
  // Suites that move the local server's test clock run last (see the sequencer).
  testSequencer: '<rootDir>/tests/e2e/sequencer.cjs',
}
