// Policy-like documents of a chosen size built from the seed policies, and edited copies of them.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A deterministic pseudo-random generator, so every run measures the same documents. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function seedTexts() {
  return readdirSync(fixtures)
    .filter((name) => /^\d{3}-/.test(name))
    .sort()
    .map((name) => readFileSync(`${fixtures}${name}/v1.txt`, 'utf8'));
}

/** Seed policies one after another, headings numbered per copy so that each chapter stays unique. */
export function policyOfSize(bytes) {
  const texts = seedTexts();
  const parts = ['SEKRETESSPOLICY', ''];
  let size = 0;
  for (let copy = 1; size < bytes; copy += 1) {
    for (const text of texts) {
      const lines = text.split('\n').slice(1);
      const renamed = lines.map((line) =>
        /^[\p{Lu}][^.!?]{0,80}$/u.test(line.trim()) && line.trim().split(/\s+/).length <= 12 ? `${line.trim()} ${copy}` : line,
      );
      const chunk = renamed.join('\n');
      parts.push(chunk);
      size += Buffer.byteLength(chunk);
      if (size >= bytes) break;
    }
  }
  return parts.join('\n');
}

/** Changes about `fraction` of the sentences: a word swapped, a sentence dropped or one added. */
export function editPolicy(text, fraction, seed = 7) {
  const next = random(seed);
  return text
    .split('\n')
    .map((line) => {
      if (line.trim().length < 30) return line;
      return line.replace(/[^.!?]+[.!?]/g, (sentence) => {
        if (next() >= fraction) return sentence;
        const roll = next();
        if (fraction >= 1 || roll < 0.6) return sentence.replace(/\p{L}{4,}/gu, (word) => (next() < 0.5 ? `${word}x` : word)) + ' Ny mening.';
        if (roll < 0.8) return '';
        return `${sentence} Vi delar uppgifter med partner nummer ${Math.floor(next() * 1000)}.`;
      });
    })
    .join('\n');
}

/**
 * The same policy as Markdown, as authors who write it in Markdown do: `#` title, `##` chapters, `###` and deeper
 * subsections, `-` bullets, a blank line between blocks. The outline is the one policydiff reads from the plain text.
 */
export function asMarkdown(text, parsePolicy) {
  const document = parsePolicy(text, { format: 'text' });
  const parts = document.title === undefined ? [] : [`# ${document.title}`];
  const block = (raw) => raw.replace(/^[–·•*]\s*/u, '- ');
  parts.push(...document.preamble.map((entry) => block(entry.raw)));
  const section = ({ heading, level, blocks, children }) => {
    parts.push(`${'#'.repeat(Math.min(level + 1, 6))} ${heading}`, ...blocks.map((entry) => block(entry.raw)));
    children.forEach(section);
  };
  document.sections.forEach(section);
  return `${parts.join('\n\n')}\n`;
}
