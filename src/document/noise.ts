/**
 * What a web capture adds to a policy that its reader never reads: link targets, query strings and fragments of
 * URLs (tracking parameters, signed media URLs, anchor ids), Cloudflare's e-mail protection placeholders, Markdown
 * escapes, HTML tags, "back to top" links. Two sentences that differ only there say the same thing, so these are
 * taken out of what is compared, never out of what is quoted. A site's own noise (a widget's text) is added as
 * patterns in the config (`"noise"`).
 */

export interface NoiseRule {
  /** What the reader is told was treated as noise ("link target", or the config's pattern as written). */
  name: string;
  pattern: RegExp;
  /** What a match is compared as; `$1` refers to the pattern's first group. */
  replacement: string;
}

/** A link's or image's target: `(url)`, `(url "title")`, `(<url>)`; one level of parentheses inside the URL. */
const TARGET = String.raw`\((?:<[^>\n]*>|#[^()\n]*|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)`;
/** A link's text: brackets may nest once (`[\[email protected\]](…)`, `[[top](#top)]`). */
const LINK_TEXT = String.raw`\[((?:[^\[\]\n]|\\\[|\\\]|\[[^\[\]\n]*\])*)\]`;

/** Back-to-top links and permalink marks: page furniture, never policy text. */
const WIDGET_TEXT = String.raw`(?:↑\s*)?(?:back\s+to\s+top|top\s+of\s+(?:the\s+)?page|top|retour\s+en\s+haut|nach\s+oben|till\s+toppen)(?:\s*[↑⬆^])?`;

/**
 * The built-in rules, applied in this order. Images before links (an image inside a link's text), widgets before
 * links (so that their text goes too), escapes last (a `\[` is part of a link's text until then).
 */
