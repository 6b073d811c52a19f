/**
 * Which language a policy is written in, from its commonest short words. Policies are long and formal, so a
 * stop-word count is reliable and needs no model; a text with too few known words is reported as `und`.
 */
const STOP_WORDS: Record<string, readonly string[]> = {
  sv: ['och', 'att', 'det', 'som', 'är', 'för', 'på', 'med', 'av', 'vi', 'du', 'din', 'dina', 'till', 'inte', 'om', 'eller', 'vår', 'kan', 'har'],
  en: ['the', 'and', 'to', 'of', 'we', 'you', 'your', 'is', 'for', 'in', 'that', 'with', 'our', 'or', 'not', 'may', 'are', 'this', 'be', 'by'],
  fi: ['ja', 'on', 'että', 'tai', 'tietoja', 'sinun', 'me', 'emme', 'voimme', 'kanssa', 'jos', 'ovat', 'ei', 'joka', 'mukaan', 'myös', 'käytämme', 'tiedot'],
  de: ['und', 'der', 'die', 'das', 'wir', 'sie', 'ihre', 'nicht', 'mit', 'von', 'zu', 'für', 'ist', 'oder', 'den', 'auf', 'werden', 'daten'],
  fr: ['et', 'les', 'des', 'nous', 'vous', 'vos', 'de', 'la', 'le', 'pour', 'est', 'ne', 'pas', 'avec', 'sur', 'ou', 'données', 'par'],
  da: ['og', 'at', 'det', 'som', 'er', 'for', 'på', 'med', 'af', 'vi', 'du', 'dine', 'til', 'ikke', 'eller', 'vores', 'kan', 'har', 'oplysninger'],
  nb: ['og', 'at', 'det', 'som', 'er', 'for', 'på', 'med', 'av', 'vi', 'du', 'dine', 'til', 'ikke', 'eller', 'vår', 'kan', 'har', 'opplysninger'],
};

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

const MIN_HITS = 3;
/** Only the start of a text is read: a policy's language shows in its first pages. */
export const LANGUAGE_SAMPLE_CHARS = 20_000;

/** Stop-word hits per language in the start of the text. */
function hits(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of LOOKUP.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}

export function detectLanguage(text: string): string {
  let best = 'und';
  let bestCount = MIN_HITS - 1;
  for (const [language, count] of hits(text)) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The language only when it dominates the text (twice the hits of any other): what a claim that a policy changed
 * language needs, where a text that mixes two (a bilingual page, a few English terms in a Swedish policy) is not one.
 */
export function dominantLanguage(text: string): string {
  const counts = [...hits(text)].sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (first === undefined || first[1] < MIN_HITS) return 'und';
  return second === undefined || first[1] >= second[1] * 2 ? first[0] : 'und';
}
