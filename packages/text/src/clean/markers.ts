/**
 * Words by which a page labels its own furniture: the heads of link lists, comment forms,
 * disclaimers, footers, pagers and sharing widgets. A marker says what a *short* line is;
 * it never decides about a line as long as a paragraph (a sentence may well mention 邮箱
 * or 评论). A label is a whole word at the start of the line: 评论 labels a comment block,
 * 评论人 (a discussant on a programme) does not.
 */
const words = (list: string) => list.split(' ');

const RELATED_WORDS = words(
  '相关推荐 相關推薦 相关新闻 相關新聞 相关阅读 相關閱讀 相关文章 相關文章 相关报道 相關報道 相关链接 相關鏈接 热门推荐 熱門推薦 推荐阅读 推薦閱讀 为你推荐 為你推薦 为您推荐 為您推薦 最近发表 最近發表 随机阅读 隨機閱讀 本周热门点击 本周熱門點擊 热门文章 熱門文章 热门阅读 熱門閱讀 热点推荐 熱點推薦 今日推荐 今日推薦 精彩推荐 精彩推薦 延伸阅读 延伸閱讀 猜你喜欢 猜你喜歡 更多新闻 更多新聞 最新文章 点击排行 點擊排行 排行榜 相关专题 相關專題 相关信息 相關信息 相关话题 相關話題',
);
const COMMENT_WORDS = words(
  '留言 發佈留言 发布留言 发表评论 發表評論 我要评论 我要評論 网友评论 網友評論 用户评论 用戶評論 最新评论 最新評論 热门评论 熱門評論 相关评论 相關評論 评论 評論 回复 回覆',
);
const DISCLAIMER_WORDS = words('免责声明 免責聲明 特别声明 特別聲明 版权声明 版權聲明 声明 聲明');
const PAGER_WORDS = words(
  '上一篇 下一篇 上一页 下一页 上一頁 下一頁 上篇 下篇 前一篇 后一篇 後一篇',
);

