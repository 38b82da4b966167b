export { openStore } from './store.ts';
export type { Store } from './store.ts';
export { openDatabase, DatabaseFromFutureError, backupBeforeMigration } from './open.ts';
export { migrations, latestVersion } from './migrations/index.ts';
export type { ArticleRow, ArticleSummaryRow, ArticleFilter } from './repositories/articles.ts';
