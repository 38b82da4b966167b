/**
 * A short fingerprint of a text, the same in the desk and the service (pure, no Node and
 * no DOM): it lets the desk say which version of an article's cleaned text an edit was
 * made on without sending the text again, so that an edit made on a version another
 * editor has changed since is refused rather than laid over theirs. Not a secret: two
 * 32-bit multiplicative hashes over the UTF-16 units, and the length.
 */
export function textDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}-${text.length.toString(16)}`;
}
