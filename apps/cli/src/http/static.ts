import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type StaticFile = { body: Buffer; type: string };

/**
 * Resolves a URL path inside `root` only: `..`, encoded separators and absolute paths
 * cannot reach a file outside it. Unknown paths without an extension get index.html
 * (the renderer routes on the client).
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return null;
  const candidate = relative === '' || relative === '.' ? 'index.html' : relative;
  const file = join(root, candidate);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const found = await stat(file).catch(() => null);
  if (found?.isFile()) {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  }
  if (extname(candidate) === '') {
    return { body: await readFile(join(root, 'index.html')), type: TYPES['.html'] ?? 'text/html' };
  }
  return null;
}
