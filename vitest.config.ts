import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/service/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build test runs a real `astro build`; give it room on a 2-core machine.
    testTimeout: 10_000,
  },
});
