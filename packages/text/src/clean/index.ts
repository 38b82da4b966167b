export { cleanArticle, PIPELINE_VERSION } from './pipeline.ts';
export type { CleanedArticle, CleanOptions } from './pipeline.ts';
export { applyEdits, resolveOverlaps, APPLY_AT } from './edits.ts';
export type { CleaningEdit, DecidedEdit } from './edits.ts';
export { DEFAULT_SPAM_PHRASES } from './spam.ts';
export { MACHINE_TRANSLATION_WARNING, machineTranslationWarnings } from './machineTranslation.ts';
export { scriptConversionEdits } from './convert.ts';
export type { TargetScript } from './convert.ts';
export { repairUtf8Mojibake, utf8MojibakeEdits } from './utf8Mojibake.ts';
