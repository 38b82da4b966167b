import { Decimal } from './decimal.ts';

/**
 * Reads a number written the way Chinese text writes them: 三百二十, 两千六, 一万零一,
 * 壹仟贰佰元整, 1.6万, 100万三千, 1万600, 一七二零 (digit by digit), 负零点一. Returns null
 * when the string is not one number, so callers can try a shorter span.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  洞: 0,
  一: 1,
  壹: 1,
  幺: 1,
  弌: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  俩: 2,
  倆: 2,
  弍: 2,
  三: 3,
  叁: 3,
  參: 3,
  弎: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units inside a four-digit group. */
const SMALL_UNITS: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** Units that multiply everything smaller before them (powers of ten). */
const BIG_UNITS: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

const TENS: Record<string, number> = { 廿: 2, 卄: 2, 卅: 3, 卌: 4 };

const ZERO = new Set(['零', '〇']);
const MINUS = new Set(['负', '負', '-', '−', '－']);
const POINT = new Set(['点', '點', '.', '．']);
const YUAN = new Set(['元', '圆', '圓']);
const WHOLE = new Set(['整', '正']);

export const CHINESE_NUMERAL_CHARS =
  Object.keys(DIGITS).join('') +
  Object.keys(TENS).join('') +
  Object.keys(SMALL_UNITS).join('') +
  Object.keys(BIG_UNITS).join('');

const isArabic = (ch: string) => ch >= '0' && ch <= '9';

/** Full-width digits and punctuation fold to ASCII first, so ０-９ read like 0-9. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

type Token =
  | { type: 'digit'; value: number }
  | { type: 'arabic'; value: Decimal; digits: number; decimal: boolean }
  | { type: 'zero' }
  | { type: 'small'; power: number }
  | { type: 'big'; power: number };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (isArabic(ch)) {
      let j = i;
      while (j < text.length && (isArabic(text[j]!) || text[j] === '.')) j++;
      const run = text.slice(i, j);
      const value = Decimal.parse(run);
      if (!value) return null;
      tokens.push({ type: 'arabic', value, digits: run.length, decimal: run.includes('.') });
      i = j;
      continue;
    }
    if (ch in TENS) {
      // 廿 is 二十, 卅 三十, 卌 四十.
      tokens.push({ type: 'digit', value: TENS[ch]! }, { type: 'small', power: 1 });
    } else if (ZERO.has(ch)) tokens.push({ type: 'zero' });
    else if (ch in DIGITS) tokens.push({ type: 'digit', value: DIGITS[ch]! });
    else if (ch in SMALL_UNITS) tokens.push({ type: 'small', power: SMALL_UNITS[ch]! });
    else if (ch in BIG_UNITS) tokens.push({ type: 'big', power: BIG_UNITS[ch]! });
    else return null;
    i++;
  }
  return tokens;
}

/** 一七二零 → 1720: digits with no units at all are read one by one. */
function readDigitByDigit(tokens: Token[]): Decimal | null {
  let digits = '';
  for (const token of tokens) {
    if (token.type === 'zero') digits += '0';
    else if (token.type === 'digit') digits += String(token.value);
    else return null;
  }
  return digits ? Decimal.parse(digits) : null;
}

/**
 * The positional reading with units. Each big unit (万, 亿) multiplies every term smaller
 * than it that came before, which reads 一千一百万一千亿 and 一十万万零一百一十万亿 alike.
 * A digit right after a unit with no 零 between is one unit lower: 三万五 is 35000.
 */
