import { describe, expect, it } from 'vitest';
import { earlyKeys } from './earlyKeys.ts';

const key = (key: string, more: { altKey?: boolean; code?: string; ctrlKey?: boolean } = {}) => {
  const event = {
    key,
    code: more.code ?? '',
    altKey: more.altKey ?? false,
    ctrlKey: more.ctrlKey ?? false,
    metaKey: false,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
};

describe('keys pressed before the selected article is drawn', () => {
  it('Alt+A and the pane’s keys wait for the article they were pressed for, in order', () => {
    const keys = earlyKeys<ReturnType<typeof key>>();
    const approve = key('a', { altKey: true, code: 'KeyA' });
    const facts = key('f');
    keys.keep(7, approve);
    keys.keep(7, facts);
    expect(approve.prevented).toBe(true);
    expect(keys.take(7)).toEqual([approve, facts]);
    expect(keys.take(7)).toEqual([]); // handled once
  });

  it('keys meant for an article the editor left before it arrived are dropped', () => {
    const keys = earlyKeys<ReturnType<typeof key>>();
    keys.keep(7, key('r', { altKey: true, code: 'KeyR' }));
    const next = key('e');
    keys.keep(8, next);
    expect(keys.take(8)).toEqual([next]);
    keys.keep(9, key('f'));
    expect(keys.take(7)).toEqual([]);
  });

  it('keys the pane does not act on pass by untouched', () => {
    const keys = earlyKeys<ReturnType<typeof key>>();
    const plainA = key('a'); // a hunk's key: it needs a hunk of the article, focused
    const undo = key('z', { ctrlKey: true, code: 'KeyZ' });
    const altX = key('x', { altKey: true, code: 'KeyX' });
    for (const event of [plainA, undo, altX]) keys.keep(7, event);
    expect([plainA, undo, altX].some((e) => e.prevented)).toBe(false);
    expect(keys.take(7)).toEqual([]);
  });
});
