export * from './result.ts';
export * from './article.ts';
export * from './methods.ts';
export * from './events.ts';
export * from './client.ts';
export { WINNOW_VERSION } from './version.ts';
export * from './editMap.ts';
export * from './limits.ts';
export * from './decisions.ts';
