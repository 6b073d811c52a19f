import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffPolicies, ExitCode, parsePolicy, renderers, withSignificance, type PolicyDiff } from '../src/index.js';
import { changeEntry, fileDiffEntry, renderReportHtml } from '../src/render/index.js';
import { launchBrowser, pngColours, type Browser } from './support/browser.js';
import { runCli, tempDir } from './support/cli.js';
import { makeRepo, policy } from './support/repo.js';
import { fixture, seed } from './support/fixtures.js';

const html = (diff: PolicyDiff, title?: string) => renderers.html.diff(diff, title === undefined ? { color: false } : { color: false, title });

/** The tags a report may contain: anything else in the output came from policy text that escaped escaping. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body header p h1 h2 h3 h4 h5 h6 dl dt dd div time aside ul ol li q span del ins fieldset legend input label button nav a main section details summary strong em code br footer script'.split(' '),
);

function tagNames(document: string): string[] {
  return [...document.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase());
}

/** A tag with an event handler attribute (`<x onerror=…>`), which the report itself never writes. */
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;

const HOSTILE = '<script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> here.';

/** Replaces text that must be there: a seed that changed under the test fails here, not in a vague assertion. */
function edit(text: string, from: string, to: string): string {
  expect(text, `the seed has ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** Seed 001 (Idun) edited the way a next version is: a reworded sentence, a new chapter, a renamed one, a cut item. */
function idunV2(v1: string): string {
  let v2 = edit(v1, 'Ip-adressen lagras endast tillfälligt.', 'Ip-adressen lagras i högst 30 dagar.');
  v2 = edit(
    v2,
    '\nSamtycke\n\n',
    '\nCookies\n\nVi använder nödvändiga kakor för att hålla dig inloggad i kontrollpanelen. Vi använder inga kakor för reklam.\n\n\u00a0\n\nSamtycke\n\n',
  );
  v2 = edit(v2, '\nTa kontakt\n', '\nKontakta oss\n');
  return edit(v2, '– Alla lösenord krypteras för bättre säkerhet.\n', '');
}

describe('HTML report (renderer)', () => {
  const idun = seed('001');
  const diff = diffPolicies(idun, idunV2(idun), { fileName: 'policy.txt' });
  const report = html(diff, 'v1 → v2');

  it('is one self-contained document: inline style and script, a policy that forbids everything else', () => {
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report).not.toMatch(/<link\b|\ssrc=|@import|url\(/i);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(report)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    // The hashes must be those of the style and script as emitted, or the browser would refuse to run them.
    const style = /<style>([\s\S]*?)<\/style>/.exec(report)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(report)![1]!;
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(style).toContain('@media print');
    expect(style).toContain('prefers-color-scheme: dark');
  });

  it('lists the chapters with their status in the contents', () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(report)![0];
    expect(toc).toMatch(/Information som vi samlar in<\/a> <span class="badge st-inside">changes inside/);
    expect(toc).toMatch(/Av tekniska orsaker<\/a> <span class="badge st-modified">modified/);
    expect(toc).toMatch(/Cookies<\/a> <span class="badge st-added">added/);
    expect(toc).toMatch(/Kontakta oss<\/a> <span class="badge st-renamed">renamed/);
    expect(toc).toMatch(/<li class="quiet"><a href="#s-\d+">Samtycke<\/a>/);
    const ids = [...report.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of report.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('shows a redline: changed words, removed and added sentences, the old heading of a renamed section', () => {
    expect(report).toContain('Ip-adressen lagras <del>endast tillfälligt</del> <ins>i högst 30 dagar</ins>.');
    expect(report).toContain('<del class="whole">Alla lösenord krypteras för bättre säkerhet.</del>');
    expect(report).toContain('<ins class="whole">Vi använder inga kakor för reklam.</ins>');
    expect(report).toContain('Renamed — previously <del class="old-heading">Ta kontakt</del>');
    // Side by side: the old column has only the old words, the new column only the new ones.
    expect(report).toMatch(/<div class="col old">[\s\S]*?Ip-adressen lagras <del>endast tillfälligt<\/del>\.[\s\S]*?<div class="col new">/);
    expect(report).toMatch(/<div class="col new">[\s\S]*?Ip-adressen lagras <ins>i högst 30 dagar<\/ins>\./);
  });

  it('marks moved and formatting-only sections, and lines added to the policy’s own change list (fixture 001 v1 → v2)', () => {
    const pair = html(diffPolicies(fixture('001-idun/v1.txt'), fixture('001-idun/v2.txt'), { fileName: 'policy.txt' }));
    expect(pair).toMatch(/<section class="sec changed lvl-1" id="s-\d+">\s*<h2 class="heading l1"><span>Samtycke<\/span> <span class="badge st-moved">moved<\/span><\/h2>\s*<p class="provenance">Moved here from another place in the policy<\/p>/);
    expect(pair).toMatch(/<section class="sec changed formatting lvl-2" id="s-\d+">\s*<h3 class="heading l2"><span>För tillhandahållandet av tjänsten<\/span> <span class="badge st-formatting">formatting only<\/span>/);
    expect(pair).toContain('<span class="fmt" title="Only the formatting changed">');
    expect(pair).toMatch(/<h2>Added to the policy’s own change list<\/h2><ul><li>14\.3\.2022 Uppdaterade kapitel: /);
  });

  it('folds unchanged chapters into a closed <details>, keeping their text', () => {
    const samtycke = /<details class="sec chapter unchanged lvl-1" id="s-\d+">\s*<summary><h2 class="heading l1"><span>Samtycke<\/span>[\s\S]*?<\/details>/.exec(report);
    expect(samtycke?.[0]).toContain('Genom att använda tjänsten godkänner du den här sekretesspolicyn.');
    expect(samtycke?.[0]).not.toMatch(/<details[^>]* open/);
  });

  it('keeps the line structure of plain text: each line its own paragraph, list items with their glyph', () => {
    const security = /<section class="sec changed lvl-1" id="s-\d+">\s*<h2 class="heading l1"><span>Säkerhet[\s\S]*?<\/section>/.exec(report)![0];
    const redline = /<div class="redline">([\s\S]*?)<\/div>/.exec(security)![1]!;
    const paragraphs = redline.split('\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toBe('<p>Vi tillämpar följande säkerhetsåtgärder för säker hantering av din information:</p>');
    expect(paragraphs[1]).toMatch(/^<p class="li"><span class="marker">–<\/span>All kommunikation till och från tjänsten kräver en krypterad anslutning \(HTTPS\)\. På så sätt/);
    expect(paragraphs[2]).toBe('<p class="li"><span class="marker">–</span><del class="whole">Alla lösenord krypteras för bättre säkerhet.</del></p>');
  });

  it('escapes hostile plain text everywhere: sentences, headings, the title and the file names', () => {
    const oldText = 'Title\n\nIntro\n\nWe keep data. We delete it.\n\nContact\n\nWrite to us.\n';
    const newText = `Title\n\nIntro\n\nWe keep data ${HOSTILE} We delete it.\n\n<b onclick="x">Contact</b>\n\nWrite to us. ${HOSTILE}\n`;
    const hostile = renderers.html.diff(diffPolicies(oldText, newText, { fileName: 'p.txt' }), {
      color: false,
      title: '<script>alert(1)</script>',
      versions: { old: { label: '<img src=x onerror=alert(1)>', date: '<b>2024</b>' } },
    });
    expect(tagNames(hostile).filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile).not.toMatch(EVENT_HANDLER);
    expect(hostile).not.toMatch(/<b[\s>]/);
    expect(hostile).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;');
    expect(hostile).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });

  it('renders Markdown inline formatting but escapes its raw HTML, unsafe links and remote images', () => {
    const oldText = '# Policy\n\n## Data\n\nWe keep **some** data.\n';
    const newText = [
      '# Policy',
      '',
      '## Data',
      '',
      'We keep **some** data.',
      '',
      `New: ${HOSTILE}`,
      '',
      '- Read [our terms](https://example.com/terms) and [this](javascript:window.pwned=3) and ![logo](http://127.0.0.1:9/x.png).',
      '',
      '<div onclick="window.pwned=4">block html</div>',
      '',
    ].join('\n');
    const diff = diffPolicies(oldText, newText, { fileName: 'policy.md' });
    expect(diff.format).toBe('markdown');
    const markdown = html(diff);
    expect(markdown).toContain('We keep <strong>some</strong> data.');
    expect(markdown).toContain('<a href="https://example.com/terms" rel="noopener noreferrer nofollow">our terms</a>');
    expect(markdown).toContain('and this and <span class="img-alt">[logo]</span>');
    expect(markdown).toContain('<p class="li"><span class="marker">•</span><ins class="whole">Read ');
    expect(markdown).toContain('&lt;div onclick=&quot;window.pwned=4&quot;&gt;block html&lt;/div&gt;');
    expect(markdown).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(markdown).not.toMatch(/javascript:|127\.0\.0\.1/);
    expect(tagNames(markdown).filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(markdown.match(/<script/g)).toHaveLength(1);
    expect(markdown).not.toMatch(EVENT_HANDLER);
  });

  it('formats Markdown within the changed words of a sentence', () => {
    const diff = diffPolicies('# P\n\n## Data\n\nWe keep data for you.\n', '# P\n\n## Data\n\nWe keep data *only* for you.\n', { fileName: 'p.md' });
    expect(html(diff)).toContain('<span class="chg">We keep data <ins><em>only</em> </ins>for you.</span>');
  });

  it('says so when nothing changed, every chapter folded', () => {
    const same = html(diffPolicies(seed('001'), seed('001'), { fileName: 'policy.txt' }));
    expect(same).toContain('<p class="stats">No changes.</p>');
    expect(same).not.toContain('class="sec changed');
    // Seven chapters and the introduction.
    expect(same.match(/<details class="sec chapter unchanged lvl-1"/g)).toHaveLength(7);
    expect(same).toMatch(/<details class="sec chapter unchanged lvl-0" id="s-0">/);
  });

  it('shows the significance notice when the diff carries one: the reasons at its level, linked, escaped', () => {
    expect(report).not.toContain('class="notice');
    const reason = (level: string, messageEn: string) => ({ category: 'wording', level, rule: 'typo', path: ['Säkerhet'], triggers: [], message: messageEn, messageEn });
    const classified = {
      ...diff,
      significance: {
        level: 'significant',
        reasons: [
          {
            category: 'retention',
            level: 'significant',
            rule: 'period-longer',
            path: ['Information som vi samlar in', 'Av tekniska orsaker'],
            message: 'Lagringstid ändrad',
            messageEn: 'Retention period changed <b>',
            triggers: ['30 dagar'],
          },
          ...Array.from({ length: 9 }, (_, i) => reason('significant', `Reason ${i}`)),
          reason('significant', 'Reason 0'),
          reason('editorial', 'A typo was fixed'),
        ],
      },
    } as PolicyDiff;
    const notice = /<aside class="notice level-significant"[\s\S]*?<\/aside>/.exec(html(classified))?.[0];
    const index = diff.sections.findIndex((section) => section.heading === 'Av tekniska orsaker');
    expect(notice).toContain('Significant change');
    expect(notice).toContain(
      `<li>Retention period changed &lt;b&gt; <span class="where">(<a href="#s-${index}">Information som vi samlar in › Av tekniska orsaker</a>)</span></li>`,
    );
    // Five findings, the most serious first, then how many more: the same summary as every other output.
    expect(notice).toContain('<li>Reason 3 <span class="where">(<a href="#s-');
    expect(notice).not.toContain('Reason 4');
    expect(notice).toContain('<li class="more">and 5 more</li>');
    expect(notice).not.toContain('A typo was fixed');
    expect(notice?.match(/Reason 0/g)).toHaveLength(1);
    // A malformed value is no reason to fail the whole report.
    expect(html({ ...diff, significance: { level: 'bogus' } } as unknown as PolicyDiff)).not.toContain('class="notice');
  });

  it('shows what the real classifier finds (seed 001 edited: a longer retention period, cookies)', () => {
    const notice = /<aside class="notice level-(\w+)"[\s\S]*?<\/aside>/.exec(html(withSignificance(diff)));
    expect(notice?.[1]).toBe('significant');
    expect(notice?.[0]).toContain('Retention period grows: tillfälligt → 30 dagar.');
    expect(notice?.[0]).not.toContain('Heading renamed');
  });

  it('puts several diffs on one page (a history), each under its heading, with ids unique on the page', () => {
    const idun = seed('001');
    const first = diffPolicies(idun, idunV2(idun), { fileName: 'policy.txt' });
    const second = diffPolicies(idunV2(idun), edit(idunV2(idun), 'Det finns ingen reklam på Idun.', 'Det finns ingen reklam.'), { fileName: 'policy.txt' });
    const page = renderReportHtml(
      [
        { heading: '2024-05-02 · policy.txt', details: ['b2c3d4e Shorter <script>x</script> (Ana)'], diff: second },
        { heading: '2024-05-01 · policy.txt', details: ['a1b2c3d Retention (Bo)'], diff: first },
      ],
      { title: 'policy.txt since v1', versions: { old: { label: 'v1', date: '2024-01-01' }, new: { label: 'HEAD', date: '2024-05-02' } }, emptyText: 'No changes.' },
    );
    expect(page).toContain('<h1>policy.txt since v1</h1>');
    expect(page).toContain('<dt>Before</dt><dd>v1 <time>2024-01-01</time></dd>');
    expect(page).toContain('<p class="stats">2 changes, newest first.</p>');
    expect(page).toMatch(/<article class="entry" id="c1">\s*<h2 class="entry-heading">2024-05-02 · policy.txt<\/h2>\s*<ul class="entry-details"><li>b2c3d4e Shorter &lt;script&gt;x&lt;\/script&gt; \(Ana\)<\/li>/);
    expect(page).toContain('<h3 class="heading l1"><span>Cookies</span>');
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
    // The contents list each change with its changed chapters only.
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(page)![0];
    expect(toc).toContain('<li><a href="#c1">2024-05-02 · policy.txt</a><ol><li><a href="#c1-s-');
    expect(toc).not.toContain('Samtycke');
    // Unchanged chapters are left out of a history rather than repeated for every change.
    expect(page).not.toContain('Genom att använda tjänsten godkänner du');
    expect(page).toContain('<p class="omitted">7 unchanged chapters and the unchanged introduction not shown.</p>');
    expect(page).toContain('<p class="omitted">4 unchanged chapters and the unchanged introduction not shown.</p>');
    expect(renderReportHtml([], { title: 'policy.txt since v9', emptyText: 'No changes to policy.txt since v9.' })).toContain('<p class="stats">No changes to policy.txt since v9.</p>');
  });

  it('makes page entries of history changes and of file diffs between revisions', () => {
    const diff = diffPolicies(seed('001'), idunV2(seed('001')), { fileName: 'policy.txt' });
    const commits = [
      { hash: 'a1b2c3d4e5f6', author: 'Bo Ek', subject: 'Retention' },
      { hash: 'f6e5d4c3b2a1', author: 'Ana Berg', subject: 'Cookies' },
    ];
    expect(changeEntry({ file: 'privacy.txt', previousFile: 'policy.txt', date: '2024-05-01', commits, diff })).toEqual({
      heading: '2024-05-01 · privacy.txt (renamed from policy.txt)',
      details: ['a1b2c3d Retention (Bo Ek)', 'f6e5d4c Cookies (Ana Berg)'],
      diff,
    });
    const entry = fileDiffEntry({ file: 'privacy.txt', diff }, { old: { label: 'v1' }, new: { label: 'HEAD' } });
    const page = renderReportHtml([entry], { title: 'v1 → HEAD', emptyText: 'No changes.' });
    expect(page).toContain('<div class="col old"><div class="colhead">v1</div>');
    expect(page).toContain('<div class="col new"><div class="colhead">HEAD</div>');
  });

  it('renders a policy outline (sections --format html), escaped', () => {
    const outline = renderers.html.outline(parsePolicy(`# Policy\n\n## Data <script>x</script>\n\n${HOSTILE}\n`, { fileName: 'p.md' }), { color: false });
    expect(outline).toContain('Data &lt;script&gt;x&lt;/script&gt;');
    expect(outline.match(/<script/g)).toHaveLength(1);
    expect(outline).not.toMatch(EVENT_HANDLER);
  });
});

