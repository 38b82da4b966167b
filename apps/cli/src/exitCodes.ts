import type { WinnowError } from '@winnow/contract';
import type { StorageKind } from '@winnow/service';

/**
 * The command line's exit codes, one per kind of trouble, so that a script can tell a full
 * disk from a typo. Listed in `winnow --help`.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  newerCorpus: 3,
  diskFull: 4,
  readOnly: 5,
  locked: 6,
  damaged: 7,
  missingFolder: 8,
  noCorpus: 66,
  cancelled: 130,
  terminated: 143,
} as const;

const BY_KIND: Record<StorageKind, number> = {
  'disk-full': EXIT.diskFull,
  'read-only': EXIT.readOnly,
  locked: EXIT.locked,
  damaged: EXIT.damaged,
  'missing-folder': EXIT.missingFolder,
};

export function exitCodeOfStorage(kind: StorageKind): number {
  return BY_KIND[kind];
}

/** The exit code for a failed call whose error names a storage problem, else null. */
export function storageExitCode(error: WinnowError): number | null {
  const details = error.details as { storage?: StorageKind } | undefined;
  return details?.storage ? BY_KIND[details.storage] : null;
}

export const exitCodesHelp = `Exit codes:
  0    done
  1    something failed (a file, an article, a bundle); the message names it
  2    bad arguments
  3    the corpus was written by a newer Winnow
  4    the disk is full
  5    the corpus or its folder is read-only
  6    the corpus is locked by another program
  7    the corpus is damaged or not a Winnow corpus (see winnow doctor)
  8    the corpus's folder does not exist
  66   no corpus at the --db path (commands that only read one)
  130  cancelled (Ctrl+C); 143 stopped by SIGTERM`;
