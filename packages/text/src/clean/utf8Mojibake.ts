import { CONFIDENCE, RULE } from '@winnow/contract';
import { byteCodecs, windows1252Punctuation } from './byteCodecs.ts';
import type { ByteCodec } from './byteCodecs.ts';
import type { RuleEdit } from './edits.ts';
import { readSequences } from './utf8Sequences.ts';
import type { Sequence } from './utf8Sequences.ts';

/**
 * UTF-8 read as a single-byte code page (`rÃ©gime`, `â€œ`, `РґРѕСЂРѕРіРµ`): each
 * multi-byte character became two to four characters of the code page. The repair maps
 * them back to bytes and reads those as UTF-8, layer after layer when the text was
 * mis-read twice (`Ã¢â‚¬â„¢`).
 *
 * Real text contains such pairs too (`NESTLÉ®`, `HUHLL Õ…`, `√π`), so a pair is repaired
 * only where it looks like damage: three- and four-byte sequences nearly always are; a
 * two-byte one must sit inside a lower-case word, next to another repaired sequence, or
 * (Windows-1252 only) read as an upper-case Latin-1 letter in an upper-case word. Its
 * result must be a character real text uses (no IPA, modifier letters, rare Latin
 * letters, private use), and a lone Cyrillic, Hebrew or Arabic letter is not enough. A
 * line whose correctly decoded typographic punctuation (– ’ “ …) outnumbers its damage
 * was not mis-read as a whole, and its weak cases are left alone.
 */

const MAX_LAYERS = 4;
const TYPOGRAPHIC = /[\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a]/gu;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const NATIVE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}]/u;
const UNUSED = /[\p{Cs}\p{Co}\p{Cn}\p{Lm}]/u;
const MARK = /\p{M}/u;
/** Latin letters that decoding damage produces far more often than writers do. */
const RARE_LATIN = new Set([...'ĸŉſĿŀ']);
/** Latin Extended-B letters real text uses (Vietnamese, Romanian, pinyin tones). */
const USED_EXTENDED_B = new Set([...'ơƠưƯșȘțȚǎǐǒǔǚǜ']);

let leadPattern: RegExp | null = null;

/**
 * A quick pre-check: a character that starts a UTF-8 sequence in some code page followed
 * by one that continues it (or a stand-in for a lost byte), or a C1 control.
 */
function leads(): RegExp {
  if (leadPattern) return leadPattern;
  const lead = new Set<string>();
  const continuation = new Set<string>([' ', '?', '\ufffd']);
  for (const codec of byteCodecs())
    for (const [ch, byte] of codec.byteOf) {
      if (byte >= 0xc2 && byte <= 0xf4) lead.add(ch);
      if (byte >= 0x80 && byte <= 0xbf) continuation.add(ch);
    }
  const cls = (chars: Set<string>) =>
    [...chars].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  leadPattern = new RegExp(`[${cls(lead)}][${cls(continuation)}]|[\\u0080-\\u009f]`, 'u');
  // The same test as a table per UTF-16 unit (all these characters are single units).
  const units = new Uint8Array(0x10000);
  for (const ch of lead) units[ch.charCodeAt(0)]! |= LEAD;
  for (const ch of continuation) units[ch.charCodeAt(0)]! |= CONTINUATION;
  for (let unit = 0x80; unit <= 0x9f; unit++) units[unit]! |= C1;
  leadUnits = units;
  return leadPattern;
}

const LEAD = 1;
const CONTINUATION = 2;
const C1 = 4;
let leadUnits: Uint8Array | null = null;

/**
 * Whether `leads()` matches anywhere in the text, by one lookup per character: the
 * pre-check runs over every article, nearly all of which hold no such pair.
 */
function anyLead(text: string): boolean {
  leads();
  const units = leadUnits!;
  let before = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = units[text.charCodeAt(i)]!;
    if (bits & C1 || (before & LEAD && bits & CONTINUATION)) return true;
    before = bits;
  }
  return false;
}

const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Hebrew', 'Arabic', 'Han'].map(
  (name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const,
);

