// esbuild's options for a bundle that Node runs: the CLI's (scripts/bundle-cli.mjs) and the GitHub Action's
// (scripts/bundle-action.mjs).
export const nodeBundle = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander and picomatch are CommonJS: their require() of Node's own modules needs a real require.
  banner: { js: "import { createRequire as __policydiffRequire } from 'node:module'; const require = __policydiffRequire(import.meta.url);" },
  logLevel: 'warning',
};
