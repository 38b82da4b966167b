/**
 * The service's methods that clean, extract facts or record decisions: they need the
 * cleaner (@winnow/text, its HTML reader) and the fact extractors, about 45 MB of code in
 * the process that loads them. service.ts loads this module the first time one of them is
 * called (the desk at once, in the background), so a process that only lists, reads or
 * exports — `winnow export`, a bundle export's own process — never carries that code.
 */
import { WinnowFailure } from '@winnow/contract';
import type { MethodName, ValidParams, Value } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { act, actMany, redo, undo } from './decisions/decisions.ts';
import { editCleaned } from './decisions/manualEdit.ts';
import { removeBlock, removeText, setBlock } from './decisions/removals.ts';
import { mergeTags, updateTag } from './decisions/tagEdits.ts';
import {
  blocksOf,
  conversionOf,
  readSpamPhrases,
  suggestSpamPhrases,
  writeConversion,
  writeSpamPhrases,
} from './cleaning/cleaningOptions.ts';
import { recleanArticle } from './cleaning/reclean.ts';
import { importBundle } from './bundles/importBundle.ts';
import { importFiles } from './import/importFiles.ts';
import type { CallContext } from './service.ts';

export { addSamplesToNewCorpus } from './import/samples.ts';

export type Handler<M extends MethodName> = (
  params: ValidParams<M>,
  context: CallContext,
) => Value<M> | Promise<Value<M>>;

function tagMustExist(store: Store, tagId: number): void {
  if (!store.tags.get(tagId)) throw new WinnowFailure('not_found', `There is no tag ${tagId}.`);
}

export function editingHandlers(store: Store) {
  return {
    'articles.import': (params, context) => importFiles(store, params.paths, context.onProgress),
    'articles.setStatus': (params) =>
      act(store, params.editor, 'article.status', params.id, params.status, params.seen),
    'articles.tag': (params) => {
      tagMustExist(store, params.tagId);
      return act(
        store,
        params.editor,
        'article.tag',
        params.id,
        { tagId: params.tagId, on: params.on },
        params.seen === undefined ? undefined : { tagId: params.tagId, on: params.seen },
      );
    },
    'articles.reclean': (params) => recleanArticle(store, params.id),
    'facts.tag': (params) => {
      if (!store.tags.get(params.tagId))
        throw new WinnowFailure('not_found', `There is no tag ${params.tagId} in this corpus.`);
      return act(
        store,
        params.editor,
        'fact.tag',
        params.id,
        { tagId: params.tagId, on: params.on },
        params.seen === undefined ? undefined : { tagId: params.tagId, on: params.seen },
      );
    },
    'facts.setStatus': (params) =>
      act(store, params.editor, 'fact.status', params.id, params.status, params.seen),
    'edits.setState': (params) =>
      act(store, params.editor, 'edit.state', params.id, params.state, params.seen),
    'edits.setStateByRule': (params) => {
      const ids = store.review.editsOfRule(params.rule, params.state, params.articleId);
      return actMany(store, params.editor, 'edit.states', ids, params.state);
    },
    'articles.editCleaned': (params) =>
      editCleaned(store, params.id, params.cleaned, params.editor, params.seen),
    'facts.setStatusMany': (params) =>
      actMany(store, params.editor, 'fact.statuses', params.ids, params.status),
    'facts.setValue': (params) =>
      act(store, params.editor, 'fact.value', params.id, params.value, params.seen),
    'tags.delete': (params) => {
      if (!store.tags.get(params.id))
        throw new WinnowFailure('not_found', `There is no tag ${params.id} in this corpus.`);
      return act(store, params.editor, 'tag.delete', params.id, { deleted: true });
    },
    'tags.update': (params) => updateTag(store, params),
    'tags.merge': (params) => mergeTags(store, params),
    'spam.list': () => readSpamPhrases(store),
    'spam.suggest': (params) => suggestSpamPhrases(store, params.sample),
    'conversion.get': () => ({ to: conversionOf(store) }),
    'conversion.set': (params) => ({ to: writeConversion(store, params.to) }),
    'spam.set': (params) => writeSpamPhrases(store, params.phrases, params.seen),
    'decisions.undo': (params) => undo(store, params.editor),
    'decisions.redo': (params) => redo(store, params.editor),
    'bundles.import': (params, context) => importBundle(store, params.path, context),
    'articles.removeText': (params) => removeText(store, params),
    'articles.removeBlock': (params) => removeBlock(store, params),
    'blocks.list': () => blocksOf(store),
    'blocks.set': (params) => setBlock(store, params),
    'articles.setFields': ({ id, editor, ...fields }) =>
      act(store, editor, 'article.fields', id, fields),
    'articles.setStatusMany': (params) =>
      actMany(store, params.editor, 'article.statuses', params.ids, params.status),
    'articles.tagMany': (params) => {
      tagMustExist(store, params.tagId);
      const value = { tagId: params.tagId, on: params.on };
      return act(
        store,
        params.editor,
        'article.tags',
        params.ids[0]!,
        Object.fromEntries(params.ids.map((id) => [String(id), value])),
      );
    },
    'edits.setStateMany': (params) =>
      actMany(store, params.editor, 'edit.states', params.ids, params.state),
  } satisfies { [M in EditingMethod]: Handler<M> };
}

/** The methods this module answers. */
export type EditingMethod =
  | 'articles.import'
  | 'articles.setStatus'
  | 'articles.tag'
  | 'articles.reclean'
  | 'facts.tag'
  | 'facts.setStatus'
  | 'edits.setState'
  | 'edits.setStateByRule'
  | 'articles.editCleaned'
  | 'facts.setStatusMany'
  | 'facts.setValue'
  | 'tags.delete'
  | 'tags.update'
  | 'tags.merge'
  | 'spam.list'
  | 'spam.suggest'
  | 'conversion.get'
  | 'conversion.set'
  | 'spam.set'
  | 'decisions.undo'
  | 'decisions.redo'
  | 'bundles.import'
  | 'articles.removeText'
  | 'articles.removeBlock'
  | 'blocks.list'
  | 'blocks.set'
  | 'articles.setFields'
  | 'articles.setStatusMany'
  | 'articles.tagMany'
  | 'edits.setStateMany';
