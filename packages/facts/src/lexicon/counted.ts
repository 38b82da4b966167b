/**
 * Things news articles count, in Chinese and English, each under one language-neutral key.
 * The key is what corroboration compares: 80多个共建国家 and "more than 80 countries" are
 * both 80 × country. Kinds steer the reading: 名 counts people, so 逾万名共建国家青年科学家
 * counts scientists, not countries; agreements become `agreement` facts.
 */
export type CountedKind = 'person' | 'agreement' | 'thing' | 'time' | 'measure';

type Entry = { key: string; kind: CountedKind; zh: string[]; en: string[] };

const ENTRIES: Entry[] = [
  // People
  {
    key: 'scientist',
    kind: 'person',
    zh: ['科学家', '科研人员', '研究人员', '科技人员'],
    en: ['scientist', 'researcher'],
  },
  { key: 'academician', kind: 'person', zh: ['院士'], en: ['academician'] },
  { key: 'expert', kind: 'person', zh: ['专家', '学者', '专家学者'], en: ['expert', 'scholar'] },
  {
    key: 'guest',
    kind: 'person',
    zh: ['外宾', '嘉宾', '来宾', '宾客'],
    en: ['guest', 'foreign guest'],
  },
  { key: 'volunteer', kind: 'person', zh: ['志愿者'], en: ['volunteer'] },
  { key: 'student', kind: 'person', zh: ['学生', '留学生', '大学生', '研究生'], en: ['student'] },
  { key: 'teacher', kind: 'person', zh: ['教师', '老师'], en: ['teacher'] },
  {
    key: 'worker',
    kind: 'person',
    zh: ['工人', '员工', '职工', '从业人员', '工作人员'],
    en: ['worker', 'employee', 'staff'],
  },
  { key: 'official', kind: 'person', zh: ['官员', '干部'], en: ['official'] },
  {
    key: 'leader',
    kind: 'person',
    zh: ['校长', '院长', '负责人', '领导人', '企业家'],
    en: ['leader', 'president', 'head'],
  },
  { key: 'trainee', kind: 'person', zh: ['学员', '受训人员'], en: ['trainee'] },
  { key: 'representative', kind: 'person', zh: ['代表'], en: ['representative', 'delegate'] },
  { key: 'patient', kind: 'person', zh: ['患者', '病人', '病例'], en: ['patient', 'case'] },
  { key: 'death', kind: 'person', zh: ['死亡', '遇难者'], en: ['death'] },
  {
    key: 'visitor',
    kind: 'person',
    zh: ['游客', '旅客', '观众', '访客'],
    en: ['visitor', 'tourist', 'passenger'],
  },
  { key: 'talent', kind: 'person', zh: ['人才'], en: ['talent'] },
  {
    key: 'resident',
    kind: 'person',
    zh: ['居民', '人口', '市民', '村民'],
    en: ['resident', 'inhabitant'],
  },
  { key: 'household', kind: 'person', zh: ['户', '家庭'], en: ['household', 'family', 'families'] },
  {
    key: 'person',
    kind: 'person',
    zh: ['人次', '人员', '人'],
    en: ['person', 'people', 'persons', 'personnel'],
  },
  // Agreements
  {
    key: 'agreement',
    kind: 'agreement',
    zh: ['协定', '协议', '合作协议', '合作协定'],
    en: ['agreement', 'accord'],
  },
  {
    key: 'memorandum',
    kind: 'agreement',
    zh: ['备忘录', '谅解备忘录'],
    en: ['memorandum', 'memoranda', 'memorandums', 'mou', 'mous'],
  },
  {
    key: 'document',
    kind: 'agreement',
    zh: ['合作文件', '文件'],
    en: ['document', 'cooperation document'],
  },
  { key: 'contract', kind: 'agreement', zh: ['合同', '签约项目'], en: ['contract', 'deal'] },
  {
    key: 'treaty',
    kind: 'agreement',
    zh: ['条约', '公约'],
    en: ['treaty', 'treaties', 'convention'],
  },
  // Places and bodies
  { key: 'country', kind: 'thing', zh: ['国家', '国'], en: ['country', 'countries', 'nation'] },
  { key: 'region', kind: 'thing', zh: ['地区'], en: ['region'] },
  { key: 'city', kind: 'thing', zh: ['城市'], en: ['city', 'cities'] },
  { key: 'province', kind: 'thing', zh: ['省份', '省'], en: ['province'] },
  {
    key: 'international organization',
    kind: 'thing',
    zh: ['国际组织'],
    en: ['international organization', 'international organisation'],
  },
  {
    key: 'organization',
    kind: 'thing',
    zh: ['组织', '机构'],
    en: ['organization', 'organisation', 'institution', 'body', 'bodies'],
  },
  { key: 'laboratory', kind: 'thing', zh: ['实验室'], en: ['laboratory', 'laboratories', 'lab'] },
  { key: 'center', kind: 'thing', zh: ['中心'], en: ['center', 'centre'] },
  { key: 'base', kind: 'thing', zh: ['基地'], en: ['base'] },
  { key: 'platform', kind: 'thing', zh: ['平台'], en: ['platform'] },
  { key: 'park', kind: 'thing', zh: ['园区', '产业园'], en: ['park', 'industrial park'] },
  {
    key: 'enterprise',
    kind: 'thing',
    zh: ['企业', '公司', '厂商'],
    en: ['enterprise', 'company', 'companies', 'firm', 'business'],
  },
  {
    key: 'school',
    kind: 'thing',
    zh: ['学校', '高校', '大学', '学院'],
    en: ['school', 'university', 'universities', 'college'],
  },
  {
    key: 'hospital',
    kind: 'thing',
    zh: ['医院', '医疗卫生机构', '医疗机构'],
    en: ['hospital', 'clinic'],
  },
  {
    key: 'facility',
    kind: 'thing',
    zh: ['装置', '设施'],
    en: ['facility', 'facilities', 'installation'],
  },
  // Things
  {
    key: 'project',
    kind: 'thing',
    zh: ['项目', '工程', '计划'],
    en: ['project', 'programme', 'program'],
  },
  {
    key: 'event',
    kind: 'thing',
    zh: ['活动', '会议', '论坛', '展会'],
    en: ['event', 'activity', 'activities', 'meeting', 'forum'],
  },
  { key: 'achievement', kind: 'thing', zh: ['成果'], en: ['achievement', 'result', 'outcome'] },
  { key: 'case', kind: 'thing', zh: ['案例'], en: ['case study', 'case studies'] },
  { key: 'task', kind: 'thing', zh: ['任务'], en: ['task'] },
  { key: 'product', kind: 'thing', zh: ['产品'], en: ['product'] },
  { key: 'measure', kind: 'thing', zh: ['举措', '措施'], en: ['measure', 'initiative'] },
  { key: 'action', kind: 'thing', zh: ['行动'], en: ['action'] },
  {
    key: 'exhibition area',
    kind: 'thing',
    zh: ['展区'],
    en: ['exhibition area', 'exhibition zone'],
  },
  { key: 'section', kind: 'thing', zh: ['板块'], en: ['section', 'segment'] },
  { key: 'vehicle', kind: 'thing', zh: ['车辆', '汽车'], en: ['vehicle', 'car'] },
  { key: 'patent', kind: 'thing', zh: ['专利'], en: ['patent'] },
  { key: 'paper', kind: 'thing', zh: ['论文'], en: ['paper'] },
  { key: 'job', kind: 'thing', zh: ['岗位', '就业岗位'], en: ['job'] },
  // Time spans and measures (the classifier is the unit)
  { key: 'year', kind: 'time', zh: ['年', '周年'], en: ['year', 'anniversary'] },
  { key: 'month', kind: 'time', zh: ['个月'], en: ['month'] },
  { key: 'day', kind: 'time', zh: ['天'], en: ['day'] },
  { key: 'hour', kind: 'time', zh: ['小时'], en: ['hour'] },
  { key: 'minute', kind: 'time', zh: ['分钟'], en: ['minute'] },
  { key: 'tonne', kind: 'measure', zh: ['吨'], en: ['tonne', 'ton'] },
  { key: 'kilometre', kind: 'measure', zh: ['公里', '千米'], en: ['kilometre', 'kilometer', 'km'] },
  {
    key: 'square kilometre',
    kind: 'measure',
    zh: ['平方公里'],
    en: ['square kilometre', 'square kilometer', 'km2'],
  },
  { key: 'hectare', kind: 'measure', zh: ['公顷'], en: ['hectare'] },
  { key: 'mu', kind: 'measure', zh: ['亩'], en: ['mu'] },
  { key: 'kilowatt', kind: 'measure', zh: ['千瓦'], en: ['kilowatt', 'kw'] },
];

