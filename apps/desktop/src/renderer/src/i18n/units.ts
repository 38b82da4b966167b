import type { Language } from './index.ts';

/**
 * What a fact counts, in the editor's language. Facts carry a language-neutral key of the
 * counted thing (`country`) or the unit as written in the article (米, tonnes): the desk
 * writes either in the chosen language, English with its plural.
 */
type Unit = { one: string; other: string; zh: string };
const u = (one: string, zh: string, other = `${one}s`): Unit => ({ one, other, zh });

/** The facts package's counted things (lexicon/counted.ts keys). */
export const SUBJECTS: Record<string, Unit> = {
  scientist: u('scientist', '名科学家'),
  academician: u('academician', '名院士'),
  expert: u('expert', '名专家'),
  guest: u('guest', '位嘉宾'),
  volunteer: u('volunteer', '名志愿者'),
  student: u('student', '名学生'),
  teacher: u('teacher', '名教师'),
  worker: u('worker', '名工人'),
  official: u('official', '名官员'),
  leader: u('leader', '位领导人'),
  trainee: u('trainee', '名学员'),
  representative: u('representative', '名代表'),
  patient: u('patient', '名患者'),
  death: u('death', '人死亡'),
  visitor: u('visitor', '名游客'),
  talent: u('skilled person', '名人才', 'skilled people'),
  resident: u('resident', '名居民'),
  household: u('household', '户'),
  person: u('person', '人', 'people'),
  agreement: u('agreement', '项协议'),
  memorandum: u('memorandum', '份备忘录', 'memoranda'),
  document: u('document', '份文件'),
  contract: u('contract', '份合同'),
  treaty: u('treaty', '项条约', 'treaties'),
  country: u('country', '个国家', 'countries'),
  region: u('region', '个地区'),
  city: u('city', '座城市', 'cities'),
  province: u('province', '个省份'),
  'international organization': u('international organization', '个国际组织'),
  organization: u('organization', '家机构'),
  laboratory: u('laboratory', '家实验室', 'laboratories'),
  center: u('centre', '个中心'),
  base: u('base', '个基地'),
  platform: u('platform', '个平台'),
  park: u('park', '个园区'),
  enterprise: u('company', '家企业', 'companies'),
  school: u('school', '所学校'),
  hospital: u('hospital', '家医院'),
  facility: u('facility', '处设施', 'facilities'),
  project: u('project', '个项目'),
  event: u('event', '场活动'),
  achievement: u('result', '项成果'),
  case: u('case', '起案例'),
  task: u('task', '项任务'),
  product: u('product', '款产品'),
  measure: u('measure', '项措施'),
  action: u('action', '项行动'),
  'exhibition area': u('exhibition area', '个展区'),
  section: u('section', '个板块'),
  vehicle: u('vehicle', '辆车'),
  patent: u('patent', '项专利'),
  paper: u('paper', '篇论文'),
  job: u('job', '个岗位'),
  year: u('year', '年'),
  month: u('month', '个月'),
  day: u('day', '天'),
  hour: u('hour', '小时'),
  minute: u('minute', '分钟'),
  tonne: u('tonne', '吨'),
  kilometre: u('kilometre', '公里'),
  'square kilometre': u('square kilometre', '平方公里'),
  hectare: u('hectare', '公顷'),
  mu: u('mu', '亩', 'mu'),
  kilowatt: u('kilowatt', '千瓦'),
};

/** Chinese measure words that are themselves the unit (the facts package's UNITS). */
export const CHINESE_UNITS: Record<string, { one: string; other: string }> = {
  平方公里: { one: 'square kilometre', other: 'square kilometres' },
  平方米: { one: 'square metre', other: 'square metres' },
  立方米: { one: 'cubic metre', other: 'cubic metres' },
  千瓦时: { one: 'kilowatt-hour', other: 'kilowatt-hours' },
  万千瓦: { one: '× 10,000 kilowatts', other: '× 10,000 kilowatts' },
  人次: { one: 'visit', other: 'visits' },
  周年: { one: 'anniversary', other: 'anniversary' },
  个月: { one: 'month', other: 'months' },
  小时: { one: 'hour', other: 'hours' },
  分钟: { one: 'minute', other: 'minutes' },
  公里: { one: 'kilometre', other: 'kilometres' },
  千米: { one: 'kilometre', other: 'kilometres' },
  公顷: { one: 'hectare', other: 'hectares' },
  公斤: { one: 'kilogram', other: 'kilograms' },
  千克: { one: 'kilogram', other: 'kilograms' },
  千瓦: { one: 'kilowatt', other: 'kilowatts' },
  兆瓦: { one: 'megawatt', other: 'megawatts' },
  人: { one: 'person', other: 'people' },
  吨: { one: 'tonne', other: 'tonnes' },
  年: { one: 'year', other: 'years' },
  天: { one: 'day', other: 'days' },
  岁: { one: 'year old', other: 'years old' },
  亩: { one: 'mu', other: 'mu' },
  米: { one: 'metre', other: 'metres' },
  倍: { one: 'times', other: 'times' },
  次: { one: 'time', other: 'times' },
  斤: { one: 'jin', other: 'jin' },
  度: { one: 'degree', other: 'degrees' },
  周岁: { one: 'year of age', other: 'years of age' },
  毫升: { one: 'millilitre', other: 'millilitres' },
  厘米: { one: 'centimetre', other: 'centimetres' },
  公分: { one: 'centimetre', other: 'centimetres' },
  毫米: { one: 'millimetre', other: 'millimetres' },
  克: { one: 'gram', other: 'grams' },
  升: { one: 'litre', other: 'litres' },
  周: { one: 'week', other: 'weeks' },
  章: { one: 'chapter', other: 'chapters' },
  // 8折 is a price at eight tenths of the full one.
  折: { one: 'tenth of the price', other: 'tenths of the price' },
  // 川渝两省市, 成渝两地: the provinces and cities, or places, counted.
  省市: { one: 'province or city', other: 'provinces and cities' },
  地: { one: 'place', other: 'places' },
};

/** English units the facts package writes itself (not quoted from the article). */
const ENGLISH_UNITS: Record<string, { other: string; zh: string }> = {
  'percentage point': { other: 'percentage points', zh: '个百分点' },
};

const plural = { en: new Intl.PluralRules('en') };

/** The words after a fact's number: its counted thing, or its unit, in `language`. */
export function unitWords(
  subject: string | null,
  unit: string | null,
  count: number,
  language: Language,
): string {
  const one = plural.en.select(count) === 'one';
  const known = subject !== null ? SUBJECTS[subject] : undefined;
  if (known) return language === 'zh' ? known.zh : one ? known.one : known.other;
  if (unit === null) return subject ?? '';
  if (language === 'en') {
    const chinese = CHINESE_UNITS[unit];
    if (chinese) return one ? chinese.one : chinese.other;
    return !one && ENGLISH_UNITS[unit] ? ENGLISH_UNITS[unit].other : unit;
  }
  return ENGLISH_UNITS[unit]?.zh ?? unit;
}
