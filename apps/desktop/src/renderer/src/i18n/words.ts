/**
 * Messages that tell what a decision did, for the undo toast and each article's history,
 * and the small labels around them. Kept apart from messages.ts so each file stays short;
 * the translator reads both.
 */
export const wordsEn = {
  'decision.article.approved': 'Approved the article',
  'decision.article.rejected': 'Rejected the article',
  'decision.article.pending': 'Set the article back to pending',
  'decision.article.tagged': 'Tagged the article “{tag}”',
  'decision.article.untagged': 'Took the tag “{tag}” off the article',
  'decision.edits.accepted':
    '{n, plural, one {Accepted a change} other {Accepted # changes}}{rule}',
  'decision.edits.reverted':
    '{n, plural, one {Reverted a change} other {Reverted # changes}}{rule}',
  'decision.edits.restored':
    '{n, plural, one {Restored a change as the cleaner made it} other {Restored # changes as the cleaner made them}}{rule}',
  'decision.facts.approved': '{n, plural, one {Approved a fact} other {Approved # facts}}{quote}',
  'decision.facts.rejected': '{n, plural, one {Rejected a fact} other {Rejected # facts}}{quote}',
  'decision.facts.pending':
    '{n, plural, one {Set a fact back to pending} other {Set # facts back to pending}}{quote}',
  'decision.fact.value': 'Changed a fact’s value to {value}',
  'decision.fact.tagged': 'Tagged a fact “{tag}”',
  'decision.fact.untagged': 'Took the tag “{tag}” off a fact',
  'decision.other.article': 'Changed an article',
  'decision.other.edit': 'Changed a cleaning edit',
  'decision.other.fact': 'Changed a fact',
  'decision.other.tag': 'Changed a tag',
  'decision.rule': ' ({rule})',
  'decision.quote': ': “{quote}”',
  'decision.someTag': 'a tag',
  'history.undo': 'Undid: {what}',
  'history.redo': 'Redid: {what}',
  'history.by': '{editor}',
  'list.factsWaiting': '{n, plural, one {# fact waiting} other {# facts waiting}}',
  'hunk.bulk': '{action}: {what}',
};

export type WordKey = keyof typeof wordsEn;

export const wordsZh: Record<WordKey, string> = {
  'decision.article.approved': '通过了文章',
  'decision.article.rejected': '拒绝了文章',
  'decision.article.pending': '把文章改回待审',
  'decision.article.tagged': '给文章加上标签“{tag}”',
  'decision.article.untagged': '去掉了文章的标签“{tag}”',
  'decision.edits.accepted': '接受了 {n} 处修改{rule}',
  'decision.edits.reverted': '撤回了 {n} 处修改{rule}',
  'decision.edits.restored': '把 {n} 处修改恢复为清洗器的结果{rule}',
  'decision.facts.approved': '通过了 {n} 条事实{quote}',
  'decision.facts.rejected': '拒绝了 {n} 条事实{quote}',
  'decision.facts.pending': '把 {n} 条事实改回待审{quote}',
  'decision.fact.value': '把事实的值改为 {value}',
  'decision.fact.tagged': '给事实加上标签“{tag}”',
  'decision.fact.untagged': '去掉了事实的标签“{tag}”',
  'decision.other.article': '修改了文章',
  'decision.other.edit': '修改了清洗结果',
  'decision.other.fact': '修改了事实',
  'decision.other.tag': '修改了标签',
  'decision.rule': '（{rule}）',
  'decision.quote': '：“{quote}”',
  'decision.someTag': '某个标签',
  'history.undo': '撤销：{what}',
  'history.redo': '重做：{what}',
  'history.by': '{editor}',
  'list.factsWaiting': '{n} 条事实待审',
  'hunk.bulk': '{action}：{what}',
};