function englishForms(word: string): string[] {
  if (/(?:s|x|ch|sh)$/.test(word)) return [word, `${word}es`];
  if (/[^aeiou]y$/.test(word)) return [word, `${word.slice(0, -1)}ies`];
  return [word, `${word}s`];
}

export type Counted = { key: string; kind: CountedKind; form: string };

const zhIndex = new Map<string, Counted>();
const enIndex = new Map<string, Counted>();
for (const entry of ENTRIES) {
  for (const form of entry.zh) zhIndex.set(form, { key: entry.key, kind: entry.kind, form });
  for (const word of entry.en) {
    for (const form of englishForms(word))
      enIndex.set(form, { key: entry.key, kind: entry.kind, form });
  }
}
const zhLongest = Math.max(...[...zhIndex.keys()].map((k) => k.length));

/** The counted noun that starts at `at` in (simplified) Chinese text, longest form first. */
export function countedZhAt(text: string, at: number): Counted | null {
  for (let length = Math.min(zhLongest, text.length - at); length > 0; length--) {
    const found = zhIndex.get(text.slice(at, at + length));
    if (found) return found;
  }
  return null;
}

/** An English counted noun (one or two lower-case words). */
export function countedEn(words: string): Counted | null {
  return enIndex.get(words) ?? null;
}
