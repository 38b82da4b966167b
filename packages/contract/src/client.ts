import type { MethodName, Params, Value } from './methods.ts';
import type { Result } from './result.ts';

/** What the renderer and any other caller talk to, over IPC, HTTP or in-process alike. */
export type WinnowClient = {
  call<M extends MethodName>(
    method: M,
    params: Params<M>,
    options?: CallOptions,
  ): Promise<Result<Value<M>>>;
};

export type CallOptions = {
  /**
   * The caller no longer needs the answer once this aborts (the desk moved to another
   * article): a client may then stop it on its way, and answers an `io_error`.
   */
  signal?: CallSignal;
};

/** An AbortSignal, as far as a call needs one (the contract names no platform's types). */
export type CallSignal = {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
};
