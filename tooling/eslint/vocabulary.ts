import { relative, resolve } from 'node:path';
import type { Rule } from 'eslint';

/**
 * `winnow/vocabulary`: the words that name states and kinds (article and fact statuses,
 * edit states, fact kinds, cleaning rule ids) are spelled once, in their registry, and
 * everything else uses the registry's names for them.
 *
 * - A *set* (statuses, states, kinds) is re-spelled when a list or a union type names two
 *   or more of its words, and they are most of its words: `['pending', 'approved']`, `'accepted' | 'reverted'`,
 *   `z.enum([...])`. One word alone (`status === 'approved'`, `Exclude<…, 'pending'>`) is
 *   checked by the compiler against the registry's type, so it may stand.
 * - An *id* (a cleaning rule) is re-spelled wherever its literal appears: the cleaner, the
 *   service and the desk take it from the registry.
 *
 * Options: `{ sets: [{ name, words, registry }], ids: [{ name, words, registry }] }`, where
 * `registry` is the file (relative to the lint's working directory) that spells them and
 * says where to look instead.
 */
type Vocabulary = { name: string; words: readonly string[]; registry: string };
type Options = { sets?: readonly Vocabulary[]; ids?: readonly Vocabulary[] };

/** The string a node spells, if it is a plain string literal or a literal type. */
function wordOf(node: unknown): string | null {
  const n = node as { type?: string; value?: unknown; literal?: unknown } | null;
  if (!n) return null;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TSLiteralType') return wordOf(n.literal);
  return null;
}

const vocabularySchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      words: { type: 'array', items: { type: 'string' } },
      registry: { type: 'string' },
    },
    required: ['name', 'words', 'registry'],
    additionalProperties: false,
  },
} as const;

export const vocabulary: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Vocabulary words are spelled in their registry only.' },
    schema: [
      {
        type: 'object',
        properties: { sets: vocabularySchema, ids: vocabularySchema },
        additionalProperties: false,
      },
    ],
    messages: {
      set: 'This spells out {{words}} of the {{name}} vocabulary: use the list or type that {{registry}} exports.',
      id: "'{{word}}' is a {{name}}: take it from {{registry}}, where every {{name}} is spelled once.",
    },
  },
  create(context) {
    const options = (context.options[0] ?? {}) as Options;
    const here = relative(context.cwd, context.filename).split('\\').join('/');
    const isRegistry = (v: Vocabulary) => resolve(context.cwd, v.registry) === context.filename;
    const sets = (options.sets ?? []).filter((v) => !isRegistry(v));
    const ids = (options.ids ?? []).filter((v) => !isRegistry(v));
    if (here.startsWith('..')) return {};

    const checkList = (node: Rule.Node, members: readonly unknown[]) => {
      const words = members.map(wordOf).filter((w): w is string => w !== null);
      for (const set of sets) {
        const named = words.filter((w) => set.words.includes(w));
        // Mostly other words: another vocabulary that shares a few (a counted thing's
        // kind is a person or an agreement, like a fact's, or a time or a measure).
        if (new Set(named).size < 2 || named.length * 2 <= words.length) continue;
        context.report({
          node,
          messageId: 'set',
          data: {
            words: named.map((w) => `'${w}'`).join(', '),
            name: set.name,
            registry: set.registry,
          },
        });
        return;
      }
    };
    const idOf = new Map<string, Vocabulary>();
    for (const v of ids) for (const word of v.words) idOf.set(word, v);

    const listener: Rule.RuleListener = {
      ArrayExpression: (node) => checkList(node, node.elements),
      Literal: (node) => {
        if (typeof node.value !== 'string' || idOf.size === 0) return;
        const parent = node.parent as { type?: string } | undefined;
        if (parent?.type === 'ImportDeclaration' || parent?.type === 'ExportAllDeclaration') return;
        const v = idOf.get(node.value);
        if (v)
          context.report({
            node,
            messageId: 'id',
            data: { word: node.value, name: v.name, registry: v.registry },
          });
      },
    };
    // Union types are TypeScript nodes, outside ESLint's own node types.
    return Object.assign(listener, {
      TSUnionType: (node: Rule.Node & { types: unknown[] }) => checkList(node, node.types),
    });
  },
};
