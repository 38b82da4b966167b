import { RULE } from '@winnow/contract';
import type { RuleId } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { linesOf, removal } from './lines.ts';
import type { Line } from './lines.ts';
import { shapesOf, width, widerThan } from './lineShape.ts';
import { isPostTitleAt } from './postTitle.ts';
import { EDITOR, FOOTER, SOURCE_LINE } from './markers.ts';
import { pageTailEdit } from './pageTail.ts';
import { announcesRoute, isTrail } from './trail.ts';
import { toldHeadline } from './toldHeadline.ts';
import { withoutAnnotations } from './pinyin.ts';
import { endsWithOneOf, preChecked } from './preChecked.ts';
import { carriesOnSentence, isTagList } from './tagList.ts';

/**
 * Site chrome: lines that belong to the page, not the article. Position matters: chrome
 * clusters before the first paragraph and after the last one; a line of the same shape in
 * the middle of the body is content and is left alone.
 */
const NAV =
  /设为首页|設為首頁|加入收藏|您的位置|您现在的位置|当前位置|當前位置|首页\s*[>›»]|首頁\s*[>›»]/;
/** A breadcrumb trail: `Home » Messages » Self-esteem`, `News › World › Asia`, `社区 → 版面 → 帖子`. */
function isBreadcrumb(text: string): boolean {
  return (text.length <= 140 && (text.match(/\s[»›>]\s/g) ?? []).length >= 2) || isTrail(text);
}
/** A bar of short links: 首页 | 科技 | 国际 | 登录. */
function isLinkBar(text: string): boolean {
  // A dot between two letters is part of a word (or of mojibake: `Î·Î½`), not a separator.
  const items = text
    .split(/\s*(?:[|｜]|(?<!\p{Script=Latin})[·•]|[·•](?!\p{Script=Latin}))\s*/u)
    .filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => item.length <= 8) && !SENTENCE_END.test(text);
}
const STUB =
  /^(作者|分类|分類|标签|標籤|来源|來源|编辑|編輯|责任编辑|責任編輯|关键词|關鍵詞|tags?|author|category)\s*[:：]\s*$/i;
const DIGEST = /^\S{0,12}?(导读|導讀|摘要)\s*[:：]\s*(.{12,})$/;

/** Standalone credit and caption lines of photos: `Photo: Jane Doe, AP`, `Image copyright Getty Images`. */
const MEDIA_CREDIT =
  /^(image|images|photo|photos|picture|caption|image caption|media caption|image copyright|photograph|credit|getty|getty images|图片来源|图片|圖片|摄影|攝影)(\s*[:：|/©-].{0,80}|\s+(copyright|getty|reuters|afp|ap|epa)\b.{0,60})?$/i;
