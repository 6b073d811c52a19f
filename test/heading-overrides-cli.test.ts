import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type RunResult } from './support/cli.js';
import { makeRepo, scratchDir, type TestRepo } from './support/repo.js';

/**
 * The config's `"headings"` through every command that parses a policy, on a real repository: "Kontakt" is a line
 * inside the security chapter's block (not a heading by its looks), "Observera" looks like a subsection heading but
 * is a remark. The one edit of the history is in the contact text.
 */

const CONTACT_V1 = 'Du når vårt dataskyddsombud på dpo@larka.example.';
const CONTACT_V2 = 'Du når vårt dataskyddsombud på dpo@larka.example eller på telefon 046-123 45 67.';

function policyText(contact: string): string {
  return [
    'INTEGRITETSPOLICY',
    '',
    'Den här policyn beskriver hur appen Lärka behandlar dina personuppgifter och vilka rättigheter du har.',
    '',
    'Information som vi samlar in',
    '',
    'Vi samlar in ditt namn och din e-postadress när du registrerar dig i appen.',
    '',
    'Observera',
    'Uppgifterna lämnas aldrig ut till någon annan och används bara för att driva tjänsten.',
    '',
    'Säkerhet',
    '',
    'Vi krypterar all trafik mellan appen och våra servrar och lagrar uppgifterna inom EU.',
    'Kontakt',
    contact,
    '',
  ].join('\n');
}

const CONFIG = { headings: { add: ['Kontakt'], ignore: ['Observera'] } };

function repository(): TestRepo {
  return makeRepo([
    { message: 'Policy', date: '2021-03-01T10:00:00+01:00', files: { 'integritet.txt': policyText(CONTACT_V1) }, tag: 'v1' },
    { message: 'Telefon', date: '2021-11-18T10:00:00+01:00', files: { 'integritet.txt': policyText(CONTACT_V2) } },
  ]);
}

function withConfig(repo: TestRepo, config: unknown = CONFIG): void {
  writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify(config));
}

