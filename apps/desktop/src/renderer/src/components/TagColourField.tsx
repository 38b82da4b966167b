import { useEffect, useRef, useState } from 'react';
import type { Tag } from '@winnow/contract';

/**
 * A tag's colour, chosen with the system's picker. The chip follows the picker as the
 * editor drags through colours, but only the colour chosen in the end (the input's
 * `change`, when the picker closes) is a decision: one recolouring, one undo step, however
 * many colours were passed over on the way. (React's onChange is the `input` event, sent
 * at every move.)
 */
export function TagColourField({
  tag,
  label,
  onChoose,
}: {
  tag: Tag;
  label: string;
  onChoose: (colour: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState(tag.colour);
  const choose = useRef(onChoose);
  choose.current = onChoose;
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const chosen = () => {
      if (element.value !== tag.colour) choose.current(element.value);
    };
    element.addEventListener('change', chosen);
    return () => element.removeEventListener('change', chosen);
  }, [tag.colour]);
  return (
    <label className="colour-field">
      <input
        ref={input}
        type="color"
        aria-label={label}
        defaultValue={tag.colour}
        onInput={(event) => setShown(event.currentTarget.value)}
      />
      <span className="tag-chip" style={{ borderColor: shown }}>
        <span className="tag-dot" style={{ background: shown }} />
        {tag.name}
      </span>
    </label>
  );
}
