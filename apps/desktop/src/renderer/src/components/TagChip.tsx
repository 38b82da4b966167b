import { useTagColour } from '../desk/tagColours.ts';

/** A tag's name on a chip in the tag's own colour (a dot, and the border). */
export function TagChip({ name, testId }: { name: string; testId?: string }) {
  const colour = useTagColour(name);
  return (
    <span
      className="tag-chip"
      data-testid={testId}
      style={colour ? { borderColor: colour } : undefined}
    >
      {colour && <span className="tag-dot" style={{ background: colour }} aria-hidden="true" />}
      {name}
    </span>
  );
}