describe('HTML report of a long history (trimmed)', () => {
  const sentences = Array.from({ length: 12 }, (_, index) => `We keep record ${index + 1} for the service.`);
  const text = (body: string[]) => `# Policy\n\n## Data\n\n${body.join(' ')}\n\n### Storage\n\nWe store data in Sweden.\n`;
  const changed = sentences.map((sentence, index) => (index === 4 ? 'We keep record 5 for the service and for marketing.' : sentence));
  const diff = withSignificance(diffPolicies(text(sentences), text(changed), { fileName: 'privacy.md' }));
  const page = (keptContext?: number) =>
    renderReportHtml([changeEntry({ file: 'privacy.md', date: '2024-05-01', commits: [], diff })], { title: 't', emptyText: '', ...(keptContext === undefined ? {} : { keptContext }) });

  it('shows one unchanged sentence before and after a change, counts the others, and leaves the columns to the script', () => {
    const trimmed = page(1);
    const redline = /<div class="redline">([\s\S]*?)<\/div>/.exec(trimmed)![1]!;
    expect(redline).toContain('<p class="elided">… 3 unchanged sentences …</p>');
    expect(redline).toContain('We keep record 4 for the service.');
    expect(redline).toContain('<ins>and for marketing</ins>');
    expect(redline).toContain('We keep record 6 for the service.');
    expect(redline).not.toContain('We keep record 3 ');
    expect(redline).not.toContain('We keep record 7 ');
    expect(redline).toContain('<p class="elided">… 6 unchanged sentences …</p>');
    expect(trimmed).toContain('<div class="sbs" data-old="Before" data-new="After"></div>');
    expect(trimmed).not.toContain('<div class="col old">');
    // The unchanged subsection of the changed chapter: its heading, not its text.
    expect(trimmed).toContain('<p class="elided">Unchanged (1 sentence).</p>');
    expect(trimmed).not.toContain('We store data in Sweden.');
  });

  it('shows everything without a context', () => {
    const whole = page();
    expect(whole).not.toContain('class="elided"');
    for (const sentence of sentences.filter((_, index) => index !== 4)) expect(whole).toContain(sentence);
    expect(whole).toContain('We store data in Sweden.');
    expect(whole).toContain('<div class="col old">');
  });
});