/** Standalone page widgets: account, sharing and recommendation controls. */
const WIDGET =
  /^(sign in|sign up|log in|subscribe|close|advert|advertisement|comments?|\d+ comments?|share|share this( article| story)?|tweet|whatsapp.{0,40}|you may also like|you might also like|read more|more stories|smartnews|view author archive|email the author|tell us what you think.{0,10}|more:|iklan|anzeige|publicidad|publicité|pubblicità|recent articles|popular this week|most popular|trending now|more great .{1,30} stories|more [\w ]{1,20} news|place a classified ad|read today['’]?s e-?newspaper|breaking news emails|follow us.{0,40}|updated|skip to (main )?content|分享到.{0,20}|扫一扫.{0,20}|打印本页|关闭窗口|關閉窗口)[.…:!]*$/i;

/**
 * The button that unfolds the rest of a folded story (展开全文, 阅读全文, 展开剩余 65%,
 * 继续阅读), on a line of its own: the page's control. Only the button goes; the text after
 * it is the rest of the article and stays. A sentence that mentions reading on is no button.
 */
const READ_ON =
  /^[[【〔(（]?\s*(?:点击|點擊)?\s*(?:(?:展开|展開|查看|阅读|閱讀|展开阅读|展開閱讀)\s*(?:全文|全部|剩余\s*\d{1,3}\s*%|剩餘\s*\d{1,3}\s*%)|继续阅读|繼續閱讀)\s*[\]】〕)）]?\s*[>›»▼▽∨︾↓⌄]*$/;

/**
 * A caption that ends in its credit — `… the Beacon (Image: GETTY)`, `(Image credit: NASA)`
 * — and gallery counters (`Image 2 of 5`, `3of4A shopper looks…`).
 */
const CAPTION =
  /\((image|picture|photo|pic|photograph)( credit| courtesy)?\s*:[^)]{1,80}\)\s*$|^(image|photo|slide) \d+ of \d+$|^\d{1,2} ?of ?\d{1,2}\S/i;

/** Sentences every site carries that are never the story. */
const BOILERPLATE =
  /subject to copyright|reproduced without (the )?(written )?permission|^citation\s*:?$|^retrieved( on)? \d{1,2} [A-Z][a-z]+ \d{4}$|^from https?:\/\/\S+$|^(this slideshow requires javascript|this website uses cookies|we use cookies|by continuing to (use|browse) this (site|website)|get .{1,40} on the go by clicking here|read more on .{1,40} by clicking here|see more\s*:|more from [\w ,&'-]{1,30}$|related\s*:)/i;

/** A time of day: 10:48, 6:55 AM, 1:35 a.m., 0:13. */
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(?![\d])/i;
/** A calendar date: a year, or 11/18/19, or 19.11.2019. */
const CALENDAR =
  /\b(19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i;

/**
 * The page's time stamp or byline-with-time: `PUBLISHED: 10:48, Tue, Nov 19, 2019 |
 * UPDATED: 11:05…`, `By Jane Doe - 11/18/19 11:04 PM EST`, `Published 1 day ago`. A short
 * line with a clock and a date and no sentence in it; a sentence that gives a time keeps
 * its full stop and stays.
 */
function isTimestamp(text: string): boolean {
  if (text.length > 140 || /[.!?。！？]["”)]?$/.test(text.replace(/\b[ap]\.m\.$/i, '')))
    return false;
  if (/^(published|updated|posted)\s+\d+\s+(minutes?|hours?|days?|weeks?)\s+ago$/i.test(text))
    return true;
  if (
    /^(published|updated|posted)( at| on)? \d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?$/i.test(text)
  )
    return true;
  if (!CLOCK.test(text) || !CALENDAR.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w));
  return words.length <= 12;
}

/** A line that is only a date (`2023-10-31`, `2023年10月31日`, `Oct. 31, 2023`): above the story, the page's. */
const DATE_ONLY =
  /^(?:(19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (19|20)\d{2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (19|20)\d{2})$/i;

/** An author's address standing alone: an e-mail, a social-media profile. */
const CONTACT =
  /^(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|linkedin)\.com\/[\w.-]+\/?$/i;

/** A section label above or below the headline (`Entertainment`, `Spaceflight`): one or two words. */
const KICKER = /^[A-Z][\p{L}&'’.-]*( [A-Z&][\p{L}&'’.-]*)?$/u;

/** A sentence's stop closes the line, maybe with a quote or bracket after it. */
const SENTENCE_END = preChecked(
  /[。!?！？.;；]["”」』)）]?$/,
  endsWithOneOf('。!?！？.;；"”」』)）'),
);

/** A whole line the page carries, wherever it stands; the first rule that applies names it. */
type LineRule = {
  rule: RuleId;
  applies: (text: string, inHead: boolean) => boolean;
  reason: (text: string) => string;
};

const LINE_RULES: readonly LineRule[] = [
  {
    rule: RULE.metaByline,
    applies: (text) => CONTACT.test(text),
    reason: () => 'The author’s address or profile, not article text.',
  },
  {
    rule: RULE.metaDateline,
    // A Chinese line with a date and a time is a dateline only above the first paragraph;
    // in the body it is as likely a schedule (2025年3月18日 10:00 开幕式).
    applies: (text, inHead) =>
      (isTimestamp(text) && (inHead || !/\p{Script=Han}/u.test(text))) ||
      (inHead && DATE_ONLY.test(text)),
    reason: () => 'A time stamp or byline of the page, not article text.',
  },
  {
    rule: RULE.chromeBoilerplate,
    applies: (text) => BOILERPLATE.test(text),
    reason: () =>
      'A notice every page of the site carries (cookies, scripts, "more from"), not article text.',
  },
  {
    rule: RULE.chromeMediaCredit,
    applies: (text) =>
      (CAPTION.test(text) && !SENTENCE_END.test(text.replace(CAPTION, '').trim())) ||
      MEDIA_CREDIT.test(text) ||
      CREDIT_AT_END.test(text) ||
      AGENCY_CREDIT.test(text),
    reason: () => 'A photo’s caption or credit line, not article text.',
  },
  {
    rule: RULE.chromePageWidget,
    applies: (text) => text.length <= 20 && READ_ON.test(text), // a button's label is short
    reason: (text) =>
      `"${text}" is the page's button that unfolds the rest of the article; the text after it is kept.`,
  },
  {
    rule: RULE.chromePageWidget,
    applies: (text) => WIDGET.test(text),
    reason: (text) => `"${text}" is a control of the page (account, sharing, recommendations).`,
  },
  {
    rule: RULE.chromeFooter,
    // A short footer link (`Terms of Use`, `© Jane Doe`) or the site's address with its
    // telephone and fax numbers, wherever the page put it.
    applies: (text) =>
      (FOOTER.test(text) && !widerThan(text, 40) && !SENTENCE_END.test(text)) ||
      SITE_ADDRESS.test(text),
    reason: () => 'A link or line of the site’s footer, not article text.',
  },
  {
    rule: RULE.chromeTags,
    applies: (text) => isTagList(text),
    reason: () => 'The page’s list of tags or keywords, not article text.',
  },
];

/** A news agency's photo credit closing a caption: `… in Littleton, Colo. (AP Photo/Jane Doe)`. */
const AGENCY_CREDIT = /\((ap|afp|reuters|getty|epa|upi) (photo|images?)\s*\/[^)]{1,80}\)\s*$/i;

/** `…where plague-infected people sought treatmentCredit: EPA`: a caption, credit glued on. */
const CREDIT_AT_END = preChecked(
  /(?:^|[\p{Ll}\p{N}.)”’"]\s?)(?:Photo |Image )?Credit\s*:\s*[^.!?]{1,60}$/u,
  (text) => text.includes('Credit'),
);

/** The site's postal address with telephone and fax: `… DC 20006 | 202-628-8500 tel | … fax`. */
const SITE_ADDRESS =
  /\d{3}[-. ]\d{3}[-. ]\d{4}\s*(tel|fax)\b|\b(tel|fax)\s*[:.]?\s*\+?\d[\d -]{7,}.*\b(tel|fax)\b/i;

export function chromeEdits(raw: string): RuleEdit[] {
  const lines = linesOf(raw);
  const edits: RuleEdit[] = [];
  const firstParagraph = lines.findIndex(
    (l, i) =>
      i > 0 &&
      widerThan(l.trimmed, 49) &&
      SENTENCE_END.test(l.trimmed) &&
      !DIGEST.test(l.trimmed) &&
      // A post's title over its byline (`主题：…吗？`) is the page's head, not its first paragraph.
      !isPostTitleAt(shapesOf(lines), i),
  );
  const headEnd = firstParagraph < 0 ? Math.min(lines.length, 8) : firstParagraph;
  // The body as a reader sees it, only for a digest line to be compared with (rare): made
  // once, when one is found.
  let body: string | null = null;
  const bodyText = () =>
    (body ??= withoutAnnotations(raw.slice(lines[headEnd]?.start ?? raw.length)));

  const longestHead = Math.max(0, ...lines.slice(0, headEnd).map((l) => width(l.trimmed)));
  let previous = '';
  for (const [index, line] of lines.slice(0, headEnd).entries()) {
    const text = line.trimmed;
    if (text === '') continue;
    const introduced = announcesRoute(previous);
    previous = text;
    if (KICKER.test(text) && text.length <= 30 && width(text) < longestHead) {
      edits.push(
        removal(
          raw,
          line,
          line,
          RULE.metaKicker,
          `"${text}" is the section label over the headline, not article text.`,
        ),
      );
    } else if (
      (NAV.test(text) && text.length <= 80) ||
      isLinkBar(text) ||
      (isBreadcrumb(text) &&
        !introduced &&
        !toldHeadline(
          lines.map((l) => l.trimmed),
          index,
          headEnd,
          bodyText(),
        ))
    ) {
      edits.push(
        removal(
          raw,
          line,
          line,
          RULE.chromeNavigation,
          'Navigation or location bar of the site, not the article.',
        ),
      );
    } else if (STUB.test(text)) {
      edits.push(
        removal(
          raw,
          line,
          line,
          RULE.chromeEmptyField,
          `"${text}" is an empty field of the page template.`,
        ),
      );
    } else if (SOURCE_LINE.test(text)) {
      edits.push(
        removal(
          raw,
          line,
          line,
          RULE.metaSource,
          'The source line; its value is kept as the article’s source.',
        ),
      );
    } else {
      const digest = DIGEST.exec(text);
      const repeated = digest?.[2]?.slice(0, 20);
      if (repeated && bodyText().includes(repeated)) {
        edits.push(
          removal(
            raw,
            line,
            line,
            RULE.chromeDigest,
            'The site’s digest repeats the first paragraph.',
          ),
        );
      }
    }
  }

  for (const [index, line] of lines.entries()) {
    const text = line.trimmed;
    if (text === '' || widerThan(text, 300)) continue;
    // Long lines are only ever captions (they end in their credit) and the site's notices;
    // the rest are short.
    if (
      widerThan(text, 100) &&
      !CAPTION.test(text) &&
      !CREDIT_AT_END.test(text) &&
      !AGENCY_CREDIT.test(text) &&
      !BOILERPLATE.test(text)
    )
      continue;
    const inHead = index < headEnd;
    const rule = LINE_RULES.find((r) => r.applies(text, inHead));
    // A list of names a wrapped sentence runs into is the paragraph's, not the page's tags.
    if (rule?.rule === RULE.chromeTags && carriesOnSentence(lines, index)) continue;
    if (rule) edits.push(removal(raw, line, line, rule.rule, rule.reason(text)));
  }

  // Runs of menu entries: four or more lines in a row of one to three capitalised words.
  // Latin script only: short Chinese lines in a row are often real lists (countries, names).
  const MENU_ENTRY = /^[A-Z][\w&'’.-]*( (&|and|[A-Z][\w&'’.-]*)){0,2}$|^\[[^\]\n]{1,40}\]$/;
  let menu: Line[] = [];
  const closeMenu = () => {
    const first = menu[0];
    const last = menu[menu.length - 1];
    if (menu.length >= 4 && first && last) {
      edits.push(
        removal(
          raw,
          first,
          last,
          RULE.chromeMenu,
          'A run of menu entries (site sections), not article text.',
        ),
      );
    }
    menu = [];
  };
  for (const line of lines) {
    if (line.trimmed === '') continue;
    if (MENU_ENTRY.test(line.trimmed)) menu.push(line);
    else closeMenu();
  }
  closeMenu();

  edits.push(...teaserEdits(raw, lines));

  const tail = pageTailEdit(raw, lines);
  // Read without a dump's table bars: `| (责任编辑: 黄帅) |`.
  const shapes = shapesOf(lines);
  if (tail) edits.push(tail);
  const tailStart = tail?.start ?? raw.length;
  for (const line of lines) {
    if (line.start >= tailStart) break;
    const text = shapes[line.index]?.text ?? line.trimmed;
    if (EDITOR.test(text) && text.length <= 80) {
      edits.push(
        removal(
          raw,
          line,
          line,
          RULE.metaEditor,
          'The editor line is page metadata, not article text.',
        ),
      );
    }
  }
  return edits;
}

/** A kicker in capitals over a teaser headline: `TIME TRAVELLER` / `Conspiracy theorists say…`. */
const CAPS_KICKER = /^['‘"“]?[\p{Lu}\d][\p{Lu}\d '’&!?.,:-]{2,40}['’"”]?$/u;

/**
 * A list of other stories, each a capitalised kicker over its headline (tabloids'
 * "more stories" blocks): three or more such pairs in a row, a one- or two-word line
 * between them allowed.
 */
function teaserEdits(raw: string, lines: readonly Line[]): RuleEdit[] {
  const filled = lines.filter((line) => line.trimmed !== '');
  const edits: RuleEdit[] = [];
  let i = 0;
  while (i < filled.length) {
    let j = i;
    let pairs = 0;
    for (;;) {
      const kicker = filled[j]?.trimmed ?? '';
      const headline = filled[j + 1]?.trimmed ?? '';
      const isPair =
        CAPS_KICKER.test(kicker) &&
        /\p{Lu}{2}/u.test(kicker) &&
        headline.length <= 140 &&
        !CAPS_KICKER.test(headline) &&
        !/[.。]$/.test(headline);
      if (isPair) {
        pairs++;
        j += 2;
      } else if (pairs > 0 && kicker.split(/\s+/).length <= 2 && CAPS_KICKER.test(headline)) {
        j += 1; // a stray label between two teasers
      } else break;
    }
    if (pairs >= 3) {
      edits.push(
        removal(
          raw,
          filled[i]!,
          filled[j - 1]!,
          RULE.chromeRelated,
          'A list of other stories (kicker and headline), not article text.',
        ),
      );
      i = j;
    } else i++;
  }
  return edits;
}
