// Serves the built add-in and workbench (dist/, or --root DIR) on localhost, and prints the workbench's URL.
// HTTPS with the Office add-in dev certificate when one is installed (`npx office-addin-dev-certs install`
// makes it, and Excel needs it for sideloading); plain HTTP otherwise, which is enough for the workbench and
// never asks anything of the person starting it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { homedir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '3000' } } });
const root = resolve(values.root);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

const certDir = join(homedir(), '.office-addin-dev-certs');
const cert = join(certDir, 'localhost.crt');
const key = join(certDir, 'localhost.key');
const secure = existsSync(cert) && existsSync(key);

function handle(request, response) {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path === '/' ? 'workbench.html' : path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(readFileSync(file));
}

const server = secure ? createHttps({ cert: readFileSync(cert), key: readFileSync(key) }, handle) : createHttp(handle);
server.listen(Number(values.port), 'localhost', () => {
  const { port } = server.address();
  const origin = `${secure ? 'https' : 'http'}://localhost:${port}`;
  console.log(`Segments workbench: ${origin}/workbench.html`);
  console.log(`Task pane for Excel: ${origin}/taskpane.html${secure ? '' : ' (Excel needs https: run `npx office-addin-dev-certs install`, then start again)'}`);
  console.log('Press Ctrl+C to stop.');
});
