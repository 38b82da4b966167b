import { z } from 'zod';
import { ArticleStatusSchema } from '@winnow/contract';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './format.ts';
import { BUNDLE_FILES } from './names.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex');

/** What was exported: the filters as the editor chose them. */
export const SelectionSchema = z.strictObject({
  status: ArticleStatusSchema.optional(),
  tag: z.string().optional(),
  language: z.string().optional(),
  source: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  query: z.string().optional(),
});
export type Selection = z.infer<typeof SelectionSchema>;

export const ManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  winnowVersion: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  selection: SelectionSchema,
  counts: z.strictObject({
    articles: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
    tags: z.number().int().nonnegative(),
    decisions: z.number().int().nonnegative(),
  }),
  files: z.record(
    z.enum(BUNDLE_FILES.filter((f) => f !== 'manifest.json') as [string, ...string[]]),
    z.strictObject({ sha256, bytes: z.number().int().nonnegative() }),
  ),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * Reads a manifest, checking the format version before anything else so that a bundle
 * from a newer Winnow says so instead of failing on a field it does not know.
 */
export function parseManifest(text: string): { manifest: Manifest } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `manifest.json is not JSON: ${(error as Error).message}` };
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if ((data as { format?: unknown } | null)?.format !== BUNDLE_FORMAT)
    return {
      problem: 'manifest.json does not describe a Winnow bundle (format is not "winnow-bundle")',
    };
  if (typeof version !== 'number' || version > BUNDLE_FORMAT_VERSION || version < 1)
    return {
      problem: `the bundle's format version ${JSON.stringify(version)} is not one this Winnow reads (it reads versions 1 to ${BUNDLE_FORMAT_VERSION}); update Winnow to open it`,
    };
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `manifest.json: ${issue.path.join('.') || '(top)'}: ${issue.message}` };
  }
  return { manifest: parsed.data };
}
