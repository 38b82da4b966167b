import { isTailMarker } from './markers.ts';

/**
 * A page's footer run onto long lines: the site's rights, its licence numbers and its
 * contacts, several of them on one line (`版权所有某某医院 Copyright © 2018 某ICP备…号`,
 * `举报电话：010-… 传真：010-… 邮箱：…`). One such item is a word a story may use; several
 * different ones on a line that closes no sentence make a line of the footer, however wide
 * the page set it. A line as long as a paragraph is never read so.
 */
const ITEMS: RegExp[] = [
  /copyright|(?<!\p{L})©|版权所有|版權所有|all rights reserved/iu,
  /icp\s*(备|備|证|證)|公网安备|公網安備|公安网备|公安網備|网备|網備/iu,
  /不良信息举报|不良信息舉報|举报电话|舉報電話/u,
  /(电话|電話|传真|傳真|热线|熱線|tel|fax)\s*[:：]/iu,
  /(邮箱|郵箱|e-?mail)\s*[:：]?\s*[\w.+-]+@[\w-]+\.[\w.]+/iu,
  /(地址|address)\s*[:：]/iu,
  /关于我们|關於我們|联系我们|聯系我們|聯繫我們|广告服务|廣告服務|网站地图|網站地圖/u,
];
/** Past this many words a line is a paragraph, whatever it names. */
const PARAGRAPH_TOKENS = 100;

export function footerItems(text: string): number {
  let found = 0;
  for (const item of ITEMS) if (item.test(text)) found++;
  return found;
}

/** Several footer items on one line that is no sentence: the page's footer. */
export function isFooterLine(text: string, tokens: number, endsSentence: boolean): boolean {
  return tokens < PARAGRAPH_TOKENS && !endsSentence && footerItems(text) >= 2;
}

/** A label set in brackets at the line's start (`【免责声明】本文仅代表…`). */
const BRACKET_LABEL = /^[【[〔]\s*([^】\]〕]{2,8})\s*[】\]〕]/;

/**
 * A notice the page heads with its label in brackets (`【免责声明】…`, `【相关阅读】…`): it
 * says what it is up front, as `免责声明：` does; short of a paragraph's length.
 */
export function isBracketLabelled(text: string, tokens: number): boolean {
  if (tokens >= PARAGRAPH_TOKENS) return false;
  const label = BRACKET_LABEL.exec(text)?.[1];
  return label !== undefined && isTailMarker(label);
}
