import { CONFIDENCE, RULE } from '@winnow/contract';
import * as OpenCC from 'opencc-js';
import type { RuleEdit } from './edits.ts';
import { linesOf } from './lines.ts';

/**
 * Conversion between simplified and traditional script, with OpenCC's phrase
 * dictionaries. Off by default — cleaning preserves the script an article was written in —
 * and, when an editor asks for it, an explained edit like every other change.
 */
export type TargetScript = 'Hans' | 'Hant';

type Convert = (text: string) => string;
// opencc-js's typings also describe its DOM converter, which this layer (compiled without
// the DOM's typings) cannot resolve: the text converter factory is typed here.
const makeConverter = OpenCC.Converter as unknown as (options: {
  from: string;
  to: string;
}) => Convert | undefined;
const converters = new Map<TargetScript, Convert>();

/** Converters are built on first use: building one reads OpenCC's dictionaries. */
function converter(target: TargetScript): Convert {
  const known = converters.get(target);
  if (known) return known;
  const made =
    target === 'Hans'
      ? makeConverter({ from: 't', to: 'cn' })
      : makeConverter({ from: 'cn', to: 't' });
  if (!made) throw new Error(`OpenCC has no converter to ${target}`);
  converters.set(target, made);
  return made;
}

function edit(
  start: number,
  end: number,
  before: string,
  after: string,
  target: TargetScript,
): RuleEdit {
  const to = target === 'Hans' ? 'simplified' : 'traditional';
  return {
    start,
    end,
    replacement: after,
    rule: RULE.convertScript,
    reason: `Converted to ${to} script at the editor's request (OpenCC): "${before}" → "${after}".`,
    confidence: CONFIDENCE.convertScript,
  };
}

/**
 * One edit per run of changed characters. OpenCC keeps the length of almost every line;
 * a line whose length changes (a rare phrase mapping) becomes one edit for the line.
 */
export function scriptConversionEdits(raw: string, target: TargetScript): RuleEdit[] {
  const convert = converter(target);
  const edits: RuleEdit[] = [];
  for (const line of linesOf(raw)) {
    if (line.text === '') continue;
    const converted = convert(line.text);
    if (converted === line.text) continue;
    if (converted.length !== line.text.length) {
      edits.push(edit(line.start, line.end, line.text, converted, target));
      continue;
    }
    let i = 0;
    while (i < converted.length) {
      if (converted[i] === line.text[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < converted.length && converted[j] !== line.text[j]) j++;
      edits.push(
        edit(line.start + i, line.start + j, line.text.slice(i, j), converted.slice(i, j), target),
      );
      i = j;
    }
  }
  return edits;
}
