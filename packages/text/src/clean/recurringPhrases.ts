/**
 * Phrases injected by link farms recur across unrelated articles, pasted into sentences
 * (`会议包养网期间`). Two things give them away together: many articles carry them, and
 * the text reads on without them — the characters on either side, joined, are words the
 * corpus uses elsewhere (`会议期间`). A real term that recurs (`科学技术部`) fails the
 * second test: cut it out and its neighbours rarely meet. A third keeps modifiers out
 * (`创新` in `科技创新合作`, whose removal reads on too): a modifier stands before the same
 * few words, an injected phrase lands anywhere — its neighbours on both sides vary. The
 * result is a suggestion for the editor's spam list, never an edit by itself.
 */

export type RecurringPhrase = {
  phrase: string;
  /** Articles of the sample that carry it. */
  articles: number;
  /** Occurrences whose neighbours, joined, occur elsewhere in the sample. */
  spliced: number;
  /** Occurrences with Chinese on both sides (those the splice test can judge). */
  judged: number;
  /** Share of distinct neighbours (the fewer of left and right): near 1 for an injection. */
  variety: number;
  /** A few places it stands, with some text either side. */
  examples: string[];
};

export type RecurringOptions = {
  /** Phrases already on the list: neither they nor their parts are suggested. */
  known?: readonly string[];
  /** At least this many articles must carry a phrase (default: 2% of the sample, at least 4). */
  minArticles?: number;
};

/** Two-character words (此前, 下方) read on when cut out too; link-farm phrases are longer. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 6;
const CONTEXTS_PER_PHRASE = 60;
/** Only so much of each article is read: spam is spread through whole pages anyway. */
const READ_CHARS = 20_000;

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** Every phrase of Chinese characters, 3–6 long, in `text`, each once, by its start. */
function* phrasesOf(text: string): Generator<[string, number]> {
  const end = Math.min(text.length, READ_CHARS);
  for (let i = 0; i < end; i++) {
    for (let n = 1; n <= MAX_LENGTH && i + n <= end; n++) {
      if (!isHan(text.charCodeAt(i + n - 1))) break;
      if (n >= MIN_LENGTH) yield [text.slice(i, i + n), i];
    }
  }
}

export function recurringPhrases(
  texts: readonly string[],
  options: RecurringOptions = {},
): RecurringPhrase[] {
  const minArticles = options.minArticles ?? Math.max(4, Math.ceil(texts.length * 0.02));
  const known = options.known ?? [];

  // 1. How many articles carry each phrase.
  const articlesWith = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const [phrase] of phrasesOf(text)) {
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      articlesWith.set(phrase, (articlesWith.get(phrase) ?? 0) + 1);
    }
  }
  const candidates = new Set<string>();
  for (const [phrase, n] of articlesWith) {
    if (n < minArticles) continue;
    if (known.some((k) => k.includes(phrase) || phrase.includes(k))) continue;
    candidates.add(phrase);
  }
  articlesWith.clear();

  // 2. Where they stand: two characters either side, joined, is what the text would read
  //    without the phrase.
  type Place = { joined: string | null; left: string; right: string; example: string };
  const places = new Map<string, Place[]>();
  for (const text of texts) {
    for (const [phrase, at] of phrasesOf(text)) {
      if (!candidates.has(phrase)) continue;
      const list = places.get(phrase) ?? [];
      if (list.length >= CONTEXTS_PER_PHRASE) continue;
      const left = text.slice(Math.max(0, at - 2), at);
      const right = text.slice(at + phrase.length, at + phrase.length + 2);
      const joined = left + right;
      const judged = joined.length === 4 && [...joined].every((ch) => isHan(ch.charCodeAt(0)));
      list.push({
        joined: judged ? joined : null,
        left,
        right,
        example: text.slice(Math.max(0, at - 8), at + phrase.length + 8).replace(/\s+/g, ' '),
      });
      places.set(phrase, list);
    }
  }

  // 3. Which joined neighbours the sample uses elsewhere.
  const wanted = new Set<string>();
  for (const list of places.values()) for (const p of list) if (p.joined) wanted.add(p.joined);
  const found = new Set<string>();
  for (const text of texts) {
    const end = Math.min(text.length, READ_CHARS);
    for (let i = 0; i + 4 <= end; i++) {
      const four = text.slice(i, i + 4);
      if (wanted.has(four)) found.add(four);
    }
  }

  // 4. Recurring and removable; of overlapping phrases, the one more articles carry.
  const scored: RecurringPhrase[] = [];
  for (const [phrase, list] of places) {
    const judged = list.filter((p) => p.joined !== null);
    const spliced = judged.filter((p) => found.has(p.joined!)).length;
    if (judged.length < 5 || spliced < 4 || spliced < judged.length * 0.5) continue;
    const variety =
      Math.min(new Set(list.map((p) => p.left)).size, new Set(list.map((p) => p.right)).size) /
      list.length;
    if (variety < 0.5) continue;
    scored.push({
      phrase,
      articles: texts.filter((t) => t.slice(0, READ_CHARS).includes(phrase)).length,
      spliced,
      judged: judged.length,
      variety,
      examples: [...new Set(list.map((p) => p.example))].slice(0, 3),
    });
  }
  scored.sort(
    (a, b) =>
      b.articles - a.articles ||
      b.spliced / b.judged - a.spliced / a.judged ||
      b.phrase.length - a.phrase.length,
  );
  const kept: RecurringPhrase[] = [];
  for (const s of scored) {
    if (kept.some((k) => k.phrase.includes(s.phrase) || s.phrase.includes(k.phrase))) continue;
    kept.push(s);
  }
  return kept;
}