function scriptOf(text: string): string | null {
  if (!LETTER.test(text)) return null;
  return SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** Would real text contain this character? (C1 controls only as a byte of a deeper layer.) */
function usedCharacter(sequence: Sequence, line: string): boolean {
  const text = sequence.text;
  if (sequence.lossy) return true;
  const cp = text.codePointAt(0)!;
  if (cp < 0x80 || (cp > 0x9f && cp < 0xa0) || UNUSED.test(text)) return false;
  if (cp >= 0x250 && cp <= 0x2af) return false; // IPA
  if (cp >= 0x3400 && cp <= 0x4dbf) return false; // CJK extension A
  if (RARE_LATIN.has(text)) return false;
  if (cp >= 0x180 && cp <= 0x24f && !USED_EXTENDED_B.has(text)) return false;
  // A combining mark needs something to combine with.
  // A combining mark needs something to combine with; only the common diacritics.
  if (MARK.test(text))
    return (
      (sequence.bytes >= 3 || cp <= 0x36f) &&
      sequence.from > 0 &&
      !/\s/u.test(line[sequence.from - 1]!)
    );
  return true;
}

type Judged = Sequence & { strong: boolean };

/**
 * `Ã` + space is `à` (C3 A0) whose no-break space was narrowed, and `à` is often a word
 * of its own: repaired before a lower-case word or inside one.
 */
function aGrave(line: string, s: Sequence): Judged | null {
  const prev = line[s.from - 1] ?? '';
  const after = line.slice(s.to).match(/^ *(\S)(\S?)/u);
  const first = after?.[1] ?? '';
  // With its no-break space intact, `Ã\u00a0` is `à` unless it ends an upper-case word.
  if (!s.spaced) return LETTER.test(prev) && !LOWER.test(prev) ? null : { ...s, strong: false };
  // Two spaces: one of them was the no-break space, whatever word follows (`Ã  Genève`).
  const doubled = line[s.to] === ' ' && !(LETTER.test(prev) && !LOWER.test(prev));
  if (!doubled && !(LOWER.test(prev) || (!LETTER.test(prev) && LOWER.test(first)))) return null;
  // Two spaces: one was the no-break space. After a letter `à` ends the word
  // (`voilà le`); at a word's start a lone letter after it is glued on (`às`).
  const glued =
    line[s.to] === ' ' || (!LETTER.test(prev) && first !== '' && (after?.[2] ?? '') === '');
  return { ...s, to: glued ? s.to : s.to - 1, strong: false };
}

function judge(line: string, found: Sequence[], codec: ByteCodec): Judged[] {
  const used = found.filter((s) => usedCharacter(s, line));
  const starts = new Set(used.map((s) => s.from));
  const ends = new Set(used.map((s) => s.to));
  const kept: Judged[] = [];
  /** Lone letters of another script: kept if the line's other repairs are of it too. */
  const lone: Judged[] = [];
  for (const s of used) {
    const prev = line[s.from - 1] ?? '';
    const next = line[s.to] ?? '';
    const script = scriptOf(s.text);
    // Damage inside a Cyrillic or Greek word would not read as another script.
    const clash = [s.from > 0 && !ends.has(s.from) ? prev : '', starts.has(s.to) ? '' : next]
      .filter((ch) => ch !== '' && NATIVE_SCRIPT.test(ch))
      .some((ch) => scriptOf(ch) !== script && script !== null);
    if (clash) continue;
    const chained = ends.has(s.from) || starts.has(s.to);
    const cp = s.text.codePointAt(0)!;
    if (cp >= 0x80 && cp <= 0x9f && !chained) continue;
    if (s.bytes >= 3) {
      // A narrowed no-break space inside a longer sequence: seen in punctuation and
      // symbols (E2 …) and in a run of damage; elsewhere it is a real space.
      if (s.spaced && !chained && !(codec.usual && line[s.from] === '\u00e2')) continue;
      kept.push({ ...s, strong: true });
      continue;
    }
    const lowerContext = LOWER.test(prev) || LOWER.test(next);
    let ok: boolean;
    // A Latin-1 lower-case letter standing alone (`Ã\u00a0` = `à`) is a word of its own.
    const latin1 = !chained && codec.byteOf.get(line[s.from]!) === 0xc3;
    const alone = !LETTER.test(prev) && next === ' ' && LOWER.test(s.text);
    if (latin1 && (s.spaced || alone)) {
      const judged = aGrave(line, s);
      if (judged) kept.push(judged);
      continue;
    }
    if (chained) ok = true;
    else if (s.question) ok = false;
    else if (s.spaced)
      // `Å veices` (Š at a word's start), `namedÂ ` (a no-break space after a word); a
      // dash or a letter of another script before a space is just that.
      ok =
        LETTER.test(line[s.from]!) &&
        (script === 'Latin'
          ? !LETTER.test(prev) && LOWER.test(next)
          : codec.usual && cp === 0xa0 && LOWER.test(prev));
    else if (script !== null && script !== 'Latin' && script !== 'Greek') {
      lone.push({ ...s, strong: false });
      ok = false;
    } else if (lowerContext) ok = true;
    else if (!codec.usual) ok = false;
    else {
      const upperLatin1 = cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
      const latin1Symbol = (cp >= 0xa0 && cp <= 0xbf) || cp === 0xd7 || cp === 0xf7;
      ok = upperLatin1 || latin1Symbol || MARK.test(s.text);
    }
    if (ok) kept.push({ ...s, strong: false });
  }
  for (const s of lone) {
    const script = scriptOf(s.text);
    if (kept.filter((k) => scriptOf(k.text) === script).length >= 2) kept.push(s);
  }
  kept.sort((a, b) => a.from - b.from);
  if (kept.length === 0) return kept;
  // A line with more correctly decoded typographic marks than damage was not mis-read.
  let clean = 0;
  for (const match of line.matchAll(TYPOGRAPHIC)) {
    const at = match.index;
    if (!kept.some((s) => s.from <= at && at < s.to)) clean++;
  }
  if (kept.length <= clean) return [];
  const strong = kept.some((s) => s.strong);
  if (!codec.usual && !strong && kept.length < 2) {
    const only = kept[0]!;
    if (!LOWER.test(line[only.from - 1] ?? '')) return [];
  }
  return kept;
}

type Layer = { codec: string; before: string; after: string };

/** One line repaired layer by layer; each character of the result knows its raw span. */
function repairLine(line: string, base: number): RuleEdit[] {
  let text = line;
  let origin: [number, number][] = Array.from({ length: line.length }, (_, i) => [
    base + i,
    base + i + 1,
  ]);
  const spans: Span[] = [];
  const layers: Layer[] = [];
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    let best: { codec: ByteCodec; kept: Judged[] } | null = null;
    for (const codec of byteCodecs()) {
      const kept = judge(text, readSequences(text, codec), codec);
      if (kept.length > (best?.kept.length ?? 0)) best = { codec, kept };
    }
    if (!best) break;
    const parts: string[] = [];
    const nextOrigin: [number, number][] = [];
    let at = 0;
    for (const s of best.kept) {
      parts.push(text.slice(at, s.from));
      nextOrigin.push(...origin.slice(at, s.from));
      const span: [number, number] = [origin[s.from]![0], origin[s.to - 1]![1]];
      parts.push(s.text);
      for (let k = 0; k < s.text.length; k++) nextOrigin.push(span);
      spans.push({ start: span[0], end: span[1], strong: s.strong, lossy: s.lossy, c1: false });
      at = s.to;
    }
    parts.push(text.slice(at));
    nextOrigin.push(...origin.slice(at));
    const first = best.kept[0]!;
    layers.push({
      codec: best.codec.name,
      before: text.slice(first.from, first.to),
      after: first.text,
    });
    text = parts.join('');
    origin = nextOrigin;
  }
  // Latin-1 read where Windows-1252 was meant leaves C1 controls for its punctuation.
  text = text.replace(/[\u0080-\u009f]/gu, (ch, at: number) => {
    const meant = windows1252Punctuation(ch);
    if (meant === ch) return ch;
    spans.push({
      start: origin[at]![0],
      end: origin[at]![1],
      strong: true,
      lossy: false,
      c1: true,
    });
    return meant;
  });
  if (spans.length === 0) return [];
  return mergeSpans(spans).map((span) => {
    const replacement = pieceOf(text, origin, span.start, span.end);
    const read = layers.map((l) => l.codec).join(', then as ');
    const example = layers[0];
    const code = line
      .charCodeAt(span.start - base)
      .toString(16)
      .toUpperCase()
      .padStart(4, '0');
    return {
      start: span.start,
      end: span.end,
      replacement,
      rule: RULE.repairUtf8Mojibake,
      reason:
        span.c1 || !example
          ? `Windows-1252 text read as Latin-1 left the control character U+${code} for “${replacement}”.`
          : `Text written as UTF-8 was read as ${read} (“${example.before}” for “${example.after}”)` +
            (span.lossy
              ? '; a byte was already lost, so a replacement character stands for it.'
              : '.'),
      confidence: span.lossy ? 0.8 : span.strong ? 0.95 : CONFIDENCE.repairUtf8Mojibake,
    };
  });
}

function pieceOf(text: string, origin: [number, number][], start: number, end: number): string {
  let piece = '';
  for (let i = 0; i < text.length; i++) {
    const [a, b] = origin[i]!;
    if (a >= start && b <= end) piece += text[i];
  }
  return piece;
}

type Span = { start: number; end: number; strong: boolean; lossy: boolean; c1: boolean };

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof spans = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.strong ||= span.strong;
      last.lossy ||= span.lossy;
      last.c1 &&= span.c1;
    } else merged.push({ ...span });
  }
  return merged;
}

export function utf8MojibakeEdits(raw: string): RuleEdit[] {
  const pattern = leads();
  if (!anyLead(raw)) return [];
  const edits: RuleEdit[] = [];
  let base = 0;
  for (const line of raw.split('\n')) {
    if (pattern.test(line)) edits.push(...repairLine(line, base));
    base += line.length + 1;
  }
  return edits;
}

/** The repaired text alone, for scripts and the conformance run. */
export function repairUtf8Mojibake(text: string): string {
  let out = '';
  let at = 0;
  for (const edit of utf8MojibakeEdits(text)) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + text.slice(at);
}
