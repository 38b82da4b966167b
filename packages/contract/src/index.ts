export * from './result.ts';
export * from './article.ts';
export * from './methods.ts';
export * from './events.ts';
export * from './client.ts';
export const WINNOW_VERSION = '0.1.0';
export * from './editMap.ts';