/** What a label may open with: its opening bracket. */
const OPENER = /^[[【〔(（<《「]\s*/;
const OPENERS = new Set([...'[【〔(（<《「'].map((ch) => ch.charCodeAt(0)));

/** The first code unit of each word of a list, or null when a word is empty (any line starts with it). */
const firstUnits = new WeakMap<readonly string[], Set<number> | null>();

function firstUnitsOf(list: readonly string[]): Set<number> | null {
  let units = firstUnits.get(list);
  if (units === undefined) {
    units = list.includes('') ? null : new Set(list.map((word) => word.charCodeAt(0)));
    firstUnits.set(list, units);
  }
  return units;
}

function labelled(line: string, list: readonly string[]): boolean {
  // A label may stand in brackets: [上一篇], 【相关阅读】.
  const text = OPENERS.has(line.charCodeAt(0)) ? line.replace(OPENER, '') : line;
  // Most lines open with no label's first character: no word of the list to try.
  const units = firstUnitsOf(list);
  if (units !== null && !units.has(text.charCodeAt(0))) return false;
  for (const word of list) {
    if (!text.startsWith(word)) continue;
    // The word ends there: not 评论人, not 相关新闻发布会; and it is not the end of a
    // sentence a narrow page wrapped onto its own line (…尚未回复。).
    const rest = text.slice(word.length);
    if (!/^\p{Script=Han}/u.test(rest) && !/^[。.！!？?”」』)）]+$/u.test(rest)) return true;
  }
  return false;
}

/**
 * The head of a list of other stories in a spaced script: `Related Articles`, `More from …`,
 * `More in Science`, `Most Popular`, `Top Stories`, `You may also like`, `Read Next`.
 */
const RELATED_LATIN =
  /^(recommended reading|read more|you (might|may) (also )?(like|enjoy)|(related|recommended|suggested|popular|trending|latest|top|more) (articles|news|stories|posts|videos|reads|headlines|topics|coverage)|most (read|popular|viewed|shared|commented)|also read|see also|read next|up next|trending now)\b|^(more|popular|also) (from|on|in) \S|^(links|related|trending|top videos?)\s*:?$/i;
/**
 * The same heads in the other languages the pages come in: Portuguese, Spanish, French,
 * Italian, German, Indonesian, Russian (`Você pode gostar…`, `Leia também`, `Lire aussi`,
 * `Lesen Sie auch`, `Baca juga`, `Читайте также`), and Japanese and Korean 関連記事, 관련기사:
 * the head alone on its line, as a sentence that uses the same words never is.
 */
const RELATED_OTHER =
  /^(você (também )?pode gostar|leia (também|mais)|veja (também|mais)|(notícias|artigos|posts|noticias|artículos) relacionad[oa]s|te puede interesar|también te puede interesar|lea también|(à )?lire aussi|vous aimerez (aussi|également)|sur le même sujet|leggi anche|potrebbe interessarti|articoli correlati|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|baca juga|berita terkait|artikel terkait|читайте также|похожие (статьи|новости|материалы)|関連記事|関連ニュース|관련\s?기사)\s*[.…:：!»›>]*$/iu;
/**
 * A comment section's label in a spaced script: `Comments`, `[ 167 comments ]`, `Top Rated
 * Comments`, `34 responses to “…”`, `12 thoughts on “…”` (a count of posts and the story
 * they answer).
 */
const COMMENT_LATIN =
  /^leave a (comment|reply)\b|^[[(]?\s*(\d[\d,]* )?comments?( \(\d+\))?\s*[\])]?\s*:?$|^(top rated|top|newest|oldest|latest|most recent|best|show|view|view all|all|reader|readers'?) comments\s*(\(\d+\))?:?$/i;
/** A count of readers' posts and the story they answer, the head of a thread however long its title. */
const REPLY_COUNT = /^\d[\d,]* (comments|responses|replies|thoughts) (to|on)\s/i;
/** Past this many tokens a line opening with a count is a sentence, not a thread's head. */
const REPLY_COUNT_TOKENS = 30;
export const isReplyCount = (text: string, tokens: number): boolean =>
  tokens <= REPLY_COUNT_TOKENS && REPLY_COUNT.test(text);
const COMMENT_PHRASE =
  /电子邮件地址不会被公开|電子郵件地址不會公開|必填项已用|必填欄位|网友评论仅供|網友評論僅供|仅供其表达个人看法|請登錄後評論|请登录后评论|文明上网|理性发言|评论\s*[(（]\d+[)）]/;
const DISCLAIMER_LATIN = /^(special statement|disclaimer)\b/i;
const PAGER_LATIN = /^(previous|next) (article|story|post|page)\b/i;

export const isRelatedHead = (text: string): boolean =>
  labelled(text, RELATED_WORDS) || RELATED_LATIN.test(text) || RELATED_OTHER.test(text);
export const isCommentMarker = (text: string): boolean =>
  labelled(text, COMMENT_WORDS) ||
  COMMENT_LATIN.test(text) ||
  REPLY_COUNT.test(text) ||
  COMMENT_PHRASE.test(text);
/** A legal notice's title: 反侵权公告, 版权声明, 隐私须知. */
const LEGAL_NOTICE =
  /^[\p{Script=Han}]{0,6}(侵权|侵權|版权|版權|著作权|著作權|免责|免責|法律|隐私|隱私)[\p{Script=Han}]{0,4}(声明|聲明|公告|须知|須知)(\s*[:：]|$)/u;

/**
 * The site's word on reposting its own text, unlabelled: `本文为某网原创，未经允许不得转载`,
 * `转载请注明出处`. It opens by naming this text or this site (a story that reports a case of
 * reposting opens otherwise) and sets a condition on reposting.
 */
const REPRINT_SELF = /^[[【(（]?\s*(本文|本站|本网|本網|凡本|转载|轉載)/;
const REPRINT = /转载|轉載/;
const REPRINT_TERMS =
  /未经|未經|不得|禁止|严禁|嚴禁|注明|註明|授权|授權|许可|許可|允许|允許|联系|聯繫|聯系/;
/** Past this many characters a line is a paragraph of its own, not a notice. */
const REPRINT_LENGTH = 80;
export const isReprintNotice = (text: string): boolean =>
  text.length <= REPRINT_LENGTH &&
  REPRINT_SELF.test(text) &&
  REPRINT.test(text) &&
  REPRINT_TERMS.test(text);

export const isDisclaimer = (text: string): boolean =>
  labelled(text, DISCLAIMER_WORDS) ||
  DISCLAIMER_LATIN.test(text) ||
  LEGAL_NOTICE.test(text) ||
  isReprintNotice(text);
export const isPager = (text: string): boolean =>
  labelled(text, PAGER_WORDS) ||
  PAGER_LATIN.test(text) ||
  /上一篇\s*[:：]|下一篇\s*[:：]/.test(text);

/** Footer markers; a © glued inside a word (mojibake `Ã©` for é) is none. */
export const FOOTER =
  /icp\s*(备|備|证|證|no)|copyright|(?<!\p{L})©|版权所有|版權所有|关于我们|關於我們|联系我们|聯系我們|聯繫我們|广告合作|廣告合作|广告服务|網站地圖|网站地图|back_top|return to list|在线客服|在線客服|周一至周五|\btel\s*[:：]|联系电话|聯絡電話|新闻热线|新聞熱線|邮箱|郵箱|e-?mail\s*[:：]|24小时|24小時|about us|contact us|advertise with us|terms of (use|service)|privacy policy|公网安备|公網安備|不良信息举报|不良信息舉報/iu;

/**
 * Sharing, printing, reporting and font-size widgets and similar page controls, and the
 * prompts of the site's account (您还未登录，请登录后进行收藏！ 跳转到登录页？), which a dump
 * keeps from the dialogs the page never opened.
 */
export const CONTROL =
  /未登录|未登錄|未登入|请先登录|請先登錄|請先登入|请登录后|請登錄後|請登入後|跳转到登录|跳轉到登錄|登录页|登錄頁|分享到|扫一扫|掃一掃|举报|舉報|打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|返回首页|返回首頁|字号|字號|【字体|收藏本页|加入收藏|设为首页|設為首頁|责任编辑|責任編輯|点击进入|點擊進入|查看更多|展开全文|展開全文|阅读全文|閱讀全文/;

/** The site's copyright or licence line, which opens the page's footer. */
const COPYRIGHT = /copyright|(?<!\p{L})©|版权所有|版權所有|icp\s*(备|備|证|證)/iu;

/** A line that heads what follows it as chrome: related links, comments, a pager, a disclaimer. */
export function isTailMarker(text: string): boolean {
  return isRelatedHead(text) || isCommentMarker(text) || isDisclaimer(text) || isPager(text);
}

/** A footer's copyright line, up to this display width (a sentence about copyright is longer). */
export function isCopyrightLine(text: string, width: number): boolean {
  return width <= 80 && COPYRIGHT.test(text) && !/[。！？]$/.test(text);
}

/** Any marker of page furniture. */
export function isChromeMarker(text: string): boolean {
  return isTailMarker(text) || FOOTER.test(text) || CONTROL.test(text);
}

/** The source credited on a line of its own: `(来源:科学技术部)`, `Source: example.cn`. */
export const SOURCE_LINE = /^[(（]?\s*(来源|來源|稿源|source)\s*[:：]\s*[^)）]{1,60}[)）]?$/i;
/** The editor line: page metadata, not article text. */
export const EDITOR =
  /^[【[(（]?\s*(编辑|編輯|责任编辑|責任編輯|责编|責編|edit|editor|responsible editor)\s*[:：]/i;
