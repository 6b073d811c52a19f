// Preloaded with `node --import` by test/startup.test.ts: prints, as the process exits, every module Node loaded
// other than its own built-ins, as one JSON line on stderr. Module hooks run on a thread of their own, so the URLs
// come back over a message port.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const loaded = [];
port1.on('message', (url) => loaded.push(url));
port1.unref();
const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, nextLoad) {
  if (!url.startsWith('node:')) port.postMessage(url);
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => process.stderr.write(`loaded modules: ${JSON.stringify(loaded)}\n`));
