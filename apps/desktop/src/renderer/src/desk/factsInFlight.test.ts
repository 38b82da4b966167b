import { describe, expect, it } from 'vitest';
import type { Decision, Fact } from '@winnow/contract';
import { factsInFlight } from './factsInFlight.ts';

const status = (targetId: number, before: Fact['status'], after: Fact['status']): Decision => ({
  id: targetId,
  at: '2026-01-01T00:00:00.000Z',
  editor: 'lin',
  kind: 'act',
  action: 'fact.status',
  targetType: 'fact',
  targetId,
  articleId: 7,
  reverts: null,
  before,
  after,
});

const fact = (id: number, s: Fact['status']): Fact =>
  ({ id, status: s, quote: `q${id}` }) as unknown as Fact;
const statuses = (facts: Fact[]) => facts.map((f) => f.status);

describe('a facts answer and the decisions made while it travelled', () => {
  it('an answer read before A, A, R is drawn with them on top, in their order', () => {
    const flight = factsInFlight();
    const asked = flight.asked();
    flight.decided(status(1, 'pending', 'approved'));
    flight.decided(status(2, 'pending', 'approved'));
    flight.decided(status(3, 'pending', 'rejected'));
    flight.decided(status(3, 'rejected', 'pending')); // an undo: the last word wins
    const read = [fact(1, 'pending'), fact(2, 'pending'), fact(3, 'pending'), fact(4, 'pending')];
    expect(statuses(asked.settle(read))).toEqual(['approved', 'approved', 'pending', 'pending']);
  });

  it('a decision the answer already holds changes nothing, and one before the request is not replayed', () => {
    const flight = factsInFlight();
    flight.decided(status(1, 'pending', 'rejected'));
    const asked = flight.asked();
    flight.decided(status(2, 'pending', 'approved'));
    // The service read after both: fact 1 since approved by another editor, 2 approved.
    const read = [fact(1, 'approved'), fact(2, 'approved')];
    const drawn = asked.settle(read);
    expect(statuses(drawn)).toEqual(['approved', 'approved']);
    // Nothing changed: the same rows, so none is drawn again.
    expect(drawn.every((f, i) => f === read[i])).toBe(true);
  });

  it('each request replays only what came after it; the log empties when none is out', () => {
    const flight = factsInFlight();
    const first = flight.asked();
    flight.decided(status(1, 'pending', 'approved'));
    const second = flight.asked();
    flight.decided(status(2, 'pending', 'rejected'));
    expect(statuses(second.settle([fact(1, 'approved'), fact(2, 'pending')]))).toEqual([
      'approved',
      'rejected',
    ]);
    first.drop();
    // Nothing out: a later request does not see decisions from before it.
    const third = flight.asked();
    expect(statuses(third.settle([fact(1, 'pending'), fact(2, 'pending')]))).toEqual([
      'pending',
      'pending',
    ]);
  });

  it('a request dropped while another is out keeps what the other still needs', () => {
    const flight = factsInFlight();
    const kept = flight.asked();
    const dropped = flight.asked();
    flight.decided(status(5, 'pending', 'approved'));
    dropped.drop();
    expect(statuses(kept.settle([fact(5, 'pending')]))).toEqual(['approved']);
  });
});
