import {
  ArticleRecordSchema,
  ArticleRecordSchemaV1,
  ArticleRecordSchemaV3,
  DecisionSchema,
  DecisionSchemaV3,
  editOrigin,
  FactLineSchema,
  FactLineSchemaV2,
} from '@winnow/bundle';
import type { ArticleRecord, DecisionRecord, DecisionRecordV3, FactLine } from '@winnow/bundle';
import { BundleProblem } from './readBundle.ts';
import type { OpenedBundle } from './readBundle.ts';
import { parseLine } from './parseLine.ts';

export type ArticleWithFacts = { line: number; record: ArticleRecord; facts: FactLine[] };

/**
 * The fields articles.jsonl repeats from a fact's full record: the two must agree. Each is
 * a plain value (a string, a number or null), so `!==` compares them exactly.
 */
const LISTED = [
  'kind',
  'quote',
  'start',
  'end',
  'value',
  'unit',
  'qualifier',
  'role',
  'status',
] as const;

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

async function* nonEmptyLines(bundle: OpenedBundle, name: string) {
  for await (const line of bundle.lines(name)) if (line.text.trim() !== '') yield line;
}

/**
 * articles.jsonl and facts.jsonl read side by side: each article with the full records of
 * the facts it lists. Both files hold the facts in the same order, so this holds one
 * article's facts at a time. Any fact listed but not described, described but not listed,
 * or described differently is named with its file and line.
 */
export async function* articlesWithFacts(bundle: OpenedBundle): AsyncGenerator<ArticleWithFacts> {
  const version = bundle.manifest.formatVersion;
  const articleSchema =
    version === 1
      ? ArticleRecordSchemaV1
      : version <= 3
        ? ArticleRecordSchemaV3
        : ArticleRecordSchema;
  const factSchema = bundle.manifest.formatVersion <= 2 ? FactLineSchemaV2 : FactLineSchema;
  const factLines = nonEmptyLines(bundle, 'facts.jsonl');
  const nextFact = async () => {
    const next = await factLines.next();
    if (next.done) return null;
    const { line, text } = next.value;
    return { line, fact: parseLine(bundle, 'facts.jsonl', line, text, factSchema) as FactLine };
  };
  const described = (found: { line: number; fact: FactLine } | null) =>
    found
      ? `facts.jsonl line ${found.line} describes fact ${found.fact.id} of article ${found.fact.articleId}`
      : 'facts.jsonl has no more facts';

  for await (const { line, text } of nonEmptyLines(bundle, 'articles.jsonl')) {
    const record = parseLine(bundle, 'articles.jsonl', line, text, articleSchema) as ArticleRecord;
    // Before version 4 a bundle did not say who made an edit: the rule does.
    if (version <= 3) for (const edit of record.edits) edit.origin = editOrigin(edit.rule);
    const facts: FactLine[] = [];
    for (const listed of record.facts) {
      const found = await nextFact();
      if (!found || found.fact.articleId !== record.id || found.fact.id !== listed.id)
        throw new BundleProblem(
          bundle.path,
          `articles.jsonl line ${line} lists fact ${listed.id} of article ${record.id}, but ${described(found)}`,
        );
      const differing =
        LISTED.find((key) => listed[key] !== found.fact[key]) ??
        (sameTags(listed.tags, found.fact.tags) ? undefined : 'tags');
      if (differing)
        throw new BundleProblem(
          bundle.path,
          `articles.jsonl line ${line} and facts.jsonl line ${found.line} disagree on the ${differing} of fact ${listed.id}`,
        );
      facts.push(found.fact);
    }
    yield { line, record, facts };
  }
  const extra = await nextFact();
  if (extra)
    throw new BundleProblem(
      bundle.path,
      `${described(extra)}, which no article in articles.jsonl lists`,
    );
}

/**
 * decisions.jsonl, each line checked against its version's schema: portable ids since
 * version 4, the exporting corpus's ids before (see legacyDecisions.ts).
 */
export async function* decisionRecords(
  bundle: OpenedBundle,
): AsyncGenerator<DecisionRecord | DecisionRecordV3> {
  const schema = bundle.manifest.formatVersion <= 3 ? DecisionSchemaV3 : DecisionSchema;
  for await (const { line, text } of nonEmptyLines(bundle, 'decisions.jsonl'))
    yield parseLine(bundle, 'decisions.jsonl', line, text, schema) as
      DecisionRecord | DecisionRecordV3;
}
