/**
 * GitHub-flavoured Markdown. Policy text is untrusted (it may come from a pull request): it is escaped so that it
 * cannot open HTML, links, tables or code, and `@name` cannot mention anyone (an e-mail address stays whole).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKUP, (char) => `\\${char}`)
    .replace(MENTION, '@\u200b');
}

/**
 * Characters that could open Markdown. A `_` between two ASCII letters or digits cannot open or close emphasis in
 * GFM, and escaping it would cut an e-mail address such as `first_last@example.fi` in two: the part after the `\_`
 * would be linked alone, to another address.
 */
const MARKUP = /[\\`*{}[\]()#+!|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/**
 * An `@` that GitHub would read as the start of a mention, to be broken with a zero-width space. GitHub (like its
 * html-pipeline MentionFilter, `(?:^|\W)@name`) mentions only when the `@` follows no ASCII word character, so the
 * `@` of `privacy@example.fi` is left whole and the address still links; one after a letter outside ASCII
 * (`ä@team`), `.`, `+`, `-`, a space of any kind or a zero-width character is broken, as GitHub would mention there.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=\w)/g;
