/**
 * Name search without a word breaker: a name is indexed as its overlapping two-character pieces
 * (whitespace and accents dropped, width and case folded), so "contains" becomes "has every piece of the query".
 * Candidates are then checked with LIKE, so extra matches never reach the caller.
 */
export function nameTokens(text: string): string[] {
  const chars = Array.from(
    text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ''),
  );
  const tokens = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  return [...tokens];
}

/** The pieces a search looks up: at most `max`, spread over the query (first and last included); empty below two characters. */
export function queryTokens(query: string, max = 4): string[] {
  const all = nameTokens(query);
  if (all.length <= max) return all;
  return [
    ...new Set(
      Array.from({ length: max }, (_, i) => all[Math.round((i * (all.length - 1)) / (max - 1))]),
    ),
  ];
}
