import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '@winnow/contract';
import type { ErrorCode } from '@winnow/contract';
import type { WinnowService } from '@winnow/service';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

/**
 * Malformed requests, each invalid by construction (an unknown method, a body that is
 * not JSON, params that are not an object, an unknown field, or a required field of the
 * wrong type), so none of them may change the corpus.
 */
const CASES_PER_TRANSPORT = 10_000;
const refusalCodes = new Set<ErrorCode>([
  'bad_request',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'not_found',
]);

let seed = 0x5eed;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const weirdValues: unknown[] = [
  -1,
  0,
  1.5,
  2 ** 53,
  -(2 ** 63),
  Number.MAX_VALUE,
  '',
  ' ',
  '1',
  'true',
  '💥',
  '\u0000',
  '<script>',
  '../../etc/passwd',
  'x'.repeat(5000),
  true,
  false,
  [],
  [1, 2],
  {},
  { $gt: 0 },
  { __proto__: { polluted: 1 } },
  [[[[[]]]]],
];
const nonObjects: unknown[] = [42, 'params', true, [], [{}], 3.14];

type Case = { method: string; body: string };

function fuzzCase(): Case {
  const method = pick(methodNames);
  switch (Math.floor(random() * 5)) {
    case 0:
      return {
        method: pick([
          `${method}x`,
          'articles.delete',
          'admin.drop',
          '__proto__.x',
          'a.b',
          'constructor.name',
        ]),
        body: '{}',
      };
    case 1:
      return {
        method,
        body: pick(['{', '{"id":', '[1,', 'nul', '{"a":1}}', '\u0000', "{'id': 1}", 'NaN']),
      };
    case 2:
      return { method, body: JSON.stringify(pick(nonObjects)) };
    case 3: {
      const params: Record<string, unknown> = {
        [`unknown_${Math.floor(random() * 1000)}`]: pick(weirdValues),
      };
      return { method, body: JSON.stringify(params) };
    }
    default: {
      // A required field of the wrong type: every method with one has `id` or `editor` or `paths`/`out`/`name`.
      const wrong: Record<string, unknown> = {
        id: pick(['1', -5, 0, 1.5, null, {}, []]),
        editor: pick([0, '', ' ', null, ['lin']]),
        paths: pick(['x', [], [1], null]),
        out: pick([0, '', null]),
        name: pick([0, '', null]),
        status: 'maybe',
        fix: 'yes',
        limit: pick([0, -1, 1e9, 'ten']),
      };
      return { method, body: JSON.stringify(wrong) };
    }
  }
}

let service: WinnowService;
let port: number;
const token = 'fuzz-token-0123456789';

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/call/${encodeURIComponent(method).replace(/%2E/gi, '.')}`,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Everything an editor could lose, as one digest. */
function corpusDigest(): string {
  const hash = createHash('sha256');
  for (const table of [
    'article',
    'article_text',
    'cleaned_chunk',
    'source_file',
    'edit',
    'fact',
    'tag',
    'article_tag',
    'decision',
    'import_job',
  ]) {
    hash.update(
      JSON.stringify(service.store.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()),
    );
  }
  return hash.digest('hex');
}

let running: TestServer;

beforeAll(async () => {
  running = await startTestServer(token);
  ({ service, port } = running);
});

afterAll(() => running.stop());

describe('fuzzing the service boundary', () => {
  it(`refuses ${CASES_PER_TRANSPORT} malformed requests over HTTP, with the corpus unchanged`, async () => {
    const before = corpusDigest();
    const codes = new Map<string, number>();
    for (let i = 0; i < CASES_PER_TRANSPORT; i++) {
      const { method, body } = fuzzCase();
      const reply = await post(method, body);
      const result = JSON.parse(reply.body) as {
        ok: boolean;
        error?: { code: ErrorCode; message: string };
      };
      expect(result.ok, `${method} ${body}`).toBe(false);
      expect(
        refusalCodes.has(result.error?.code as ErrorCode),
        `${method} ${body} → ${reply.body}`,
      ).toBe(true);
      expect(result.error?.message.length).toBeGreaterThan(10);
      codes.set(result.error?.code ?? '?', (codes.get(result.error?.code ?? '?') ?? 0) + 1);
    }
    expect(corpusDigest()).toBe(before);
    // The count is part of the report CI prints.
    process.stdout.write(
      `fuzz (HTTP): ${CASES_PER_TRANSPORT} malformed requests, all refused: ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );
  }, 120_000);

  it(`refuses ${CASES_PER_TRANSPORT} malformed calls in-process, with the corpus unchanged`, async () => {
    const before = corpusDigest();
    const codes = new Map<string, number>();
    for (let i = 0; i < CASES_PER_TRANSPORT; i++) {
      const { method, body } = fuzzCase();
      let params: unknown;
      try {
        params = JSON.parse(body);
      } catch {
        params = body; // the in-process client has no JSON step: a raw string is what arrives
      }
      const result = await service.callByName(method, params);
      expect(result.ok, `${method} ${body}`).toBe(false);
      if (!result.ok) {
        expect(
          refusalCodes.has(result.error.code),
          `${method} ${body} → ${result.error.message}`,
        ).toBe(true);
        codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      }
    }
    expect(corpusDigest()).toBe(before);
    process.stdout.write(
      `fuzz (in-process): ${CASES_PER_TRANSPORT} malformed calls, all refused: ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );
  }, 120_000);
});