describe('policydiff diff --format html / --html', () => {
  it('prints the report with --format html and writes the same report with --html', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'v1.txt'), seed('001'));
    writeFileSync(join(dir, 'v2.txt'), idunV2(seed('001')));
    const printed = runCli(['diff', 'v1.txt', 'v2.txt', '--format', 'html'], { cwd: dir });
    expect(printed.stderr).toBe('');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^<!doctype html>[\s\S]*<h1>v1\.txt → v2\.txt<\/h1>[\s\S]*<\/html>\n$/);

    const written = runCli(['diff', 'v1.txt', 'v2.txt', '--html', 'report.html'], { cwd: dir });
    expect(written.status).toBe(0);
    expect(written.stdout).toContain('Kontakta oss (was "Ta kontakt")  [renamed]');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(printed.stdout);
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'v1.txt', 'v2.txt']);
  });

  it('fails with exit code 9 and one line when the report cannot be written, leaving no temp file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'v1.txt'), seed('001'));
    writeFileSync(join(dir, 'v2.txt'), idunV2(seed('001')));
    // Folder permissions do not stop root (CI runs as root); a missing folder and a folder in the way do.
    const missing = runCli(['diff', 'v1.txt', 'v2.txt', '--html', join('no-such-folder', 'report.html')], { cwd: dir });
    expect(missing.status).toBe(ExitCode.write);
    expect(missing.stderr).toBe('policydiff: cannot write "no-such-folder/report.html": the folder "no-such-folder" does not exist: create it first\n');
    expect(missing.stdout).toBe('');

    const overwrite = runCli(['diff', 'v1.txt', 'v2.txt', '--html', './v2.txt'], { cwd: dir });
    expect(overwrite.status).toBe(ExitCode.usage);
    expect(overwrite.stderr).toMatch(/^policydiff: --html "\.\/v2\.txt" is one of the files being compared/);
    expect(readFileSync(join(dir, 'v2.txt'), 'utf8')).toBe(idunV2(seed('001')));

    mkdirSync(join(dir, 'report.html'));
    writeFileSync(join(dir, 'report.html', 'keep.txt'), 'x');
    const blocked = runCli(['diff', 'v1.txt', 'v2.txt', '--html', 'report.html'], { cwd: dir });
    expect(blocked.status).toBe(ExitCode.write);
    expect(blocked.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(blocked.stderr).toMatch(/^policydiff: cannot write "report\.html": /);
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'v1.txt', 'v2.txt']);
  });
});

