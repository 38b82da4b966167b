import type { MethodName, Params, Value } from './methods.ts';
import type { Result } from './result.ts';

/** What the renderer and any other caller talk to, over IPC, HTTP or in-process alike. */
export type WinnowClient = {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<Value<M>>>;
};