function readWithUnits(tokens: Token[]): Decimal | null {
  type Term = { value: Decimal; power: number };
  const terms: Term[] = [];
  let group = Decimal.ZERO; // the current four-digit group
  let groupUsed = false;
  let pending: Decimal | null = null; // a digit not yet given a unit
  let pendingDigits = 0;
  let lastPower: number | null = null; // the unit just read (small or big), if nothing since
  let zeroSince = false;
  let scaledDecimal = false;

  for (const token of tokens) {
    if (scaledDecimal) return null; // 10.1万零100: nothing may follow a scaled decimal
    switch (token.type) {
      case 'zero':
        if (pending) return null; // 一零 with units elsewhere is not a numeral
        zeroSince = true;
        lastPower = null;
        break;
      case 'digit':
      case 'arabic': {
        if (pending) return null;
        pending = token.type === 'digit' ? Decimal.of(token.value) : token.value;
        pendingDigits = token.type === 'digit' ? 1 : token.digits;
        break;
      }
      case 'small': {
        group = group.plus((pending ?? Decimal.ONE).shift(token.power));
        groupUsed = true;
        pending = null;
        lastPower = token.power;
        zeroSince = false;
        break;
      }
      case 'big': {
        const wasDecimal = pending !== null && !Number.isInteger(pending.toNumber());
        if (pending) {
          group = group.plus(pending);
          groupUsed = true;
        }
        let sum = group;
        let took: number | null = null; // the largest power taken into this term
        while (terms.length > 0 && terms[terms.length - 1]!.power <= token.power) {
          const term = terms.pop()!;
          sum = sum.plus(term.value);
          took = Math.max(took ?? 0, term.power);
        }
        if (!groupUsed && took === null) {
          // 亿亿 after a larger term: the unit multiplies the term before it.
          const term = terms.pop();
          if (!term) return null;
          sum = term.value;
          took = term.power;
        }
        // 万万 reads as 亿: a unit straight after a unit compounds their powers.
        const power = groupUsed ? token.power : (took ?? 0) + token.power;
        terms.push({ value: sum.shift(token.power), power });
        group = Decimal.ZERO;
        groupUsed = false;
        pending = null;
        lastPower = token.power;
        zeroSince = false;
        if (wasDecimal) scaledDecimal = true;
        break;
      }
    }
  }
  if (pending) {
    // 两千六 → 2600, 三万五 → 35000; but 一千零六 → 1006 and 1万600 → 10600.
    if (lastPower !== null && lastPower > 0 && !zeroSince && pendingDigits === 1) {
      pending = pending.shift(lastPower - 1);
    }
    group = group.plus(pending);
  }
  return terms.reduce((total, term) => total.plus(term.value), group);
}

function readInteger(text: string): Decimal | null {
  if (text === '') return null;
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  const hasUnits = tokens.some((t) => t.type === 'small' || t.type === 'big');
  if (!hasUnits) {
    const [only] = tokens;
    if (tokens.length === 1 && only?.type === 'arabic') return only.value;
    if (tokens.some((t) => t.type === 'arabic')) return null;
    return readDigitByDigit(tokens);
  }
  return readWithUnits(tokens);
}

/** After 点: digits one by one, Chinese or Arabic. */
function readFraction(text: string): string | null {
  let digits = '';
  for (const ch of text) {
    if (isArabic(ch)) digits += ch;
    else if (ZERO.has(ch)) digits += '0';
    else if (ch in DIGITS) digits += String(DIGITS[ch]);
    else return null;
  }
  return digits.length > 0 ? digits : null;
}

/** 壹角伍分, 零伍分: the part of a money amount after 元. */
function readJiaoFen(text: string): Decimal | null {
  const match = /^零?(?:(.)角)?零?(?:(.)分)?(?:(.)厘)?$/u.exec(text);
  if (!match || (!match[1] && !match[2] && !match[3])) return null;
  let total = Decimal.ZERO;
  const parts: [string | undefined, number][] = [
    [match[1], -1],
    [match[2], -2],
    [match[3], -3],
  ];
  for (const [digit, power] of parts) {
    if (digit === undefined) continue;
    const value = ZERO.has(digit) ? 0 : DIGITS[digit];
    if (value === undefined) return null;
    total = total.plus(Decimal.of(value).shift(power));
  }
  return total;
}

function readMoney(text: string): Decimal | null {
  let body = text;
  if (body.length > 0 && WHOLE.has(body[body.length - 1]!)) body = body.slice(0, -1);
  const yuanAt = [...body].findIndex((ch) => YUAN.has(ch));
  if (yuanAt < 0) {
    // 壹角, 伍分: less than one yuan.
    return /[角分]$/u.test(body) ? readJiaoFen(body) : null;
  }
  const integer = body.slice(0, yuanAt);
  const rest = body.slice(yuanAt + 1);
  const whole = readInteger(integer);
  if (!whole) return null;
  if (rest === '') return whole;
  const small = readJiaoFen(rest);
  return small ? whole.plus(small) : null;
}

export function parseChineseNumber(input: string): number | null {
  let text = toHalfWidth(input.trim()).replace(/(?<=\d),(?=\d{3})/g, '');
  if (text === '') return null;
  let negative = false;
  if (MINUS.has(text[0]!)) {
    negative = true;
    text = text.slice(1);
  }
  let value: Decimal | null;
  if (/[元圆圓角分]/u.test(text)) {
    value = readMoney(text);
  } else {
    const points = [...text].filter((ch) => POINT.has(ch)).length;
    const arabicDecimal = /\d\.\d/.test(text);
    if (points > (arabicDecimal ? 1 : 0) + (/[点點]/u.test(text) ? 1 : 0)) return null;
    const at = text.search(/[点點]/u);
    if (at >= 0) {
      const whole = readInteger(text.slice(0, at));
      const fraction = readFraction(text.slice(at + 1));
      value = whole && fraction !== null ? whole.plus(Decimal.fraction(fraction)) : null;
    } else {
      value = readInteger(text);
    }
  }
  if (!value) return null;
  const number = value.toNumber();
  return negative ? -number : number;
}
