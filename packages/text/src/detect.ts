/** Language and script of a text, from the characters it uses. */
export type LanguageGuess = { language: string | null; script: 'Hans' | 'Hant' | null };

// Characters that exist in only one of the two scripts and are frequent in news text.
const SIMPLIFIED_ONLY = new Set(
  '这们国为来时会说与发经对从动还关点开间长现后问种当实体头学过气里机区应业义结进设电话变认总无让样将节给条达报执团标历选权军队师传观华员术际协议论坛题资讯产维护扩调务习计览装响陆联签组织',
);
const TRADITIONAL_ONLY = new Set(
  '這們國為來時會說與發經對從動還關點開間長現後問種當實體頭學過氣裡機區應業義結進設電話變認總無讓樣將節給條達報執團標歷選權軍隊師傳觀華員術際協議論壇題資訊產維護擴調務習計覽裝響陸聯簽組織',
);

/** By UTF-16 code unit: 1 for a simplified-only character, 2 for a traditional-only one. */
const SCRIPT_OF = new Uint8Array(0x10000);
for (const ch of TRADITIONAL_ONLY) SCRIPT_OF[ch.charCodeAt(0)] = 2;
// (A character in both lists would count as simplified, as the sets were asked in that order.)
for (const ch of SIMPLIFIED_ONLY) SCRIPT_OF[ch.charCodeAt(0)] = 1;

export function detectLanguage(text: string): LanguageGuess {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // By code unit, without a string and a set look-up per character (every imported
  // article's raw text is read here; 5 times faster on the bench corpus): every range
  // counted lies in the BMP below the surrogates, so a character outside it (a surrogate
  // pair, or half of one) counts nowhere, as it did by code point.
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.charCodeAt(i);
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      han++;
      const script = SCRIPT_OF[cp];
      if (script === 1) simplified++;
      else if (script === 2) traditional++;
    } else if (cp >= 0x3040 && cp <= 0x30ff) kana++;
    else if (cp >= 0xac00 && cp <= 0xd7af) hangul++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) latin++;
  }
  if (kana > 20 && kana > han * 0.1) return { language: 'ja', script: null };
  if (hangul > 20 && hangul > han) return { language: 'ko', script: null };
  // A Chinese character carries about as much text as an English word of ~5 letters.
  if (han > 0 && han * 4 >= latin) {
    const script = simplified === traditional ? null : simplified > traditional ? 'Hans' : 'Hant';
    return { language: 'zh', script };
  }
  if (latin > 0) return { language: 'en', script: null };
  return { language: null, script: null };
}
