#!/usr/bin/env node
// The CLI as bundled by scripts/bundle-cli.mjs (`npm run build`): a handful of files to load instead of ~90 modules.
import '../dist/cli-bundle/main.js';
