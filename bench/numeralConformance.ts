/**
 * Chinese numerals read by Winnow, measured on cn2an's and nzh's own test tables
 * (../shared/peers; never copied). Only the direction that applies to reading numbers in
 * text is scored: Chinese → number. Rows left out, and why:
 *   - cn2an an2cn_test and nzh encode checks: number → Chinese, the other direction;
 *   - cn2an error_strict_datas / error_normal_datas: forms those modes refuse but text
 *     uses every day (一百二, 三万五, 10.1万); Winnow reads like cn2an's "smart" mode, and
 *     its refusal list (error_smart_datas) is scored;
 *   - cn2an direct_data_dict: digit strings that keep leading zeros (零一 → "01"), codes
 *     rather than quantities;
 *   - cn2an transform_test: whole-sentence rewriting, not a number table;
 *   - nzh custom: a made-up unit set (兆 = 10^12, 京) passed as options;
 *   - nzh toMoney rows that round (0.001 → 零元): the Chinese side no longer holds the number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChineseNumber } from '@winnow/facts';

export type NumeralReport = {
  table: string;
  rows: number;
  exact: number;
  failures: { input: string; expected: number | null; got: number | null }[];
};

type Row = { input: string; expected: number | null };

function score(table: string, rows: Row[]): NumeralReport {
  const failures: NumeralReport['failures'] = [];
  for (const { input, expected } of rows) {
    const got = parseChineseNumber(input);
    if (got !== expected) failures.push({ input, expected, got });
  }
  return { table, rows: rows.length, exact: rows.length - failures.length, failures };
}

function cn2anRows(peers: string): Row[] {
  const tables = JSON.parse(
    readFileSync(join(peers, 'cn2an', 'cn2an_test_tables.json'), 'utf8'),
  ) as { cn2an_test: Record<string, unknown> };
  const t = tables.cn2an_test;
  const rows = new Map<string, number | null>();
  for (const name of ['strict_data_dict', 'normal_data_dict', 'smart_data_dict']) {
    for (const [input, value] of Object.entries(t[name] as Record<string, number>))
      rows.set(input, value);
  }
  for (const input of t['error_smart_datas'] as string[]) rows.set(input, null);
  return [...rows].map(([input, expected]) => ({ input, expected }));
}

type NzhGroup = { args?: Record<string, boolean>; data: [string, string][] };

function nzhRows(peers: string): Row[] {
  const data = JSON.parse(readFileSync(join(peers, 'nzh', 'nzh_testData.json'), 'utf8')) as {
    toCN: { its: NzhGroup[] };
    toMoney: { its: NzhGroup[] };
  };
  const rows: Row[] = [];
  for (const group of data.toCN.its) {
    for (const [number, chinese] of group.data)
      rows.push({ input: chinese, expected: Number(number) });
  }
  for (const group of data.toMoney.its) {
    for (const [number, chinese] of group.data) {
      const value = Number(number);
      if (Math.round(value * 100) / 100 !== value) continue; // rounded: not invertible
      rows.push({ input: chinese.replace(/^人民币/u, ''), expected: value });
    }
  }
  return rows;
}

export function numeralConformance(peers: string): NumeralReport[] {
  return [
    score('cn2an (Chinese → number)', cn2anRows(peers)),
    score('nzh (decode)', nzhRows(peers)),
  ];
}
