// Runs a script (the CLI) in this process and reports its peak RSS on stderr when it exits, for machines without
// /usr/bin/time. Usage: node bench/rss-probe.mjs <script> [args…]
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => process.stderr.write(`\nmaxrss ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(script).href);
