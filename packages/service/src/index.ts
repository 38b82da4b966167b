export { openService } from './service.ts';
export type { WinnowService, ServiceOptions, CallContext } from './service.ts';
export type { Logger } from './logger.ts';
export { silentLogger } from './logger.ts';
export { importFiles, MAX_FILE_BYTES } from './importFiles.ts';
export { exportArticles, CHECKED_TAG } from './exportArticles.ts';
export { DatabaseFromFutureError } from '@winnow/store';
export { removeWorkFolders, releaseWorkFolder, trackWorkFolder } from './workFolders.ts';
