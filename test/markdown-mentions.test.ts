import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/index.js';

/**
 * `escapeMarkdown` breaks every `@name` GitHub would turn into a mention, and leaves e-mail addresses whole.
 * GitHub's rule, as in its html-pipeline MentionFilter: `(?:^|\W)@name`, with Ruby's ASCII `\W`, so an `@` after
 * an ASCII letter, digit or `_` mentions no one, and one after anything else (`.`, `+`, `-`, `ä`, a space of any
 * kind, a zero-width character) does.
 */

const GITHUB_MENTION = /(?:^|[^A-Za-z0-9_])@[A-Za-z0-9]/;

/** The text of the rendered Markdown, as GitHub's mention filter sees its text nodes (tags dropped, entities decoded). */
function renderedText(markdown: string): string {
  const html = new Marked({ gfm: true }).parse(markdown) as string;
  return html
    .replace(/<[^>]*>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const links = (markdown: string) => [...(new Marked({ gfm: true }).parse(markdown) as string).matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('escapeMarkdown: e-mail addresses', () => {
  it.each([
    'privacy@example.fi',
    'dpo@wikstrommedia.fi',
    'first.last@example.com',
    'tietosuoja2024@example.fi',
    'Info@Example.SE',
  ])('leaves %s whole, so GitHub links it and a reader copies no hidden character', (address) => {
    const escaped = escapeMarkdown(`Kontakta oss på ${address}.`);
    expect(escaped).not.toContain('\u200b');
    expect(renderedText(escaped)).toContain(address);
    expect(links(escaped)).toEqual([`mailto:${address}`]);
  });

  it('leaves the `_` inside a word unescaped: escaped, the address was linked from after it, to another one', () => {
    const escaped = escapeMarkdown('Skriv till first_last@example.com eller snake_case.');
    expect(escaped).toBe('Skriv till first_last@example.com eller snake_case.');
    expect(links(escaped)).toEqual(['mailto:first_last@example.com']);
    expect(escapeMarkdown('_x_ a_ _b __c__ ä_ö')).toBe('\\_x\\_ a\\_ \\_b \\_\\_c\\_\\_ ä\\_ö');
  });

  it('leaves an address whole next to a broken mention, in a sentence with both', () => {
    expect(escapeMarkdown('Skriv till privacy@example.fi eller @team.')).toBe('Skriv till privacy@example.fi eller @\u200bteam.');
  });
});

describe('escapeMarkdown: mentions', () => {
  it.each([
    ['@team', 'at the start'],
    ['Hej @team', 'after a space'],
    ['(@team)', 'in brackets'],
    ['@org/team', 'a team of an organisation'],
    ['rad ett\n@team', 'at the start of a line'],
    ['slut.@team', 'after a full stop'],
    ['a,@team', 'after a comma'],
    ['x+@team', 'after a plus'],
    ['x-@team', 'after a hyphen'],
    ['"@team"', 'in quotes'],
    ['Hej\u00a0@team', 'after a non-breaking space'],
    ['Hej\u200d@team', 'after a zero-width joiner'],
    ['Hej\u200b@team', 'after a zero-width space'],
    ['Hej\u2060@team', 'after a word joiner'],
    ['Hej\u3000@team', 'after an ideographic space'],
    ['kontaktä@team', 'after a letter outside ASCII'],
    ['<@team>', 'in angle brackets'],
    ['&@team', 'after an ampersand'],
    ['@@team', 'after another @'],
    ['*@team*', 'in emphasis'],
    ['`@team`', 'in backticks'],
  ])('breaks %j (%s)', (text) => {
    const escaped = escapeMarkdown(text);
    expect(escaped).toContain('@\u200b');
    expect(renderedText(escaped)).not.toMatch(GITHUB_MENTION);
  });

  it('breaks nothing that GitHub would not mention, and every @name it would, and opens no markup, in any text', () => {
    const piece = fc.constantFrom('@', 'team', 'a', 'ä', '.', '+', '-', '_', '__', ' ', '\u00a0', '\u200d', '\n', '(', ')', '/', '*', '~~', '`', '<', '&', '\\', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (text) => {
        const escaped = escapeMarkdown(text);
        expect(renderedText(escaped)).not.toMatch(GITHUB_MENTION);
        // Nor does it open inline markup where the renderers put it, after a list item's marker: `_` left inside a word opens no emphasis.
        expect(new Marked({ gfm: true }).parse(`- ➕ ${escaped}`)).not.toMatch(/<(em|strong|del|code)\b/);
        // A zero-width space only where it breaks a mention: removing them gives back the text GitHub would show.
        const broken = escaped.match(/@\u200b/g)?.length ?? 0;
        const wouldMention = [...text.replace(/[\r\n]+/g, ' ').matchAll(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g)].length;
        expect(broken).toBe(wouldMention);
      }),
      { numRuns: 2000 },
    );
  });
});
