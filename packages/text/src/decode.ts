/**
 * Bytes → text. The encoding is detected from the bytes and recorded, never guessed
 * silently: when the bytes could be read more than one way, the caller gets a warning
 * to show the editor.
 */
export type Decoded = {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** false when another encoding read the bytes almost as well. */
  confident: boolean;
  warnings: string[];
};

export class UndecodableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecodableError';
  }
}

// Characters that dominate running Chinese text in either script. A decoding that
// produces many of them is very likely right; a wrong legacy decoding produces rare ones.
const COMMON_HAN = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵狗邦竹彩闲缘轮岳誌們這個國為來時會說與發經對從動還關點開間長現後問種當實體頭學過氣裡機區應業義結進設電話變認總無讓樣將節給條達報給執團標歷選權軍隊師傳觀並華員傳術際協議會議議題發佈議題際資訊衛區產維護擴調務習計畫覽裝響陸聯簽署議組織論壇議題議科技術',
);

function hanScore(text: string): { han: number; common: number } {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      han++;
      if (COMMON_HAN.has(ch)) common++;
    }
  }
  return { han, common };
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file with NULs or many control bytes outside UTF-16 is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** UTF-16 without a BOM: ASCII-range text leaves a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8', confident: true, warnings: [] };
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      confident: false,
      warnings: [
        'The file starts with a UTF-8 byte-order mark but has invalid UTF-8 bytes; they were replaced with �.',
      ],
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(bytes.subarray(2), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(bytes.subarray(2), 'utf-16be');
  }
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return utf16(bytes, sniffed);
  if (looksBinary(bytes)) {
    throw new UndecodableError(
      'this looks like a binary file, not text (it contains NUL or control bytes)',
    );
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', confident: true, warnings: [] };
  const cut = truncatedUtf8(bytes);
  if (cut !== null) return cut;
  return decodeLegacyChinese(bytes);
}

const CUT_OFF =
  'The file ends in the middle of a character (it was probably cut off); the broken end was replaced with �.';

/** Valid UTF-8 up to a final character that was cut off: still UTF-8, with a warning. */
function truncatedUtf8(bytes: Uint8Array): Decoded | null {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut] ?? 0;
    if (lead < 0xc0) continue; // a continuation byte: the sequence started earlier
    const head = tryDecode(bytes.subarray(0, bytes.length - cut), 'utf-8');
    if (head === null) return null;
    return { text: `${head}\ufffd`, encoding: 'utf-8', confident: true, warnings: [CUT_OFF] };
  }
  return null;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text !== null) return { text, encoding, confident: true, warnings: [] };
  return {
    text: new TextDecoder(encoding).decode(bytes),
    encoding,
    confident: false,
    warnings: [
      `The file is ${encoding.toUpperCase()} but is truncated or damaged; broken characters were replaced with �.`,
    ],
  };
}

/**
 * Not UTF-8: GB18030 (a superset of GBK and GB2312) or Big5. Both read almost any byte
 * sequence without error, so the choice is made by how much of the result is common
 * Chinese.
 */
function decodeLegacyChinese(bytes: Uint8Array): Decoded {
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => {
      // A file cut after the first byte of a two-byte character is still that encoding.
      let text = tryDecode(bytes, encoding);
      let cutOff = false;
      if (text === null && bytes.length > 1 && (bytes[bytes.length - 1] ?? 0) >= 0x81) {
        const head = tryDecode(bytes.subarray(0, bytes.length - 1), encoding);
        if (head !== null) {
          text = `${head}\ufffd`;
          cutOff = true;
        }
      }
      const score = text === null ? { han: 0, common: 0 } : hanScore(text);
      return {
        encoding,
        text,
        cutOff,
        ratio: score.han === 0 ? 0 : score.common / score.han,
        han: score.han,
      };
    })
    .sort((a, b) => b.ratio - a.ratio);
  const best = candidates[0];
  const second = candidates[1];
  if (
    best?.text != null &&
    best.ratio > 0.25 &&
    (second === undefined || best.ratio > second.ratio * 1.5)
  ) {
    const warnings = best.cutOff ? [CUT_OFF] : [];
    return { text: best.text, encoding: best.encoding, confident: true, warnings };
  }
  // Nothing reads cleanly: keep the most plausible reading, with the damage visible.
  const encoding = best && best.ratio > 0 ? best.encoding : 'gb18030';
  const text = new TextDecoder(encoding).decode(bytes);
  return {
    text,
    encoding,
    confident: false,
    warnings: [
      `The encoding could not be determined with confidence; the file was read as ${encoding.toUpperCase()}. Check the text for garbled characters.`,
    ],
  };
}

/** CRLF and lone CR become LF, so offsets mean the same on every platform. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
