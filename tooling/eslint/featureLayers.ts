import { dirname, relative, resolve, sep } from 'node:path';
import type { Rule } from 'eslint';

/**
 * `winnow/feature-layers`: inside a package whose source is cut into feature folders, a
 * folder may import its own files and the folders below it, never one above it nor the
 * package's root (the facade that wires the features together). The package layers are
 * kept by `no-restricted-imports`; this rule keeps the same discipline one level down,
 * where the imports are relative paths a pattern cannot judge.
 *
 * Options: `{ root, layers }` — the source folder (relative to the lint's working
 * directory) and its feature folders, lowest first. Tests are left out: they drive the
 * whole package through its facade.
 */
type Options = { root: string; layers: readonly string[] };

export const featureLayers: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature folder imports only the folders below it.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        '{{from}}/ imports {{to}}, which sits above it: a feature folder imports only the folders below it ({{below}}).',
      facade:
        "{{from}}/ imports the package's root ({{to}}): the root wires the features together, no feature folder may depend on it.",
      unplaced:
        '{{from}}/ imports {{to}}, which is in no feature folder: give it a place in the layer list.',
    },
  },
  create(context) {
    const { root, layers } = context.options[0] as Options;
    const rootDir = resolve(context.cwd, root);
    const file = context.filename;
    if (/\.test\.tsx?$/.test(file)) return {};
    const folderOf = (path: string): string | null => {
      const inside = relative(rootDir, path);
      if (inside.startsWith('..') || inside === '') return null;
      const parts = inside.split(sep);
      return parts.length > 1 ? (parts[0] as string) : '';
    };
    const from = folderOf(file);
    // Files at the root (the facade) and outside the package may import anything.
    if (from === null || from === '') return {};
    const level = layers.indexOf(from);
    if (level < 0) return {};

    const check = (node: Rule.Node, specifier: unknown) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolve(dirname(file), specifier);
      const to = folderOf(target);
      if (to === null || to === from) return;
      const shown = relative(rootDir, target).split(sep).join('/');
      const below = layers.slice(0, level).join(', ') || 'none';
      if (to === '') {
        context.report({ node, messageId: 'facade', data: { from, to: shown } });
        return;
      }
      const toLevel = layers.indexOf(to);
      if (toLevel < 0) context.report({ node, messageId: 'unplaced', data: { from, to: shown } });
      else if (toLevel > level)
        context.report({ node, messageId: 'upward', data: { from, to: shown, below } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) =>
        check(node, node.source.type === 'Literal' ? node.source.value : undefined),
      // A worker is started from `new URL('./worker.ts', import.meta.url)`: an import too.
      NewExpression: (node) => {
        const [url, base] = node.arguments;
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'URL') return;
        if (base?.type !== 'MemberExpression' || base.object.type !== 'MetaProperty') return;
        if (url?.type === 'Literal') check(node, url.value);
      },
    };
  },
};