function ok(result: RunResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

interface JsonSection {
  status: string;
  heading: string;
  level: number;
  modified?: boolean;
}
const changedChapters = (sections: JsonSection[]) => sections.filter((s) => s.level > 0 && s.status !== 'unchanged').map((s) => `${s.status} ${s.heading}`);

describe('config "headings" through the CLI', () => {
  it('sections: "Kontakt" becomes a chapter and "Observera" text of its chapter', () => {
    const repo = repository();
    const before = ok(runCli(['sections', 'integritet.txt'], { cwd: repo.dir }));
    expect(before).toContain('\n    Observera  (line 9, 1 block)\n');
    expect(before).not.toMatch(/^\s+Kontakt/m);
    withConfig(repo);
    const after = ok(runCli(['sections', 'integritet.txt'], { cwd: repo.dir }));
    expect(after).toBe(
      [
        'INTEGRITETSPOLICY  [text]',
        '  (preamble: 1 blocks)',
        '  Information som vi samlar in  (line 5, 3 blocks)',
        '  Säkerhet  (line 12, 1 block)',
        '  Kontakt  (line 15, 1 block)',
        '',
      ].join('\n'),
    );
  });

  it('since, log, diff <rev> <rev>, diff <rev> and diff of two files report the edit in the added chapter', () => {
    const repo = repository();
    const since = (cwd: string) => JSON.parse(ok(runCli(['since', 'v1', '--format', 'json'], { cwd })));
    expect(changedChapters(since(repo.dir).changes[0].sections)).toEqual(['modified Säkerhet']);
    withConfig(repo);
    const change = since(repo.dir).changes[0];
    expect(changedChapters(change.sections)).toEqual(['modified Kontakt']);
    expect(change.entry).toMatch(/^18\.11\.2021 Uppdaterade kapitel: Kontakt\./);

    const log = JSON.parse(ok(runCli(['log', '--format', 'json'], { cwd: repo.dir })));
    expect(log.changes.map((c: { sections: JsonSection[] }) => changedChapters(c.sections))).toEqual([['modified Kontakt'], ['added Information som vi samlar in', 'added Säkerhet', 'added Kontakt']]);

    const revisions = JSON.parse(ok(runCli(['diff', 'v1', 'HEAD', '--format', 'json'], { cwd: repo.dir })));
    expect(changedChapters(revisions.files[0].sections)).toEqual(['modified Kontakt']);

    repo.write('integritet.txt', policyText(`${CONTACT_V2} Vi svarar inom en månad.`));
    const workingTree = JSON.parse(ok(runCli(['diff', 'HEAD', '--format', 'json'], { cwd: repo.dir })));
    expect(changedChapters(workingTree.files[0].sections)).toEqual(['modified Kontakt']);

    repo.write('v1.txt', policyText(CONTACT_V1));
    const files = JSON.parse(ok(runCli(['diff', 'v1.txt', 'integritet.txt', '--format', 'json'], { cwd: repo.dir })));
    expect(changedChapters(files.sections)).toEqual(['modified Kontakt']);
  });

  it('changelog and notes name the added chapter', () => {
    const repo = repository();
    withConfig(repo);
    const changelog = runCli(['changelog', 'v1', '--write', 'CHANGELOG.md', '--dry-run'], { cwd: repo.dir });
    expect(changelog.stderr).toBe('policydiff: would add 1 entry to CHANGELOG.md (dry run: nothing written).\n');
    expect(changelog.stdout).toContain('+- 18.11.2021 Uppdaterade kapitel: Kontakt.');
    const notes = runCli(['notes', 'v1', '--store', 'play'], { cwd: repo.dir });
    expect(notes.stderr).toBe('');
    expect(notes.stdout).toContain('Uppdaterade kapitel: Kontakt.');
  });

  it('the policy’s own change list is found under an added heading', () => {
    // Directly under the contact text, not a heading by its looks.
    const list = 'Ändringar\n1.3.2021 Första versionen.\n';
    const repo = makeRepo([
      { message: 'Policy', date: '2021-03-01T10:00:00+01:00', files: { 'integritet.txt': policyText(CONTACT_V1) + list }, tag: 'v1' },
      { message: 'Telefon', date: '2021-11-18T10:00:00+01:00', files: { 'integritet.txt': policyText(CONTACT_V2) + list } },
    ]);
    const without = runCli(['changelog', 'v1', '--in-policy', '--dry-run'], { cwd: repo.dir });
    expect(without.status).toBe(3);
    expect(without.stderr).toMatch(/^policydiff: no change list in integritet.txt/);
    withConfig(repo, { headings: { add: ['Kontakt', 'Ändringar'] } });
    const patch = runCli(['changelog', 'v1', '--in-policy', '--dry-run'], { cwd: repo.dir });
    expect(patch.stderr).toBe('policydiff: would add 1 entry to integritet.txt (dry run: nothing written).\n');
    expect(patch.stdout).toContain('\n 1.3.2021 Första versionen.\n+18.11.2021 Uppdaterade kapitel: Kontakt.\n');
  });

  it('warns on stderr about an override that matches no line, and still prints the result', () => {
    const repo = repository();
    withConfig(repo, { headings: { add: ['Kontakt', 'Cookies'], ignore: ['Observera', 'Bilagor'] } });
    for (const args of [['sections', 'integritet.txt'], ['since', 'v1'], ['diff', 'v1', 'HEAD']]) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Kontakt');
      expect(result.stderr).toBe(
        'policydiff: "headings" in policydiff.config.json: "Cookies", "Bilagor" match no line of integritet.txt: check the spelling against the policy, or remove it\n',
      );
    }
  });

  it('per-file overrides apply to the files their glob matches, in history and to files given by path', () => {
    const repo = makeRepo([
      { message: 'Policies', date: '2021-03-01T10:00:00+01:00', files: { 'legal/integritet.txt': policyText(CONTACT_V1), 'integritet.txt': policyText(CONTACT_V1) }, tag: 'v1' },
      { message: 'Telefon', date: '2021-11-18T10:00:00+01:00', files: { 'legal/integritet.txt': policyText(CONTACT_V2), 'integritet.txt': policyText(CONTACT_V2) } },
    ]);
    withConfig(repo, { headings: { 'legal/**': { add: ['Kontakt'] }, '*.md': { add: ['Cookies'] } } });
    const since = JSON.parse(ok(runCli(['since', 'v1', '--format', 'json'], { cwd: repo.dir })));
    expect(since.changes.map((change: { file: string; sections: JsonSection[] }) => [change.file, changedChapters(change.sections)])).toEqual([
      ['integritet.txt', ['modified Säkerhet']],
      ['legal/integritet.txt', ['modified Kontakt']],
    ]);
    const inLegal = ok(runCli(['sections', '-C', join(repo.dir, 'legal'), 'integritet.txt'], { cwd: repo.dir }));
    expect(inLegal).toContain('\n  Kontakt  (line 15, 1 block)\n');
    expect(ok(runCli(['sections', 'integritet.txt'], { cwd: repo.dir }))).not.toContain('  Kontakt');

    withConfig(repo, { headings: { 'legal/**': { add: ['Kontakt', 'Cookies'] }, '*.txt': { ignore: ['Bilagor'] } } });
    const warned = runCli(['diff', 'v1', 'HEAD'], { cwd: repo.dir });
    expect(warned.status).toBe(0);
    expect(warned.stderr).toBe(
      [
        'policydiff: "headings" in policydiff.config.json: "Bilagor" matches no line of integritet.txt: check the spelling against the policy, or remove it',
        'policydiff: "headings" in policydiff.config.json: "Cookies" matches no line of legal/integritet.txt: check the spelling against the policy, or remove it',
        '',
      ].join('\n'),
    );
  });

  it('a bad "headings" value is a config error naming the key, also for a diff of two files', () => {
    const repo = repository();
    withConfig(repo, { headings: { add: 'Kontakt' } });
    repo.write('v1.txt', policyText(CONTACT_V1));
    const result = runCli(['diff', 'v1.txt', 'integritet.txt'], { cwd: repo.dir });
    expect(result.status).toBe(8);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policydiff: "headings.add" in policydiff.config.json must be a list of non-empty strings: give heading lines, e.g. ["privacy.md"]\n');
  });
});

