import type { ReactNode } from 'react';

/** About this many characters per block; a long article becomes a few dozen of them. */
const CHUNK_CHARS = 3000;

/**
 * Cuts a long text (strings and marked pieces, in order) into blocks at paragraph breaks.
 * Each block is laid out only when it is near the screen (CSS content-visibility), so a
 * 500 KB article opens as fast as a short one; text and order are unchanged.
 */
export function Chunked({ pieces }: { pieces: ReactNode[] }) {
  const blocks: ReactNode[][] = [[]];
  let size = 0;
  for (const piece of pieces) {
    const current = blocks[blocks.length - 1] as ReactNode[];
    if (typeof piece !== 'string') {
      current.push(piece);
      size += 20;
      continue;
    }
    let rest = piece;
    while (size + rest.length > CHUNK_CHARS) {
      // Break after a blank line past the budget, so a paragraph stays whole.
      const at = rest.indexOf('\n\n', Math.max(0, CHUNK_CHARS - size));
      if (at < 0) break;
      (blocks[blocks.length - 1] as ReactNode[]).push(rest.slice(0, at + 2));
      rest = rest.slice(at + 2);
      blocks.push([]);
      size = 0;
    }
    (blocks[blocks.length - 1] as ReactNode[]).push(rest);
    size += rest.length;
  }
  if (blocks.length === 1) return <>{blocks[0]}</>;
  return (
    <>
      {blocks.map((block, index) => (
        <span key={index} className="text-chunk">
          {block}
        </span>
      ))}
    </>
  );
}
