import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { tempDir } from './support/cli.js';

// The browser tests never skip: a browser that cannot start must fail them with one line that says why.
describe('a test browser that cannot start', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  async function startFailure(executable: string): Promise<string> {
    vi.stubEnv('POLICYDIFF_CHROMIUM', executable);
    const error = await launchBrowser().then(
      async (browser) => {
        await browser.close();
        throw new Error(`${executable} started`);
      },
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/: set POLICYDIFF_CHROMIUM to a Chromium or Chrome executable to use that one$/);
    return message;
  }

  it('names a missing executable', async () => {
    const missing = join(tempDir(), 'no-such-chromium');
    expect(await startFailure(missing)).toBe(
      `headless Chromium (${missing}) did not start: there is no such file: set POLICYDIFF_CHROMIUM to a Chromium or Chrome executable to use that one`,
    );
  });

  it('passes on what the browser said before it exited', async () => {
    const fake = join(tempDir(), 'chromium');
    writeFileSync(fake, '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n');
    chmodSync(fake, 0o755);
    expect(await startFailure(fake)).toBe(
      `headless Chromium (${fake}) did not start: chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: set POLICYDIFF_CHROMIUM to a Chromium or Chrome executable to use that one`,
    );
  });
});
