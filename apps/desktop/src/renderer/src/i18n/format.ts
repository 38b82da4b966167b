/**
 * Fills a message's `{name}` values and chooses its plural forms. A plural is written as in
 * ICU MessageFormat: `{n, plural, one {# article} other {# articles}}`, `#` being the
 * number; the language's own rules (Intl.PluralRules) pick the form, so Chinese needs only
 * `other` and English gets "1 article", "2 articles". Numbers are written the language's
 * way (12,000).
 */
export type Values = Record<string, string | number>;

const rulesCache = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function localeTools(locale: string) {
  let tools = rulesCache.get(locale);
  if (!tools) {
    tools = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    rulesCache.set(locale, tools);
  }
  return tools;
}

/** The text between the brace at `open` and its matching close, and where that close is. */
function braced(message: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === '{') depth++;
    else if (message[i] === '}' && --depth === 0)
      return { inner: message.slice(open + 1, i), end: i };
  }
  throw new Error(`Unbalanced braces in message: ${message}`);
}

/** `one {…} other {…}` → { one: '…', other: '…' } */
function forms(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < body.length) {
    const match = /\s*([=\w]+)\s*\{/y;
    match.lastIndex = at;
    const found = match.exec(body);
    if (!found?.[1]) break;
    const { inner, end } = braced(body, match.lastIndex - 1);
    out[found[1]] = inner;
    at = end + 1;
  }
  return out;
}

export function formatMessage(message: string, values: Values | undefined, locale: string): string {
  const { plural, number } = localeTools(locale);
  const show = (value: string | number) =>
    typeof value === 'number' ? number.format(value) : value;
  let out = '';
  let at = 0;
  while (at < message.length) {
    const open = message.indexOf('{', at);
    if (open < 0) break;
    out += message.slice(at, open);
    const { inner, end } = braced(message, open);
    at = end + 1;
    const plain = /^(\w+)$/.exec(inner);
    const choice = /^(\w+),\s*plural,(.*)$/s.exec(inner);
    if (plain?.[1]) {
      const value = values?.[plain[1]];
      out += value === undefined ? `{${inner}}` : show(value);
    } else if (choice?.[1] && choice[2] !== undefined) {
      const value = Number(values?.[choice[1]] ?? NaN);
      const options = forms(choice[2]);
      const chosen =
        options[`=${value}`] ?? options[plural.select(value)] ?? options['other'] ?? '';
      out += formatMessage(chosen.replace(/#/g, `{${choice[1]}}`), values, locale);
    } else out += `{${inner}}`;
  }
  return out + message.slice(at);
}