export const BUILT_IN_NOISE: readonly NoiseRule[] = [
  { name: 'image', pattern: new RegExp(String.raw`!${LINK_TEXT}${TARGET}`, 'g'), replacement: '$1' },
  { name: 'back-to-top link', pattern: new RegExp(String.raw`\\?\[?\[${WIDGET_TEXT}\]${TARGET}\\?\]?`, 'gi'), replacement: '' },
  { name: 'link target', pattern: new RegExp(`${LINK_TEXT}${TARGET}`, 'g'), replacement: '$1' },
  { name: 'link target', pattern: /<((?:https?|mailto):[^>\s]*|[^\s@<>]+@[^\s@<>]+)>/g, replacement: '$1' },
  // Anchors and spans a capture keeps from the page's markup; other tags are text the policy shows.
  { name: 'HTML tag', pattern: /<\/?(?:a|span|br)\b[^<>]*>/gi, replacement: ' ' },
  // The query and fragment of a URL written out: tracking parameters, signatures, anchor ids.
  { name: 'URL query or fragment', pattern: /\b(https?:\/\/[^\s?#<>()[\]]*)[?#][^\s<>()[\]]*?(?=[.,;:!?)\]]*(?:\s|$))/g, replacement: '$1' },
  // An icon font's glyph (a link symbol beside a heading): a private-use character, which no text is written in.
  { name: 'icon-font glyph', pattern: /\p{Co}/gu, replacement: '' },
  { name: 'e-mail protection placeholder', pattern: /\\?\[email(?:\s|&nbsp;)+protected\\?\]\S*?(?=[.,;:!?)\]]*(?:\s|$))/gi, replacement: '[email protected]' },
  { name: 'Markdown escape', pattern: /\\([!-/:-@[-`{-~])/g, replacement: '$1' },
];

/**
 * Text that is nothing but links to places on the same page: a table of contents (or a run of its entries), which
 * repeats the headings the comparison already has, and which captures show or leave out from one day to the next.
 * An anchor may hold spaces and apostrophes (`(#Children's data)`): captures write the heading as it stands.
 */
const CONTENTS = new RegExp(String.raw`^(?:\s*\\?\[?${LINK_TEXT}\((?:<#[^>\n]*>|#[^()\n]*)\)\\?\]?[\s,;|·•]*)+$`);

/** A table of contents' own label, which comes and goes with it. */
const CONTENTS_LABEL = /^\s*(?:table of contents|contents|on this page|sommaire|table des matières|inhalt|inhaltsverzeichnis|innehåll|innehållsförteckning|sisällys(?:luettelo)?|indhold(?:sfortegnelse)?|innhold(?:sfortegnelse)?)\s*:?\s*$/i;

/** Characters without which no built-in rule can match: most sentences have none, and skip every rule. */
const MAYBE_NOISE = /[[\\<\p{Co}]|https?:|email/iu;

/** A config's `noise` patterns as rules (already checked by the config). */
export function patternRules(patterns: readonly string[]): NoiseRule[] {
  return patterns.map((source) => ({ name: source, pattern: new RegExp(source, 'gu'), replacement: ' ' }));
}

/** The text with the noise taken out, as it is compared. */
export function withoutNoise(text: string, extra: readonly NoiseRule[] = []): string {
  return (MAYBE_NOISE.test(text) && CONTENTS.test(text)) || CONTENTS_LABEL.test(text) ? '' : applyRules(text, extra);
}

function applyRules(text: string, extra: readonly NoiseRule[]): string {
  let result = text;
  if (MAYBE_NOISE.test(result)) for (const rule of BUILT_IN_NOISE) result = result.replace(rule.pattern, rule.replacement);
  for (const rule of extra) result = result.replace(rule.pattern, rule.replacement);
  return result;
}

export interface NoiseMatch {
  rule: string;
  /** The text as written that the rule took out or reduced. */
  text: string;
}

/** What each rule finds in the text, in rule order, for showing what was treated as noise. */
export function noiseMatches(text: string, extra: readonly NoiseRule[] = []): NoiseMatch[] {
  const matches: NoiseMatch[] = [];
  let rest = text;
  if (CONTENTS.test(text.trim()) || CONTENTS_LABEL.test(text)) return [{ rule: 'table of contents', text: text.trim() }];
  for (const rule of [...BUILT_IN_NOISE, ...extra]) {
    if (rule.name === 'Markdown escape') continue;
    for (const match of rest.matchAll(rule.pattern)) if (match[0] !== (match[1] ?? '')) matches.push({ rule: rule.name, text: match[0] });
    rest = rest.replace(rule.pattern, rule.replacement);
  }
  return matches;
}

const IMAGE = new RegExp(String.raw`!${LINK_TEXT}${TARGET}`, 'g');

/**
 * A heading as its reader sees it: images and empty anchors dropped, links reduced to their text, back-to-top
 * links, escapes, emphasis markers and permalink marks (`#`, `¶`) gone. Numbering stays as written (`1. Einleitung`).
 */
export function readerHeading(raw: string): string {
  const text = raw.includes('](') ? raw.replace(IMAGE, ' ') : raw;
  // A heading that is a link to itself is its text, not a table of contents.
  return applyRules(text, [])
    .replace(/\*\*|__|`/g, '')
    .replace(/\[\s*\]/g, ' ')
    .replace(/(?:^|\s)[#¶§]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface NoiseCount {
  rule: string;
  /** Matches in the old version (absent when only one version was read) and in the new one. */
  old?: number;
  new: number;
  /** A match of the new version that the old one does not have (else one of the new version's). */
  example?: string;
}

/** What each rule takes out of one version, or of two (old, new): the counts `sections` and `diff --explain` show. */
export function noiseSummary(newText: string, oldText: string | undefined, patterns: readonly string[] = []): NoiseCount[] {
  const extra = patternRules(patterns);
  const count = (text: string) => {
    const byRule = new Map<string, string[]>();
    // Paragraph by paragraph, as blocks are read: a table of contents is a paragraph of nothing but its links.
    for (const paragraph of text.split(/\n[ \t]*\n/)) {
      for (const match of noiseMatches(paragraph, extra)) byRule.set(match.rule, [...(byRule.get(match.rule) ?? []), match.text]);
    }
    return byRule;
  };
  const newMatches = count(newText);
  const oldMatches = oldText === undefined ? undefined : count(oldText);
  const rules = [...new Set([...(oldMatches?.keys() ?? []), ...newMatches.keys()])];
  return rules.map((rule) => {
    const found = newMatches.get(rule) ?? [];
    const before = new Set(oldMatches?.get(rule) ?? []);
    const summary: NoiseCount = { rule, new: found.length };
    if (oldMatches !== undefined) summary.old = oldMatches.get(rule)?.length ?? 0;
    const example = found.find((text) => !before.has(text)) ?? found[0];
    if (example !== undefined) summary.example = example.length > 120 ? `${example.slice(0, 119)}…` : example;
    return summary;
  });
}

/** The summary as lines for a terminal or Markdown. */
export function noiseLines(summary: readonly NoiseCount[]): string[] {
  if (summary.length === 0) return [];
  return [
    'Treated as noise (left out of what is compared, still quoted as written):',
    ...summary.map((entry) => {
      const counts = entry.old === undefined ? `${entry.new}` : `${entry.old} → ${entry.new}`;
      return `  ${entry.rule}: ${counts}${entry.example === undefined ? '' : `, e.g. ${entry.example}`}`;
    }),
  ];
}
