import type { ESLint } from 'eslint';
import { featureLayers } from './featureLayers.ts';
import { vocabulary } from './vocabulary.ts';

/** The repository's own lint rules (`winnow/…`), each tested in tooling/eslint/*.test.ts. */
export const winnowPlugin: ESLint.Plugin = {
  meta: { name: 'winnow' },
  rules: { 'feature-layers': featureLayers, vocabulary },
};
