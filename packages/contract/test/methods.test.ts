import { describe, expect, it } from 'vitest';
import { fail, isMethodName, methodNames, methodSchemas, ok } from '../src/index.ts';

describe('contract', () => {
  it('builds results of both shapes', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('not_found', 'gone')).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'gone' },
    });
    expect(fail('bad_request', 'bad', [1])).toEqual({
      ok: false,
      error: { code: 'bad_request', message: 'bad', details: [1] },
    });
  });

  it('knows its methods and nothing inherited', () => {
    expect(methodNames).toContain('articles.import');
    expect(isMethodName('articles.get')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
  });

  it('takes a date only as a day of the calendar, YYYY-MM-DD and nothing after it', () => {
    const fields = methodSchemas['articles.setFields'];
    const dated = (publishedAt: string) =>
      fields.safeParse({ id: 1, publishedAt, editor: 'lin' }).success;
    expect(dated('2024-02-29')).toBe(true);
    expect(dated('2026-11-20')).toBe(true);
    // Before, anything that began with four, two and two digits was stored as the date.
    for (const bad of [
      '2025-02-29',
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2024-05-08<script>',
      `2024-05-08${'x'.repeat(100_000)}`,
    ])
      expect(dated(bad), bad.slice(0, 20)).toBe(false);
    expect(methodSchemas['articles.list'].safeParse({ from: '2025-02-30' }).success).toBe(false);
  });

  it('fills defaults and refuses what is out of range', () => {
    expect(methodSchemas['articles.list'].parse({})).toEqual({ sort: 'imported', limit: 50 });
    expect(methodSchemas['articles.list'].safeParse({ limit: 5000 }).success).toBe(false);
    expect(methodSchemas['articles.import'].safeParse({ paths: [] }).success).toBe(false);
    expect(methodSchemas['articles.export'].parse({ out: 'x.jsonl' })).toEqual({
      format: 'jsonl',
      status: 'any',
      editor: 'winnow',
      out: 'x.jsonl',
    });
    expect(methodSchemas['articles.export'].safeParse({ out: 'x', format: 'xlsx' }).success).toBe(
      false,
    );
  });
});