describe('-C with file paths', () => {
  it('diff and sections read relative paths, the report and the config from <dir>, like git -C', () => {
    const repo = repository();
    withConfig(repo);
    mkdirSync(join(repo.dir, 'old'));
    writeFileSync(join(repo.dir, 'old', 'integritet.txt'), policyText(CONTACT_V1));
    const elsewhere = scratchDir();
    // Same names in the folder it runs in, holding other text: -C must not read them.
    copyFileSync(join(repo.dir, 'integritet.txt'), join(elsewhere, 'unrelated.txt'));
    mkdirSync(join(elsewhere, 'old'));
    writeFileSync(join(elsewhere, 'old', 'integritet.txt'), 'Annan text.\n');

    const diff = runCli(['diff', 'old/integritet.txt', 'integritet.txt', '-C', repo.dir, '--format', 'json', '--html', 'report.html'], { cwd: elsewhere });
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    expect(changedChapters(JSON.parse(diff.stdout).sections)).toEqual(['modified Kontakt']);
    expect(existsSync(join(repo.dir, 'report.html'))).toBe(true);
    expect(existsSync(join(elsewhere, 'report.html'))).toBe(false);
    rmSync(join(repo.dir, 'report.html'));
    const overwrite = runCli(['diff', '-C', repo.dir, 'old/integritet.txt', 'integritet.txt', '--html', 'integritet.txt'], { cwd: elsewhere });
    expect(overwrite.status).toBe(2);
    expect(overwrite.stderr).toMatch(/^policydiff: --html "integritet\.txt" is one of the files being compared/);
    expect(readFileSync(join(repo.dir, 'integritet.txt'), 'utf8')).toBe(policyText(CONTACT_V2));

    const sections = ok(runCli(['sections', '-C', repo.dir, 'integritet.txt'], { cwd: elsewhere }));
    expect(sections).toContain('\n  Kontakt  (line 15, 1 block)\n');

    const missing = runCli(['diff', '-C', repo.dir, 'old/integritet.txt', 'nowhere.txt'], { cwd: elsewhere });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toBe('policydiff: "nowhere.txt" does not exist: check the path\n');
    const notAFolder = runCli(['sections', '-C', join(elsewhere, 'unrelated.txt'), 'integritet.txt'], { cwd: elsewhere });
    expect(notAFolder.status).toBe(2);
    expect(notAFolder.stderr).toMatch(/^policydiff: ".*unrelated\.txt" is not a folder: give -C/);
  });
});
