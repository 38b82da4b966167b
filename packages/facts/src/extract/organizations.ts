import { canBeInName, isProper, isVerbPhrase, words } from '../segment.ts';
import type { Word } from '../segment.ts';
import { isKnownBody } from '../lexicon/organizations.ts';
import { isGazetteerName, isGazetteerPlace } from './places.ts';
import { plainFact } from '../types.ts';
import type { FoundFact } from '../types.ts';

/**
 * Chinese organizations. A candidate is a word the way bodies are named at its end
 * (人民政府, 委员会, 市委, 法院, 公司, 日报 …); where the name starts is read from word
 * segmentation: walking back from the ending over nouns and proper nouns, the name starts
 * after the first verb, preposition, adverb, pronoun or particle. A name must carry
 * something that names it — a proper noun (a place, a person, an abbreviation, a brand) or
 * a national prefix (国家, 全国, 中共) — so 跨国公司, 国际组织, 肺部 and 周围组织 are no
 * bodies, while 浙江省物价局, 政协巴彦淖尔市第五届委员会 and 固原市委 are.
 */
export const ORGANIZATIONS = 'organizations';

const ENDINGS =
  /(?:人民政府|政府|委员会|科学院|工程院|研究院|研究所|研究中心|联合会|基金会|办公室|新闻办|发改委|大学|学院|医院|法院|检察院|公司|集团|银行|协会|学会|科协|联盟|通讯社|新闻社|电视台|日报|晚报|报社|党委|市委|省委|县委|区委|州委|政协|指挥部|专项组|防控组|工作组|领导小组|总统府|中心|总署|国务院|理事会|共产党|组织|部|局|厅|委|署|网|汽车|客车|药业|院|厂|党)/gu;

/** Titles that may follow a body's name inside one segmenter word (县委书记, 党委副书记). */
const TITLE_AFTER = /^(?:副?书记|常委|主任|副主任|党委|党组|工会|董事会)/u;

/** After these, the ending continues into a longer word (部长, 局长, 委员, 大学生, 网友, 厂商). */
const CONTINUES = /^[长门分属级内外员生友民站页点址络队位件商]/u;

/** Ordinary words that end like a body (新格局, 战略部署 is cut to 战略部): never a name. */
const ORDINARY =
  /(?:格局|大局|布局|结局|开局|当局|全局|僵局|时局|政局|骗局|新局|全部|内部|外部|局部|干部|头部|底部|胸部|肺部|腹部|腰部|背部|面部|脑部|颈部|足部|腿部|西部|东部|南部|北部|中部|一部|这部|该部|本部|总部|各部|庭院|戏院|影院|剧院|大部|上网|联网|互联网|电网|管网|入党|政党|全党|工厂|电厂|建厂|出厂|重心|核心)$/u;

/** A complete body, whose party committee (党委, 党组) is its sub-unit. */
const BODY_BEFORE = /(?:公司|集团|大学|学院|医院|银行|厂|局|厅|委员会)$/u;

/** Endings of firms, whose names are often coined words the dictionary lacks. */
const FIRM = /^(?:公司|集团|药业|汽车|客车|厂)$/u;

/** Endings that make a brand from a name (福特汽车); after a bare place they are generic. */
const BRAND_ENDINGS = new Set(['汽车', '药业', '网']);

/** A name is one of these alone, or nothing but these, is no body. */
const GENERIC =
  /^(?:有限|责任|股份|投资|合资|控股|子|分|总|母|本|该|此|这|那|各|全|原|新|旧|大|小|其|我|贵|跨国|国际|地方|基层|相关|有关|上级|下级|主管|政府|公司|集团|部门|机构|单位|组织|中心|委员会|办公室|联盟|协会|学会)*(?:公司|集团|部门|机构|组织|中心|委员会|办公室|联盟|协会|学会|政府|部|局|厅|委|署|网|汽车|药业|医院|卫生院|敬老院|福利院|养老院|法院|大学|学院|银行|日报|报社)$/u;

/**
 * An ending alone names a kind of body, not one (人民政府, 联合会, 研究所): every town has its
 * own. Only a few endings are a single body by themselves.
 */
const ENDING_ALONE = new RegExp(`^(?:${ENDINGS.source})$`, 'u');
const ONE_OF_A_KIND = /^(?:国务院|共产党|总统府|发改委|政协|科协)$/u;
const bareEnding = (name: string) => ENDING_ALONE.test(name) && !ONE_OF_A_KIND.test(name);

