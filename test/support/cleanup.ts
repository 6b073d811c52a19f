import { afterEach, onTestFinished } from 'vitest';

/**
 * Runs `cleanup` when the current test finishes, or, when called outside a test (in a describe block), after each
 * test. `afterEach` called inside a running test registers nothing for it: the temp folders and servers that tests
 * made for themselves were left behind.
 */
export function afterThisTest(cleanup: () => unknown): void {
  try {
    onTestFinished(async () => {
      await cleanup();
    });
  } catch {
    afterEach(async () => {
      await cleanup();
    });
  }
}
