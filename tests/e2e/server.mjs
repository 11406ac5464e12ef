// The end-to-end tests' static server: serves <root>/dist on 127.0.0.1 with node built-ins only,
// and logs every request so the tests can assert what the page fetched (and that it fetched
// nothing while reading a statement).
//
//   node server.mjs            serves ../../dist on YEARBOOK_E2E_PORT (default 8765)
//   YEARBOOK_DIST=/some/dir    serves another folder (for trying the harness on a placeholder)
//
// GET /__e2e/requests returns the log as JSON ([{ method, path, status }]); it is not itself logged.

import { createServer } from 'node:http';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_PORT = 8765;
const LOG_PATH = '/__e2e/requests';

const here = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.YEARBOOK_E2E_PORT || DEFAULT_PORT);
const distDir = resolve(process.env.YEARBOOK_DIST || join(here, '..', '..', 'dist'));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Every request the page (or anyone) made, in order. */
const requests = [];

/** The file under `root` that `url` names, or null for anything that is not a plain file inside it. */
function resolveFile(root, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (path.includes('..') || path.includes('\\') || path.includes('\0')) return null;
  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  try {
    const file = realpathSync(join(root, relative));
    if (!file.startsWith(root + sep) || !statSync(file).isFile()) return null;
    return file;
  } catch {
    return null;
  }
}

function main() {
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`e2e server: ${distDir}/index.html is missing; run \`cargo xtask dist\` first`);
    process.exit(1);
  }
  const root = realpathSync(distDir);
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (request.method === 'GET' && path === LOG_PATH) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(requests));
      return;
    }
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveFile(root, path) : null;
    const status = file ? 200 : request.method === 'GET' || request.method === 'HEAD' ? 404 : 405;
    requests.push({ method: request.method, path, status });
    console.log(`e2e server: ${request.method} ${path} ${status}`);
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (!file) {
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(status === 404 ? 'not found\n' : 'method not allowed\n');
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'Content-Type': type });
    if (request.method === 'HEAD') {
      response.end();
    } else {
      createReadStream(file).pipe(response);
    }
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`e2e server: serving ${root} at http://127.0.0.1:${port}/`);
  });
}

main();