const BREAK = /[\s，。、；：！？“”‘’《》（）(),.;:!?"'\n·•]/u;
const WINDOW = 14;
const CONNECTOR = /^[—\-－–]$/u;

/** A word that names something: a place, a person, a body or a brand, of two or more characters. */
const names = (w: Word) =>
  (isProper(w) && w.tag !== 'j' && w.word.length >= 2 && !isVerbPhrase(w)) ||
  isKnownBody(w.word) ||
  unknownName(w);
/**
 * A run of Han characters the segmenter knows no word for (勃农, 科伦): a coined name, which
 * may head a firm's name like a proper noun.
 */
const unknownName = (w: Word) =>
  w.tag === 'x' && /^[\u4e00-\u9fff]{2,4}$/u.test(w.word) && !holdsFunctionWord(w.word);
/**
 * A guessed run that holds a function word or a numeral, read without guessing (投给: 给/p,
 * 受前: 前/f, 一是, 各大, 网约车: 约/d), is a phrase glued together, not a coined name (勃农,
 * 科伦, 交控, 博克).
 */
const holdsFunctionWord = (run: string) =>
  words(run).some(
    (w) =>
      /^(?:p|c|u\w*|r|d|f)$/u.test(w.tag) ||
      (w.tag === 'm' && /^[一二三四五六七八九十两百千万]+$/u.test(w.word)),
  );
/** The legal form inside a firm's name (有限责任公司), which the segmenter tags as an idiom. */
const LEGAL_FORM = /^(?:有限责任|有限|股份|股份有限)$/u;

function nameStart(ws: Word[], last: number): number {
  let first = last;
  for (let k = last - 1; k >= 0; k--) {
    const w = ws[k]!;
    if (canBeInName(w) || unknownName(w) || LEGAL_FORM.test(w.word)) {
      first = k;
      continue;
    }
    // 中国—东盟技术转移中心: a dash between two names joins them.
    if (CONNECTOR.test(w.word) && k > 0 && isProper(ws[k - 1]!)) {
      first = k - 1;
      k--;
      continue;
    }
    break;
  }
  // 中国—东盟技术转移中心, 国家技术转移西南中心: a two-character verb inside a name, when
  // what stands before it is a run of name words opened by a proper noun or a national
  // prefix. Not after a person (陈冠希致电…公司 is what he did), nor across a preposition
  // (香港政府与下列公司), nor after a bare division (市辖区设立监察委员会).
  const verb = ws[first - 1];
  if (verb && verb.tag === 'v' && verb.word.length === 2 && first >= 2) {
    let k = first - 2;
    if (!canBeInName(ws[k]!)) return first;
    while (k > 0 && (canBeInName(ws[k - 1]!) || CONNECTOR.test(ws[k - 1]!.word))) k--;
    while (k < first - 1 && !canBeInName(ws[k]!)) k++;
    const head = ws[k]!;
    // (A known brand is not enough here: 江淮组建公司 is 江淮 founding a company.)
    const proper =
      isProper(head) && head.tag !== 'j' && !/^nr/u.test(head.tag) && head.word.length >= 2;
    if (k < first - 1 && (proper || NATIONAL.test(head.word))) return k;
  }
  return first;
}

/** 市委政协, 省市政府: levels and bodies with no name between, juxtaposed generics. */
const LEVELS_ONLY =
  /^(?:[省市县区州](?:党委|委|政府|人大|政协)(?:党委|委|政府|人大|政协)|[省市县区州]{2}(?:党委|委|政府|人大|政协))$/u;
/** Words a name may follow directly (在市委的领导下, 由市政府新闻办): prepositions, particles. */
const FUNCTION_CHAR = /[的在由和与及对向从把被将为是了等于经]/u;

/** Endings of public bodies, which a national or local prefix alone may name (全国…委员会, 市政府新闻办). */
const PUBLIC_BODY = /(?:政府|委员会|办公室|新闻办|发改委|党委|政协|院|部|局|厅|委|署|办)$/u;
const NATIONAL = /^(?:国家|全国|中央|中共|中华人民共和国)/u;
/**
 * Prefixes that name the state or the local government in place of a proper noun; 省级 and
 * 市级 ("provincial", "municipal") are ranks, not a province or a city.
 */
const LEVEL = /^(?:国家|全国|中央|中共|中华人民共和国|国务院|自治区|[省市县州](?!级))/u;

/** Drops common nouns standing before the first proper noun (中方伙伴长安集团 → 长安集团). */
function trimToProper(ws: Word[], first: number, last: number, name: string): number {
  if (LEVEL.test(name) && PUBLIC_BODY.test(name)) return first;
  for (let k = first; k <= last; k++) {
    const w = ws[k]!;
    // 国家技术转移西南中心: a national prefix stays in a name that holds a proper noun.
    if (NATIONAL.test(name) && (names(w) || isGazetteerPlace(w.word))) return first;
    // 政协巴彦淖尔市…: an abbreviation right before the proper noun is part of the name.
    if (names(w) || isGazetteerPlace(w.word))
      return k > first && ws[k - 1]!.tag === 'j' ? k - 1 : k;
  }
  return -1;
}

/** A place of two or more characters opens the word, before its ending. */
function opensWithPlace(word: string, ending: string): boolean {
  for (let k = word.length - ending.length; k >= 2; k--)
    if (isGazetteerPlace(word.slice(0, k))) return true;
  return false;
}

/**
 * A two-character word the dictionary files as a name or a term (罗网 "a snare", 大网, nz)
 * that ends like a body is that word, not a body; its bodies (nt), abbreviations (j) and
 * places (ns) stand.
 */
const termOfItsOwn = (holder: Word) =>
  holder.word.length === 2 && isProper(holder) && !/^(?:nt|j|ns)$/u.test(holder.tag);

/**
 * What may name a body whose word is a short common noun (科委, 分局): a place, a county's
 * short name included (黑龙江省科委, 镇赉分局), or another body — not any name the segmenter
 * reads there (海安住院 is someone staying in hospital; 唐人街餐厅 is a kind of place).
 * A name in Latin letters is a brand (Cova餐厅).
 */
const namesShortBody = (before: Word) =>
  isGazetteerName(before.word) || /^(?:ns|nt|j|eng)$/u.test(before.tag);

function candidate(
  text: string,
  at: number,
  end: number,
  ending: string,
  guess = false,
): FoundFact | null {
  // Cheap refusals first, before any segmentation: an ordinary word (干部, 上网, 工厂), or a
  // one-character ending with nothing before it to name it.
  if (ORDINARY.test(text.slice(Math.max(0, end - 4), end))) return null;
  if (ending.length === 1 && (at === 0 || BREAK.test(text[at - 1]!))) return null;
  let from = at;
  while (from > 0 && at - from < WINDOW && !BREAK.test(text[from - 1]!)) from--;
  // Two characters past the ending show whether it ends a word (部署, 局面 do not).
  const endingAt = at - from;
  const endingEnd = end - from;
  // 县委书记 is one word to the segmenter, yet 县委 ends a name: a title after it cuts it.
  const titled = TITLE_AFTER.test(text.slice(end, end + 3));
  const all = words(text.slice(from, titled ? end : Math.min(text.length, end + 2)), guess);
  if (!all.some((w) => w.end === endingEnd)) return null;
  const ws = all.filter((w) => w.end <= endingEnd);
  const piece = text.slice(from, end);
  // The word that holds the ending's first character.
  const last = ws.findIndex((w) => w.start <= endingAt && endingAt < w.end);
  if (last < 0) return null;
  const holder = ws[last]!;
  // 国务院政府特殊津贴: a government is a place's, never a body's; after a body's name
  // (国务院/nt) 政府 qualifies what follows, and the body is named alone.
  if (/政府$/u.test(ending) && holder.start === endingAt && last > 0 && ws[last - 1]!.tag === 'nt')
    return null;
  // 广西壮族自治区人民政府 is one dictionary word: a place opens it, so it is the name.
  if (holder.start < endingAt && holder.end === endingEnd && opensWithPlace(holder.word, ending))
    return plainFact('organization', from + holder.start, end, holder.word, 0.75, ORGANIZATIONS);
  // 肺部, 干部, 全局, 格局: the ending is only the tail of an ordinary word.
  if (holder.start < endingAt && !isProper(holder) && holder.tag !== 'n') return null;
  if (holder.start < endingAt && termOfItsOwn(holder)) return null;
  // 科委 after 黑龙江省 is a body; 肺部 alone is not: a short common word needs a name before it.
  const named = last > 0 && namesShortBody(ws[last - 1]!);
  if (holder.start < endingAt && holder.tag === 'n' && holder.word.length <= 2 && !named)
    return null;
  // 上市公司, 党组织: the dictionary files some generic designations as bodies (nt); a firm
  // or an organization so read, with no place opening it, is a kind of body, not one.
  if (
    holder.tag === 'nt' &&
    /(?:公司|组织)$/u.test(holder.word) &&
    holder.end === endingEnd &&
    !opensWithPlace(holder.word, ending) &&
    (last === 0 || !(names(ws[last - 1]!) || isGazetteerPlace(ws[last - 1]!.word)))
  )
    return null;
  let first = nameStart(ws, last);
  first = trimToProper(ws, first, last, piece.slice(ws[first]!.start, endingEnd));
  if (first < 0) {
    // No proper noun: only a body the dictionary knows by its whole name (国务院, 国防部).
    if (holder.tag === 'nt' && holder.word.length >= 3 && PUBLIC_BODY.test(holder.word))
      first = last;
    else return null;
  }
  // 热烈祝贺市政协: a body of a city, county or province (市政协, 县委, 省政府) is named by its
  // division, which the gazetteer knows in full; a "place" it does not know there is a
  // phrase the segmenter's dictionary mistags (热烈祝贺 as a place).
  const head = ws[first]!;
  const level = text[from + head.end] ?? '';
  if (
    head.tag === 'ns' &&
    /[省市县区州]/u.test(level) &&
    !isGazetteerPlace(head.word) &&
    !isGazetteerPlace(head.word + level)
  )
    return null;
  const start = from + head.start;
  const name = text.slice(start, end);
  // A bureau the dictionary knows by its bare name (税务局, 公安局) is every town's: a generic
  // designation, not a body, until a place or 国家 names it (冠县国税局, 国家统计局).
  if (name === holder.word && name.endsWith('局') && !LEVEL.test(name)) return null;
  if (
    name.length < 2 ||
    GENERIC.test(name) ||
    bareEnding(name) ||
    ORDINARY.test(name) ||
    LEVELS_ONLY.test(name)
  )
    return null;
  // 聊市中级法院, 两省市政府: a level (市, 省) glued to the word before it is the tail of a
  // name cut short or a count of levels, not the start of a body's name.
  if (/^[省市县区州]/u.test(name) && start > 0 && /[\u4e00-\u9fff]/u.test(text[start - 1]!))
    if (!FUNCTION_CHAR.test(text[start - 1]!)) return null;
  // 美国汽车, 中国网: a place before a brand ending is a market or a site, not a firm.
  if (BRAND_ENDINGS.has(ending) && isGazetteerPlace(name.slice(0, name.length - ending.length)))
    return null;
  return plainFact('organization', start, end, name, 0.75, ORGANIZATIONS);
}

export function chineseOrganizations(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  ENDINGS.lastIndex = 0;
  for (let m = ENDINGS.exec(text); m; m = ENDINGS.exec(text)) {
    const end = m.index + m[0].length;
    // Endings overlap (新闻办 inside 新闻办公室): after a refusal the next search starts one
    // character on.
    ENDINGS.lastIndex = m.index + 1;
    if (CONTINUES.test(text.slice(end, end + 1))) continue;
    // 某某公司党委: a body's party committee is a sub-unit; the body is the name.
    const party = m[0] === '委' && text[m.index - 1] === '党' ? m.index - 1 : m.index;
    if (
      /^(?:党[委组]|委)$/u.test(m[0]) &&
      text[party] === '党' &&
      BODY_BEFORE.test(text.slice(Math.max(0, party - 4), party))
    )
      continue;
    // 勃农机械有限责任公司, 科伦药业: a firm's coined name comes out of segmentation as single
    // characters; asked again with guessing, the segmenter joins them into one new word.
    const found =
      candidate(text, m.index, end, m[0]) ??
      (FIRM.test(m[0]) ? candidate(text, m.index, end, m[0], true) : null);
    if (found) {
      facts.push(found);
      ENDINGS.lastIndex = end;
    }
  }
  return [...facts, ...reporterLabels(text)];
}

/**
 * The outlet in a reporter's label: 封面新闻记者：, 香港大公报记者: — a transcript names the
 * asking journalist's outlet this way, at the start of a line.
 */
const LABEL = /(?<=^|\n)[ \t]*(?<outlet>[\u4e00-\u9fff]{2,10}?)(?:记者|主持人)[:：]/gu;

function reporterLabels(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(LABEL)) {
    let outlet = m.groups!['outlet']!;
    let start = m.index + m[0].indexOf(outlet);
    // 香港大公报: the place is where the outlet is, not part of its name.
    const ws = words(outlet);
    if (ws.length > 1 && isGazetteerPlace(ws[0]!.word)) {
      start += ws[0]!.word.length;
      outlet = outlet.slice(ws[0]!.word.length);
    }
    if (outlet.length < 2 || /^(?:本报|本台|本网|新华社|特约)$/u.test(outlet)) continue;
    facts.push(plainFact('organization', start, start + outlet.length, outlet, 0.7, ORGANIZATIONS));
  }
  return facts;
}
