// TextDecoder is part of every JavaScript platform Winnow runs on (Node, Electron,
// browsers) but not of the ES library, and this layer may not pull in Node's or the
// DOM's typings. Only what the text layer uses is declared.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
