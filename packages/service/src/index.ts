export { openService } from './service.ts';
export type { WinnowService, ServiceOptions, CallContext } from './service.ts';
export type { Logger } from './shared/logger.ts';
export { silentLogger } from './shared/logger.ts';
export { exportArticles, CHECKED_TAG } from './export/exportArticles.ts';
export { DatabaseFromFutureError } from '@winnow/store';
export { removeWorkFolders, releaseWorkFolder, trackWorkFolder } from './shared/workFolders.ts';
export { StorageError } from '@winnow/store';
export type { StorageKind } from '@winnow/store';
