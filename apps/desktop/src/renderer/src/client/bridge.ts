/** What the desktop app's preload exposes as `window.winnow` (absent in the browser). */
export type Bridge = {
  call(
    method: string,
    params: unknown,
    onProgress?: (p: unknown) => void,
    cancelKey?: string,
  ): Promise<unknown>;
  /** Stops the call started with `cancelKey` (an export, a bundle import). */
  cancel(cancelKey: string): void;
  pathOfFile(file: File): string;
  chooseFiles(): Promise<string[]>;
  chooseExportTarget(suggested: string): Promise<string | null>;
  onMenu(listener: (what: string) => void): void;
};
