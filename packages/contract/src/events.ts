/** Progress of long work, streamed to the caller (stderr in the CLI, a bar in the UI). */
export type ProgressEvent = {
  type: 'progress';
  job: string;
  done: number;
  total: number;
  item: string | null;
};
