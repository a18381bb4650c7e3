import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'flows/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
