// A policy history shaped like a real web-captured one (issue: ~500 daily captures of one privacy policy growing
// from ~30 KB to ~300 KB, with whole chapters rewritten and capture noise), replayed at bench time from the Open
// Terms Archive histories in the shared corpus. Nothing of the corpus is committed: the texts are read from its
// git bundles into a temporary repository and written, one capture per day, into the bench's repository.
//
// The policy is one Markdown document whose chapters are real captured policies, each replayed from its own
// history (its title becomes the chapter heading, its headings move one level down). Chapters join over time
// (growth), some are replaced whole by another policy's text under the same heading (whole-chapter rewrites),
// and each capture moves the chapter furthest behind its schedule to where it should be, so that a capture holds
// that history's real edits, noise and truncations. About one capture in five changes nothing but a tracking
// parameter in a link, as daily captures do.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from './corpus.mjs';

/** Captures in the replayed history (the Facebook history of the issue has 492). */
export const CAPTURES = Number(process.env.BENCH_CAPTURES ?? 492);
export const CAPTURE_FILE = 'privacy-policy.md';
const NOISE = 0.2;

/**
 * The chapters, in document order: the histories each replays (the next one replacing the chapter whole from
 * `at`, a fraction of the captures), and when the chapter joins the policy.
 */
const CHAPTERS = [
  { heading: 'What information do we collect?', joins: 0, sources: [{ slug: 'duckduckgo' }] },
  { heading: 'How do we use your information?', joins: 0, sources: [{ slug: 'nordvpn' }, { slug: 'miro', at: 0.6 }] },
  { heading: 'How is your information shared with partners?', joins: 0.12, sources: [{ slug: 'donkey-republic' }, { slug: 'bitwarden', at: 0.45 }] },
  { heading: 'How do we work with our other companies?', joins: 0.25, sources: [{ slug: 'chatgpt-business' }] },
  { heading: 'How can you manage or delete information about you?', joins: 0.37, sources: [{ slug: 'wetransfer' }, { slug: 'github', at: 0.85 }] },
  { heading: 'How long do we keep your information?', joins: 0.53, sources: [{ slug: 'claude' }] },
  { heading: 'How do we transfer information?', joins: 0.7, sources: [{ slug: 'llama-api-terms' }] },
];

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The corpus of real histories: BENCH_CORPUS, else `shared/corpus` beside the checkout or beside its parent (a worktree). */
export function findCorpus() {
  const candidates = [process.env.BENCH_CORPUS, join(projectRoot, '..', 'shared', 'corpus'), join(projectRoot, '..', '..', 'shared', 'corpus')];
  return candidates.find((dir) => dir !== undefined && existsSync(join(dir, 'MANIFEST.tsv')));
}

