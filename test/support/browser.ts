import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Real headless Chromium: Debian's `chromium` package, driven by playwright-core (which downloads no browser of
 * its own). `.ci/run` installs the package. A developer without it may set POLICYDIFF_SKIP_BROWSER=1; nothing
 * else skips, so a CI machine without Chromium fails loudly instead of passing without the browser tests.
 */
export const CHROMIUM = process.env.POLICYDIFF_CHROMIUM ?? '/usr/bin/chromium';
export const skipBrowser = process.env.POLICYDIFF_SKIP_BROWSER === '1';

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

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh profile of its own, removed on close. */
export async function launchBrowser(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium), point POLICYDIFF_CHROMIUM at it, or set POLICYDIFF_SKIP_BROWSER=1 to skip the browser tests`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'policydiff-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 1400 },
    colorScheme: options.colorScheme ?? 'light',
  });
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
