/**
 * The files a Winnow bundle may hold, and the checks every entry name passes before
 * anything is read: a bundle is a zip from someone else's machine, and a name such as
 * `../../.bashrc`, `/etc/passwd` or `C:\Windows\…` must never reach the file system.
 */
export const BUNDLE_FILES = [
  'manifest.json',
  'articles.jsonl',
  'facts.jsonl',
  'annotations.jsonld',
  'tags.json',
  'decisions.jsonl',
  'README.txt',
] as const;
export type BundleFile = (typeof BUNDLE_FILES)[number];

const KNOWN = new Set<string>(BUNDLE_FILES);

/** Why an entry name is refused, or null when it is one of the bundle's own files. */
export function entryNameProblem(name: string): string | null {
  if (name.includes('\0'))
    return `the entry name "${name.replace(/\0/g, '\\0')}" contains a NUL byte`;
  if (/^[a-zA-Z]:/.test(name))
    return `the entry "${name}" names a drive (an absolute Windows path)`;
  if (name.startsWith('/') || name.startsWith('\\'))
    return `the entry "${name}" is an absolute path`;
  if (name.split(/[/\\]/).includes('..'))
    return `the entry "${name}" climbs out of the bundle with ".."`;
  if (name.includes('\\')) return `the entry "${name}" uses backslashes as folders`;
  if (!KNOWN.has(name)) return `the entry "${name}" is not a file a Winnow bundle holds`;
  return null;
}
