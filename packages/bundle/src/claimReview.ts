import type { ExportRecord, Fact } from '@winnow/contract';

/**
 * schema.org ClaimReview for facts an editor approved and marked as checked: the claim is
 * the fact's quote as the article states it, the review says Winnow's desk found it
 * supported by the text (and by corroborating articles where there are some).
 */
export function claimReview(
  article: Pick<ExportRecord, 'title' | 'sourcePath' | 'publishedAt' | 'sourceName' | 'sha256'>,
  fact: Fact,
  reviewer: { name: string; reviewedAt: string },
) {
  const corroborated = fact.corroboratedBy.length;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: reviewer.reviewedAt.slice(0, 10),
    author: { '@type': 'Organization', name: reviewer.name },
    claimReviewed: fact.quote,
    itemReviewed: {
      '@type': 'Claim',
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title ?? undefined,
        datePublished: article.publishedAt ?? undefined,
        publisher: article.sourceName
          ? { '@type': 'Organization', name: article.sourceName }
          : undefined,
        identifier: `sha256:${article.sha256}`,
      },
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName:
        corroborated > 0
          ? `Supported by the text and ${corroborated} other article(s)`
          : 'Supported by the text',
    },
  };
}
