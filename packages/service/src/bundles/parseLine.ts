import { BundleProblem } from './readBundle.ts';
import type { OpenedBundle } from './readBundle.ts';

/** What the bundle's zod schemas offer; the service needs nothing more of zod. */
export type Schema = {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** Parses one line, naming the file and line of anything wrong. */
export function parseLine(
  bundle: OpenedBundle,
  name: string,
  line: number,
  text: string,
  schema: Schema,
) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BundleProblem(
      bundle.path,
      `${name} line ${line} is not JSON (${(error as Error).message})`,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleProblem(
      bundle.path,
      `${name} line ${line}: ${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`,
    );
  }
  return parsed.data;
}
