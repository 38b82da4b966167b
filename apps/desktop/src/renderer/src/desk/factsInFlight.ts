import type { Decision, Fact } from '@winnow/contract';
import { patchFacts } from './decisionEffects.ts';

/**
 * A facts answer is what the service read when the request reached it. A fact's status
 * decided meanwhile is patched into the page from its Decision at once (patchArticle), so
 * an answer that reaches the page after that patch may predate it: drawn as it is, it would
 * show a fact the editor just approved as pending again, and the next key (F to the first
 * pending fact, A on it again) would act on a state that is not the corpus's. The facts
 * travel over HTTP and the decisions over the call socket, so nothing orders the two.
 *
 * So each answer is drawn with the decisions that arrived since it was asked for applied
 * on top, in their order. Setting a status is idempotent: a decision the answer already
 * holds changes nothing. Decisions that change more than a status (a value, a tag, an
 * edit) ask for the facts again instead (decisionEffects.ts), and that request starts
 * after them.
 */
export type FactsInFlight = {
  /** A decision the page has just patched in. */
  decided(decision: Decision): void;
  /** A facts request goes out; exactly one of `settle` (its answer) or `drop` follows. */
  asked(): { settle(facts: Fact[]): Fact[]; drop(): void };
};

export function factsInFlight(): FactsInFlight {
  /** How many decisions have arrived; a decision's place in that count orders it. */
  let count = 0;
  /** Decisions that arrived while a request was out, with their place. */
  let log: { at: number; decision: Decision }[] = [];
  /** Each request still out, with the count when it was asked for. */
  const open = new Map<object, number>();
  const close = (request: object) => {
    open.delete(request);
    // Kept only as long as a request asked before them may still need them.
    const oldest = Math.min(...open.values());
    log = log.filter((entry) => entry.at > oldest);
  };
  return {
    decided(decision) {
      count += 1;
      if (open.size > 0) log.push({ at: count, decision });
    },
    asked() {
      const request = {};
      const from = count;
      open.set(request, from);
      return {
        settle(facts) {
          let now = facts;
          for (const entry of log) if (entry.at > from) now = patchFacts(now, entry.decision);
          close(request);
          return now;
        },
        drop: () => close(request),
      };
    },
  };
}