describe('policydiff since / log / diff <rev> --format html', () => {
  /** v1 (tag) → data edited → rights edited (tag v2), a month apart. */
  function history() {
    return makeRepo([
      { message: 'Add privacy policy', date: '2021-01-05T10:00:00+01:00', files: { 'privacy.md': policy() }, tag: 'v1' },
      { message: 'Collect <b>phone</b> numbers', date: '2021-02-05T10:00:00+01:00', files: { 'privacy.md': policy({ data: 'Vi samlar in namn och telefonnummer.' }) } },
      {
        message: 'Right to erasure',
        date: '2021-03-05T10:00:00+01:00',
        files: { 'privacy.md': policy({ data: 'Vi samlar in namn och telefonnummer.', rights: 'Du har rätt att begära radering.' }) },
        tag: 'v2',
      },
    ]);
  }

  it('since: one page, the changes newest first, each with its commits and its changed chapters', () => {
    const repo = history();
    const result = runCli(['since', 'v1', '--format', 'html'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const page = result.stdout;
    expect(page).toContain('<h1>privacy.md since v1</h1>');
    expect(page).toContain('<dt>Before</dt><dd>v1</dd></div><div><dt>After</dt><dd>HEAD <time>2021-03-05</time></dd>');
    const headings = [...page.matchAll(/<h2 class="entry-heading">([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(['2021-03-05 · privacy.md', '2021-02-05 · privacy.md']);
    expect(page).toMatch(/<ul class="entry-details"><li>[0-9a-f]{7} Collect &lt;b&gt;phone&lt;\/b&gt; numbers \(Test Owner\)<\/li><\/ul>/);
    expect(page).toContain('<h3 class="heading l1"><span>Dina rättigheter</span> <span class="badge st-modified">modified</span></h3>');
    // Each change opens with the changelog line the text output gives it.
    const text = runCli(['since', 'v1'], { cwd: repo.dir }).stdout;
    const summaries = [...page.matchAll(/<p class="entry-summary">([^<]*)<\/p>/g)].map((match) => match[1]);
    expect(summaries).toHaveLength(2);
    for (const summary of summaries) expect(text).toContain(summary);
    expect(page.match(/<!doctype html>/g)).toHaveLength(1);
  });

  it('log --html writes the page and prints the usual text; an empty range says so', () => {
    const repo = history();
    const written = runCli(['log', '--html', 'changes.html'], { cwd: repo.dir });
    expect(written.status).toBe(0);
    // Rectification gives way to erasure: a right removed, so the entry line carries the notice.
    expect(written.stdout).toMatch(/^5\.3\.2021 Uppdaterade kapitel: Dina rättigheter\.\n\nRättighet som tagits bort eller begränsats: “rättelse”\. Rättighet som lagts till eller förtydligats: “radering”\.\s+2021-03-05  privacy\.md/);
    const page = readFileSync(join(repo.dir, 'changes.html'), 'utf8');
    expect(page).toBe(runCli(['log', '--format', 'html'], { cwd: repo.dir }).stdout);
    expect(page.match(/<article class="entry"/g)).toHaveLength(3);
    const empty = runCli(['since', 'v2', '--format', 'html'], { cwd: repo.dir });
    expect(empty.stdout).toContain('<p class="stats">No changes to privacy.md since v2.</p>');
  });

  it('--html takes its path from where -C points, and never overwrites a policy file', () => {
    const repo = history();
    const elsewhere = tempDir();
    const written = runCli(['since', 'v1', '-C', repo.dir, '--html', 'changes.html'], { cwd: elsewhere });
    expect(written.status).toBe(0);
    expect(readFileSync(join(repo.dir, 'changes.html'), 'utf8')).toContain('<h1>privacy.md since v1</h1>');
    expect(readdirSync(elsewhere)).toEqual([]);

    const before = readFileSync(join(repo.dir, 'privacy.md'), 'utf8');
    for (const args of [['log', '--html', 'privacy.md'], ['diff', 'v1', 'v2', '--html', './privacy.md', '--', 'privacy.md']]) {
      const refused = runCli(args, { cwd: repo.dir });
      expect(refused.status).toBe(ExitCode.usage);
      expect(refused.stderr).toMatch(/^policydiff: --html "(\.\/)?privacy\.md" is one of the files being compared/);
    }
    expect(readFileSync(join(repo.dir, 'privacy.md'), 'utf8')).toBe(before);
  });

  it('diff <rev> <rev>: one page with a section per file, columns named after the revisions', () => {
    const repo = history();
    const result = runCli(['diff', 'v1', 'v2', '--format', 'html', '--', 'privacy.md'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<h1>privacy.md: v1 → v2</h1>');
    expect(result.stdout).toContain('<div class="col old"><div class="colhead">v1</div>');
    expect(result.stdout).toContain('<div class="col new"><div class="colhead">v2</div>');
  });
});

/** The browser's own global, typed as much as these tests use (the project's types have no DOM). */
type StyleWindow = { getComputedStyle(element: unknown): { getPropertyValue(property: string): string } };

/** Reads a computed style through the browser: what the reader sees, not what the CSS says. */
const computed = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => (globalThis as unknown as StyleWindow).getComputedStyle(element).getPropertyValue(name), property);

describe('HTML report in headless Chromium (end to end)', () => {
  let browser: Browser;
  let dir: string;
  let reportUrl: string;
  let json: PolicyDiff;

  // One report for all the browser tests, made by the real CLI from two versions of seed 001.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policydiff-report-'));
    writeFileSync(join(dir, 'privacy-2021.txt'), seed('001'));
    writeFileSync(join(dir, 'privacy-2024.txt'), idunV2(seed('001')));
    const run = runCli(['diff', 'privacy-2021.txt', 'privacy-2024.txt', '--html', 'report.html'], { cwd: dir });
    expect(run.stderr).toBe('');
    json = JSON.parse(runCli(['diff', 'privacy-2021.txt', 'privacy-2024.txt', '--format', 'json'], { cwd: dir }).stdout) as PolicyDiff;
    reportUrl = pathToFileURL(join(dir, 'report.html')).href;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a reader the redline, the notice if any, and switches to side by side', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(reportUrl);

    // Nothing but the file itself is fetched, and the report's own script runs under its policy.
    expect(requests).toEqual([reportUrl]);
    expect(errors).toEqual([]);
    await expect(page.locator('.expand-all').isVisible()).resolves.toBe(true);

    const section = page.locator('section.changed', { hasText: 'Av tekniska orsaker' });
    const struck = section.locator('.redline del', { hasText: 'endast tillfälligt' });
    const inserted = section.locator('.redline ins', { hasText: 'i högst 30 dagar' });
    await expect(struck.isVisible()).resolves.toBe(true);
    await expect(inserted.isVisible()).resolves.toBe(true);
    expect(await computed(struck, 'text-decoration-line')).toBe('line-through');
    expect(await computed(inserted, 'text-decoration-line')).toBe('underline');
    await expect(page.locator('section.changed', { hasText: 'Kontakta oss' }).locator('del.old-heading').innerText()).resolves.toBe('Ta kontakt');

    // The CLI classifies every diff: a longer retention period and new cookies make this one significant.
    expect(json.significance?.level).toBe('significant');
    const notice = page.locator('.notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    const noticeText = await notice.innerText();
    expect(noticeText).toContain('Significant change');
    expect(noticeText).toContain('Retention period grows: tillfälligt → 30 dagar.');

    // Unchanged chapters are folded: their text is there but not shown.
    const consent = page.locator('details.chapter', { hasText: 'Samtycke' });
    await expect(consent.getByText('Genom att använda tjänsten').isVisible()).resolves.toBe(false);

    const shot = await page.screenshot();
    const colours = await pngColours(browser.context, shot);
    expect(colours.width).toBe(1280);
    expect(colours.colours).toBeGreaterThan(50);
    expect(colours.dominant).toBeLessThan(0.97);
    writeFileSync(join(dir, 'report.png'), shot);
    const keep = process.env.POLICYDIFF_SCREENSHOT;
    if (keep !== undefined && keep !== '') {
      mkdirSync(dirname(resolve(keep)), { recursive: true });
      writeFileSync(resolve(keep), shot);
    }

    // A reason links to its section.
    await notice.getByRole('link', { name: 'Säkerhet' }).click();
    expect(new URL(page.url()).hash).toMatch(/^#s-\d+$/);

    // Side by side: the redline hides, old and new columns stand next to each other.
    await page.getByText('Side by side', { exact: true }).click();
    await expect(section.locator('.redline').isVisible()).resolves.toBe(false);
    const oldColumn = section.locator('.col.old');
    const newColumn = section.locator('.col.new');
    await expect(oldColumn.locator('del', { hasText: 'endast tillfälligt' }).isVisible()).resolves.toBe(true);
    await expect(newColumn.locator('ins', { hasText: 'i högst 30 dagar' }).isVisible()).resolves.toBe(true);
    await expect(newColumn.getByText('endast tillfälligt').count()).resolves.toBe(0);
    const [left, right] = [await oldColumn.boundingBox(), await newColumn.boundingBox()];
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
    await page.getByText('Redline', { exact: true }).click();
    await expect(struck.isVisible()).resolves.toBe(true);

    // Print: everything unfolded, the redline (not the columns), no controls.
    await page.getByText('Side by side', { exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(consent.getByText('Genom att använda tjänsten').isVisible()).resolves.toBe(true);
    await expect(struck.isVisible()).resolves.toBe(true);
    await expect(page.locator('.controls').isVisible()).resolves.toBe(false);
    await expect(section.locator('.sbs').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows a seed history (since) on one page: each change under its date, its redline, the toggle', async () => {
    const history = JSON.parse(fixture('history-001/history.json')) as { file: string; commits: { version: string; date: string; subject: string }[] };
    const repo = makeRepo(
      history.commits.map((commit, index) => ({
        message: commit.subject,
        date: commit.date,
        files: { [history.file]: fixture(`history-001/${commit.version}`) },
        ...(index === 0 ? { tag: 'v0' } : {}),
      })),
    );
    expect(runCli(['since', 'v0', '--html', 'history.html'], { cwd: repo.dir }).status).toBe(0);
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(join(repo.dir, 'history.html')).href;
    await page.goto(url);
    expect(requests).toEqual([url]);
    await expect(page.locator('h2.entry-heading').allInnerTexts()).resolves.toEqual(['2021-11-18 · integritet.txt', '2021-09-03 · integritet.txt']);
    const newest = page.locator('article.entry').first();
    // Each change carries its own notice.
    await expect(page.locator('article.entry .notice').count()).resolves.toBe(2);
    await expect(newest.locator('.notice .headline').innerText()).resolves.toBe('Significant change');
    await expect(newest.getByText('Uppdaterade kapitel: Hur informationen används och Säkerhet', { exact: false }).first().isVisible()).resolves.toBe(true);
    const added = newest.locator('section.changed', { hasText: 'Användaren har full kontroll över sin information' }).locator('.redline ins').first();
    await expect(added.isVisible()).resolves.toBe(true);
    expect(await computed(added, 'text-decoration-line')).toBe('underline');
    await page.getByText('Side by side', { exact: true }).click();
    await expect(newest.locator('.sbs').first().isVisible()).resolves.toBe(true);
    await expect(newest.locator('.redline').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows a long history with context around each change, and makes its columns when they are first shown', async () => {
    const long = Array.from({ length: 40 }, (_, index) => `Vi sparar uppgift ${index + 1} så länge tjänsten används.`);
    const edited = long.map((sentence, index) => (index === 20 ? 'Vi sparar uppgift 21 i högst 30 dagar.' : sentence));
    const body = (sentences: string[]) => `# Integritetspolicy\n\n## Lagring\n\n${sentences.join(' ')}\n`;
    const repo = makeRepo([
      { message: 'First', date: '2021-01-05T10:00:00+01:00', files: { 'privacy.md': body(long) }, tag: 'v0' },
      { message: 'Shorter storage', date: '2021-02-05T10:00:00+01:00', files: { 'privacy.md': body(edited) } },
    ]);
    expect(runCli(['since', 'v0', '--html', 'history.html'], { cwd: repo.dir }).status).toBe(0);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(repo.dir, 'history.html')).href);
    const section = page.locator('section.changed').first();
    await expect(section.locator('.redline .elided').allInnerTexts()).resolves.toEqual(['… 19 unchanged sentences …', '… 18 unchanged sentences …']);
    await expect(section.locator('.sbs .col').count()).resolves.toBe(0);
    await page.getByText('Side by side', { exact: true }).click();
    const [oldColumn, newColumn] = [section.locator('.col.old'), section.locator('.col.new')];
    await expect(oldColumn.locator('.colhead').innerText()).resolves.toBe('BEFORE');
    await expect(oldColumn.locator('del', { hasText: 'så länge tjänsten används' }).isVisible()).resolves.toBe(true);
    await expect(oldColumn.getByText('i högst 30 dagar').count()).resolves.toBe(0);
    await expect(newColumn.locator('ins', { hasText: 'i högst 30 dagar' }).isVisible()).resolves.toBe(true);
    const newText = await newColumn.innerText();
    expect(newText).toContain('Vi sparar uppgift 20 så länge tjänsten används.');
    expect(newText).toContain('Vi sparar uppgift 22 så länge tjänsten används.');
    await expect(newColumn.locator('.elided').count()).resolves.toBe(2);
    const [left, right] = [await oldColumn.boundingBox(), await newColumn.boundingBox()];
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads well in dark mode', async () => {
    const dark = await launchBrowser({ colorScheme: 'dark' });
    try {
      const page = await dark.context.newPage();
      await page.goto(reportUrl);
      const background = await computed(page.locator('html'), 'background-color');
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r! + g! + b!).toBeLessThan(3 * 60);
      const text = await computed(page.locator('body'), 'color');
      expect((text.match(/\d+/g) ?? []).map(Number).slice(0, 3).reduce((sum, value) => sum + value, 0)).toBeGreaterThan(3 * 180);
    } finally {
      await dark.close();
    }
  });

  it('shows hostile policy text as text: no script runs, no image loads', async () => {
    const hostileDir = tempDir();
    writeFileSync(join(hostileDir, 'old.md'), '# Policy\n\n## Data\n\nWe keep data.\n');
    writeFileSync(join(hostileDir, 'new.md'), `# Policy\n\n## Data\n\nWe keep data. ${HOSTILE}\n\n<img src=x onerror="window.pwned = 3">\n\n<script>window.pwned = 4</script>\n`);
    expect(runCli(['diff', 'old.md', 'new.md', '--html', 'report.html'], { cwd: hostileDir }).status).toBe(0);
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(hostileDir, 'report.html')).href);
    await expect(page.evaluate('window.pwned')).resolves.toBeUndefined();
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>window.pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.pwned = 3">');
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