function git(args, options = {}) {
  const result = spawnSync('git', args, { maxBuffer: 1 << 30, ...options });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Every captured text of each history, oldest first, read from the bundles through one scratch repository. */
function readCorpusTexts(corpus, slugs) {
  const scratch = mkdtempSync(join(tmpdir(), 'policydiff-bench-corpus-'));
  try {
    git(['init', '--quiet', '--bare', scratch]);
    const texts = new Map();
    for (const slug of slugs) {
      git(['fetch', '--quiet', join(corpus, `${slug}.bundle`), `+HEAD:refs/corpus/${slug}`], { cwd: scratch });
      const path = git(['ls-tree', '--name-only', `refs/corpus/${slug}`], { cwd: scratch, encoding: 'utf8' }).trim();
      const commits = git(['log', '--reverse', '--format=%H', `refs/corpus/${slug}`, '--', path], { cwd: scratch, encoding: 'utf8' }).trim().split('\n');
      const batch = git(['cat-file', '--batch'], { cwd: scratch, input: commits.map((commit) => `${commit}:${path}\n`).join('') });
      const versions = [];
      for (let at = 0; at < batch.length; ) {
        const headerEnd = batch.indexOf(10, at);
        const size = Number(batch.toString('latin1', at, headerEnd).split(' ')[2]);
        versions.push(batch.toString('utf8', headerEnd + 1, headerEnd + 1 + size));
        at = headerEnd + 1 + size + 1;
      }
      texts.set(slug, versions);
    }
    return texts;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A captured policy as one chapter of the bench's policy: its title (the first level-1 heading, ATX or setext)
 * becomes `## heading`, its other headings move one level down.
 */
function asChapter(heading, text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = [`## ${heading}`, ''];
  let titled = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const next = lines[index + 1];
    const setext = line.trim() !== '' && !/^\s*([-*+]|\d+[.)])\s/.test(line) && next !== undefined && /^(=+|-+)\s*$/.test(next) ? (next.startsWith('=') ? 1 : 2) : 0;
    const atx = /^(#{1,6})\s+(.*)$/.exec(line);
    const level = setext || (atx?.[1].length ?? 0);
    if (level === 0) {
      out.push(line);
      continue;
    }
    if (setext) index += 1;
    const words = setext ? line.trim() : atx[2];
    if (level === 1 && !titled) titled = true;
    else out.push(`${'#'.repeat(Math.min(level + 1, 6))} ${words}`);
  }
  return out.join('\n').trimEnd();
}

/** The version each chapter shows at each capture: the capture's text is built from these. */
function schedule(texts, captures, next) {
  const chapters = CHAPTERS.map((chapter) => ({
    ...chapter,
    joinsAt: Math.round(chapter.joins * captures),
    sources: chapter.sources.map((source) => ({ ...source, from: Math.round((source.at ?? chapter.joins) * captures), versions: texts.get(source.slug) })),
    source: undefined,
    index: 0,
  }));
  const ideal = (source, capture) => Math.floor(((capture - source.from) / (captures - source.from)) * (source.versions.length - 1));
  const states = [];
  let noise = 0;
  const rewrites = [];
  for (let capture = 0; capture < captures; capture += 1) {
    let forced = false;
    for (const chapter of chapters) {
      const source = chapter.sources.findLast((candidate) => candidate.from <= capture);
      if (capture < chapter.joinsAt || source === chapter.source) continue;
      if (chapter.source !== undefined) rewrites.push({ capture, heading: chapter.heading, from: chapter.source.slug, to: source.slug });
      chapter.source = source;
      chapter.index = 0;
      forced = true;
    }
    if (!forced && capture > 0) {
      const behind = chapters
        .filter((chapter) => chapter.source !== undefined)
        .map((chapter) => ({ chapter, lag: ideal(chapter.source, capture) - chapter.index }))
        .sort((a, b) => b.lag - a.lag)[0];
      const { chapter, lag } = behind ?? { lag: 0 };
      // A capture that lands on the text the chapter already shows (truncated captures come and go) is noise.
      if (next() < NOISE || lag <= 0 || chapter.source.versions[chapter.index + lag] === chapter.source.versions[chapter.index]) noise += 1;
      if (lag > 0) chapter.index += lag;
    }
    states.push({ noise, chapters: chapters.filter((chapter) => chapter.source !== undefined).map((chapter) => ({ heading: chapter.heading, text: chapter.source.versions[chapter.index] })) });
  }
  return { states, rewrites };
}

/** A short tracking token that changes with every noise capture, as web captures' `_gl` parameters do. */
const token = (noise) => Buffer.from(`capture-${noise * 7919}`).toString('base64url');

function captureText({ noise, chapters }) {
  const preamble = [
    '# Privacy Policy',
    '',
    `This policy describes how we process your information. See also our [Cookies Policy](https://www.example.com/policies/cookies/?_gl=1*${token(noise)}) and the [Terms](https://www.example.com/legal/terms).`,
  ];
  return `${[preamble.join('\n'), ...chapters.map(({ heading, text }) => asChapter(heading, text))].join('\n\n')}\n`;
}

/**
 * Writes the replayed history into `dir` (an empty folder) as a repository with one commit a day; returns its
 * shape (captures, first and last size, the rewrites), or undefined without a corpus.
 */
export function buildCaptureRepo(dir, captures = CAPTURES) {
  const corpus = findCorpus();
  if (corpus === undefined) return undefined;
  const texts = readCorpusTexts(corpus, [...new Set(CHAPTERS.flatMap((chapter) => chapter.sources.map((source) => source.slug)))]);
  const { states, rewrites } = schedule(texts, captures, random(17));
  const start = Date.UTC(2019, 0, 1) / 1000;
  const chunks = [];
  const sizes = [];
  let previous;
  for (const [index, state] of states.entries()) {
    const text = captureText(state);
    // A capture identical to the one before is no commit (Open Terms Archive records changes only).
    if (text === previous) continue;
    previous = text;
    const data = Buffer.from(text);
    sizes.push(data.length);
    const message = `Record new changes of Privacy Policy (capture ${index + 1})\n`;
    const when = `${start + index * 86_400 + 43_200} +0000`;
    chunks.push(
      Buffer.from(
        `commit refs/heads/main\nauthor Capture <capture@example.invalid> ${when}\ncommitter Capture <capture@example.invalid> ${when}\n` +
          `data ${Buffer.byteLength(message)}\n${message}M 100644 inline ${CAPTURE_FILE}\ndata ${data.length}\n`,
      ),
      data,
      Buffer.from('\n'),
    );
  }
  git(['init', '--quiet', '--initial-branch=main', dir]);
  git(['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks) });
  git(['reset', '--quiet', '--hard', 'main'], { cwd: dir });
  return { versions: sizes.length, firstBytes: sizes[0], lastBytes: sizes.at(-1), maxBytes: Math.max(...sizes), rewrites };
}
