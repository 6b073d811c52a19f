import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import packagedChromium from '@sparticuz/chromium';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Real headless Chromium, driven by playwright-core (which downloads no browser of its own). The browser comes
 * with `npm ci`: @sparticuz/chromium ships a headless Chromium for Linux x64 inside its npm package. Set
 * POLICYDIFF_CHROMIUM to use another Chromium or Chrome instead (on another platform, you must). Nothing skips
 * the browser tests: a browser that cannot start fails them with one line saying why.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const OVERRIDE_HINT = 'set POLICYDIFF_CHROMIUM to a Chromium or Chrome executable to use that one';

/**
 * The packaged Chromium, unpacked once per version into node_modules/.cache. The package unpacks into
 * os.tmpdir() (/tmp/chromium), a path shared by every checkout and version that it reuses unchecked, so it
 * unpacks into a folder of ours that is moved into place whole: a run killed halfway leaves no half binary behind,
 * and two runs at once each get a whole one.
 */
async function unpackedChromium(): Promise<string> {
  // The package's entry is build/cjs/index.cjs; its package.json (not in its exports) is two folders up.
  const packageDir = dirname(dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'))));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cache = join(packageDir, '..', '..', '.cache', 'policydiff');
  const target = join(cache, `chromium-${version}`);
  const executable = join(target, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(`${target}.partial-`);
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await packagedChromium.executablePath();
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run moved its copy into place first.
    if (!existsSync(executable)) throw error;
  }
  return executable;
}

/** Playwright's launch error is many lines (the command line, a call log): its first line, or what the browser said. */
function launchFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const browserSaid = [...message.matchAll(/^\[pid=\d+\]\[err\] (.+)$/gm)].map((match) => match[1]!.trim()).filter((line) => line !== '');
  return (browserSaid.at(-1) ?? message.split('\n')[0]!).replace(/^browserType\.\w+: /, '');
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh profile of its own, removed on close. Fails with one line naming why it could not start. */
export async function launchBrowser(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  let executablePath = process.env.POLICYDIFF_CHROMIUM;
  if (executablePath === undefined || executablePath === '') {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(`the Chromium that npm ci brings (@sparticuz/chromium) runs on Linux x64 only, not ${process.platform} ${process.arch}: ${OVERRIDE_HINT}`);
    }
    try {
      executablePath = await unpackedChromium();
    } catch (error) {
      throw new Error(`the Chromium that npm ci brings could not be unpacked: ${error instanceof Error ? error.message : String(error)}: ${OVERRIDE_HINT}`);
    }
  }
  // Playwright would say so too, but leave its artifacts folder behind in the temp folder.
  if (!existsSync(executablePath)) throw new Error(`headless Chromium (${executablePath}) did not start: there is no such file: ${OVERRIDE_HINT}`);
  const profile = mkdtempSync(join(tmpdir(), 'policydiff-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 1400 },
      colorScheme: options.colorScheme ?? 'light',
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`headless Chromium (${executablePath}) did not start: ${launchFailure(error)}: ${OVERRIDE_HINT}`);
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ColourCount {
  width: number;
  height: number;
  colours: number;
  /** Share of the pixels that have the most common colour. */
  dominant: number;
}

/** Runs in the browser (kept as source: the project's types have no DOM). */
const COUNT_COLOURS = `async (base64) => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + base64;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const counts = new Map();
  for (let index = 0; index < data.length; index += 4) {
    const key = (data[index] << 16) | (data[index + 1] << 8) | data[index + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let dominant = 0;
  for (const count of counts.values()) dominant = Math.max(dominant, count);
  return { width: canvas.width, height: canvas.height, colours: counts.size, dominant: dominant / (data.length / 4) };
}`;

/**
 * How many distinct colours a PNG has, and the share of its most common one, decoded by the browser itself
 * (an <img> drawn on a canvas, on a blank page: the report's own policy allows no images). A blank or
 * single-colour screenshot has one colour covering everything.
 */
export async function pngColours(context: BrowserContext, png: Buffer): Promise<ColourCount> {
  const page = await context.newPage();
  const result = (await page.evaluate(`(${COUNT_COLOURS})(${JSON.stringify(png.toString('base64'))})`)) as ColourCount;
  await page.close();
  return result;
}
