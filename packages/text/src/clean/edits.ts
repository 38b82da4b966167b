import type { Edit, PipelineEditState, RuleId } from '@winnow/contract';

/**
 * The cleaner's side of the edit-list model (the model itself — in-force order, applying,
 * the offsets map, editors' edits — is the contract's editList.ts): cleaning never
 * produces a bare string. Each change is an edit on the raw text with the rule that made
 * it, a reason an editor can read, and a confidence (below APPLY_AT the edit is proposed
 * to the editor, not applied). Cleaned
 * text is the raw text with the applied edits. The edit is the contract's `Edit`, the one
 * shape the store keeps and the desk shows; the cleaner's has no state until it decides.
 * Its rule is one of the registry's (contract rules.ts): lint refuses any other spelling.
 */
export type CleaningEdit = Omit<Edit, 'state'>;

/**
 * An edit as a rule of the cleaner makes it: its rule is one the registry has, so an id
 * made up in a rule's file (with no name, family or default confidence for the desk) does
 * not compile. Code that only orders and applies edits takes any `CleaningEdit`.
 */
export type RuleEdit = CleaningEdit & { rule: RuleId };

export type DecidedEdit = CleaningEdit & { state: PipelineEditState };

export const APPLY_AT = 0.8;

/**
 * Orders edits and keeps them apart. At the same start the longer edit wins: a rule that
 * removes a whole line beats one that repairs part of it. An edit sure enough to apply is
 * never hidden by an unsure one, and `fillers` — deletions of whole blocks, such as what a
 * text page holds outside its article — yield to every sure edit of a more specific rule,
 * so a line keeps the rule that names it best: both only delete what the others leave.
 */
export function resolveOverlaps(
  edits: readonly CleaningEdit[],
  fillers: readonly CleaningEdit[] = [],
): CleaningEdit[] {
  const isSure = (e: CleaningEdit) => e.confidence >= APPLY_AT;
  const sure = apart(edits.filter(isSure));
  const blocks = fillAround(sure, apart(fillers.filter(isSure)));
  const rest = fillAround(
    [...sure, ...blocks].sort((a, b) => a.start - b.start),
    apart([...edits, ...fillers].filter((e) => !isSure(e))),
  );
  return [...sure, ...blocks, ...rest].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What of `extra` (apart, sorted) lies outside `base` (apart, sorted); replacements that overlap are dropped. */
function fillAround(base: readonly CleaningEdit[], extra: readonly CleaningEdit[]): CleaningEdit[] {
  const out: CleaningEdit[] = [];
  let k = 0;
  for (const edit of extra) {
    while (k < base.length && base[k]!.end <= edit.start) k++;
    const overlapping: CleaningEdit[] = [];
    for (let j = k; j < base.length && base[j]!.start < edit.end; j++) overlapping.push(base[j]!);
    if (overlapping.length === 0) {
      out.push(edit);
      continue;
    }
    if (edit.replacement !== '') continue;
    let start = edit.start;
    for (const other of overlapping) {
      if (other.start > start) out.push({ ...edit, start, end: other.start });
      start = Math.max(start, other.end);
    }
    if (start < edit.end) out.push({ ...edit, start });
  }
  return out;
}

function apart(edits: readonly CleaningEdit[]): CleaningEdit[] {
  const sorted = [...edits].sort(
    (a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence,
  );
  const kept: CleaningEdit[] = [];
  let reach = 0;
  for (const edit of sorted) {
    if (edit.end <= edit.start && edit.replacement === '') continue;
    if (edit.start < reach) {
      // Two deletions that overlap mean "delete both": the later one keeps what the
      // earlier one does not already cover. A replacement that overlaps is dropped.
      if (edit.replacement !== '' || edit.end <= reach) continue;
      kept.push({ ...edit, start: reach });
    } else {
      kept.push(edit);
    }
    reach = Math.max(reach, edit.end);
  }
  return kept;
}

/** Applying edits is the edit-list model's (the contract's editList.ts); the cleaner uses it. */
export { applyEdits } from '@winnow/contract';

export function decide(edits: readonly CleaningEdit[]): DecidedEdit[] {
  return edits.map((edit) => ({
    ...edit,
    state: edit.confidence >= APPLY_AT ? 'applied' : 'proposed',
  }));
}
