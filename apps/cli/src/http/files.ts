import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { exportFormats, fail, WinnowFailure } from '@winnow/contract';
import type { ExportFormat } from '@winnow/contract';
import { MAX_UPLOAD_BYTES } from './bodies.ts';

/**
 * The browser edition cannot hand the service a path on this machine, so files travel
 * over HTTP: uploads land in the server's own work folder before they are imported, and
 * exports are written there and downloaded from it.
 */

/**
 * A Winnow bundle (.zip) may be far larger: 100,000 articles come to about 800 MB. The
 * bundle's own checks (sizes, ratios, checksums) apply when it is imported.
 */
export const MAX_BUNDLE_UPLOAD_BYTES = 16 * 1024 ** 3;

/** A name from the browser, reduced to one harmless path component. */
export function safeFileName(given: string): string {
  let decoded = given;
  try {
    decoded = decodeURIComponent(given);
  } catch {
    // keep it as sent
  }
  const name = basename(decoded.replaceAll('\\', '/'))
    .replace(/[\p{Cc}<>:"|?*]/gu, '_')
    .replace(/^\.+/u, '_')
    .slice(0, 200);
  return name === '' ? 'upload' : name;
}

let uploadBatch = 0;

/** Streams the request body to a new file in a folder of its own; returns its path. */
export async function receiveUpload(req: IncomingMessage, workDir: string): Promise<string> {
  const name = safeFileName(String(req.headers['x-file-name'] ?? 'upload'));
  const limit = /\.zip$/i.test(name) ? MAX_BUNDLE_UPLOAD_BYTES : MAX_UPLOAD_BYTES;
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    throw new WinnowFailure(
      'bad_input',
      `The file is ${declared} bytes; Winnow accepts articles up to ${MAX_UPLOAD_BYTES} bytes and bundles (.zip) up to ${MAX_BUNDLE_UPLOAD_BYTES}.`,
    );
  // A folder per upload keeps two files of the same name apart.
  const folder = join(workDir, 'uploads', `${Date.now()}-${++uploadBatch}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) req.destroy(new Error(`upload larger than ${limit} bytes`));
  });
  try {
    await pipeline(req, createWriteStream(path));
  } catch (error) {
    // A broken or refused upload leaves no partial file behind.
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return path;
}

const EXTENSION: Record<ExportFormat, string> = {
  bundle: 'winnow.zip',
  jsonl: 'jsonl',
  csv: 'csv',
  // Markdown is a folder of files: the browser gets it zipped.
  md: 'md.zip',
  claimreview: 'jsonld',
};

/** Every format downloads as one file (the Markdown folder as a zip). */
export const DOWNLOADABLE = exportFormats;

let exportCount = 0;

/**
 * A new file name for an export: its time, then a number that keeps two exports of the
 * same second apart (two tabs exporting at once were both handed the one file, the
 * second export written over the first's, or both into it). A name some earlier run left
 * in the folder is passed over too.
 */
export function exportTarget(
  workDir: string,
  format: ExportFormat,
): { path: string; name: string } {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  mkdirSync(join(workDir, 'exports'), { recursive: true });
  for (;;) {
    const name = `winnow-${format}-${stamp}-${++exportCount}.${EXTENSION[format]}`;
    const path = join(workDir, 'exports', name);
    if (!existsSync(path) && !existsSync(`${path}.folder`)) return { path, name };
  }
}

/** Sends a finished export as an attachment; only names this server wrote are served. */
export async function sendExport(
  res: ServerResponse,
  workDir: string,
  requested: string,
): Promise<boolean> {
  const name = safeFileName(requested);
  if (name !== requested || !/^winnow-[a-z]+-[\dT-]+\.[a-z.]+$/u.test(name)) return false;
  const path = join(workDir, 'exports', name);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(size),
    'content-disposition': `attachment; filename="${name}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  await pipeline(createReadStream(path), res);
  return true;
}

export const notAnExport = (name: string) =>
  fail(
    'not_found',
    `There is no export named "${name}" on this server (exports are kept for an hour after they are written: export again).`,
  );
