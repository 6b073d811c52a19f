import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../src/errors.js';
import { runCli, type RunResult } from './support/cli.js';
import { makeRepo } from './support/repo.js';
import { branchRepo, english, finnish, FIRST_COMMIT, GOOGLE_ANALYTICS_IN_ALL, swedish, translationFiles } from './support/translations.js';

interface JsonReport {
  schemaVersion: number;
  base: { ref: string; commit: string };
  head: string;
  files: string[];
  translationSets: string[][];
  findings: { check: string; severity: string; file: string; message: string; chapters?: unknown[]; commit?: string; fix: string }[];
  errors: number;
  warnings: number;
}

function json(result: RunResult): JsonReport {
  return JSON.parse(result.stdout) as JsonReport;
}

const findings = (report: JsonReport) => report.findings.map((finding) => `${finding.severity} ${finding.check} ${finding.file}`);

describe('policydiff check', () => {
  it('passes with exit code 0 when a significant change reaches every translation, dated, listed and acknowledged', () => {
    const repo = branchRepo({ message: 'Add Google Analytics\n\nPolicy-Significance: significant', files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    const result = runCli(['check', '--base', 'main'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const base = repo.git(['rev-parse', '--short=7', 'main']).trim();
    expect(result.stdout).toBe(`policydiff check: 3 files, 1 translation set, since main (${base}): no findings.\n`);
  });

  it('reports every check that fails, exits 1 after writing them, and says so in one line on stderr', () => {
    const stale = { ...GOOGLE_ANALYTICS_IN_ALL.sv, updated: '2024-01-15', changeList: ['- 15.1.2024 Första versionen.'] };
    const repo = branchRepo({ message: 'Add Google Analytics', files: { 'privacy.sv.md': swedish(stale) } });
    const result = runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.threshold);
    expect(result.stderr).toBe('policydiff: the check found 5 errors (listed above): each says how to fix it\n');
    const report = json(result);
    expect(findings(report)).toEqual([
      'error translation-drift privacy.en.md',
      'error translation-drift privacy.fi.md',
      'error stale-date privacy.sv.md',
      'error missing-change-entry privacy.sv.md',
      'error significant-without-notice privacy.sv.md',
    ]);
    expect(report).toMatchObject({ schemaVersion: 1, base: { ref: 'main' }, errors: 5, warnings: 0, translationSets: [['privacy.en.md', 'privacy.fi.md', 'privacy.sv.md']] });
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    expect(report.head).toBe(head);
    expect(report.findings.filter((finding) => finding.commit !== undefined).map((finding) => finding.commit)).toEqual([head, head, head]);
  });

  it('text output: each finding with its check, file, message and fix', () => {
    const repo = branchRepo({ message: 'Add Google Analytics\n\nPolicy-Significance: significant', files: { ...translationFiles(GOOGLE_ANALYTICS_IN_ALL), 'privacy.fi.md': finnish({ ...GOOGLE_ANALYTICS_IN_ALL.fi, updated: '1.3.2024' }) } });
    const result = runCli(['check', '--base', 'main'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.threshold);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^policydiff check: 3 files, 1 translation set, since main \([0-9a-f]{7}\): 1 error\.$/);
    expect(lines.slice(1, 5)).toEqual([
      '',
      'error   stale-date  privacy.fi.md',
      expect.stringMatching(/^ {2}privacy\.fi\.md says “Päivitetty: 1\.3\.2024” \(line 3\), a date before commit [0-9a-f]{7} “Add Google Analytics”, which changed the policy's meaning on 2024-03-10\.$/),
      '  fix: set the line to 2024-03-10 or later, e.g. “Päivitetty: 10.3.2024”.',
    ]);
  });

  it('Markdown output is the "Checks" part of a PR comment', () => {
    const repo = branchRepo({ message: 'Add Google Analytics\n\nPolicy-Significance: significant', files: { ...translationFiles(GOOGLE_ANALYTICS_IN_ALL), 'privacy.en.md': english({ ...GOOGLE_ANALYTICS_IN_ALL.en, changeList: ['- 15.1.2024 First version.'] }) } });
    const result = runCli(['check', '--base', 'main', '--format', 'md'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.threshold);
    expect(result.stdout).toMatch(/^### Checks\n\nChecked 3 files, 1 translation set, since main \\\([0-9a-f]{7}\\\)\.\n\n\*\*1 error\*\*\n\n- \*\*Error\*\* · Missing change entry · `privacy\.en\.md`: /);
    expect(result.stdout).toContain('  Fix: run policydiff changelog main --in-policy -- privacy.en.md, or add the line by hand.\n');
  });

  it('warnings alone exit 0; --strict makes them fail', () => {
    const reworded =
      'Det innebär att man när som helst har rätt att begära en redogörelse över vilken information om användaren som vi besitter. Man har också rätt att begära att informationen raderas.';
    const repo = branchRepo({ message: 'Reword', files: { 'privacy.sv.md': swedish({ rights: reworded }) } });
    const result = runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(findings(json(result))).toEqual(['warning translation-drift privacy.en.md', 'warning translation-drift privacy.fi.md']);
    const strict = runCli(['check', '--base', 'main', '--strict'], { cwd: repo.dir });
    expect(strict.status).toBe(ExitCode.threshold);
    expect(strict.stderr).toBe('policydiff: the check found 2 warnings (listed above), which fail with --strict: fix them, or drop --strict\n');
  });

  it('without --base starts from the merge base with the default branch, and asks for --base when there is none', () => {
    const repo = branchRepo({ message: 'Add Google Analytics', files: translationFiles(GOOGLE_ANALYTICS_IN_ALL) });
    repo.git(['switch', '--quiet', 'main']);
    repo.commit({ message: 'Unrelated', date: '2024-03-20T10:00:00+02:00', files: { 'README.md': '# Idun\n' } });
    repo.git(['switch', '--quiet', 'change']);
    const report = json(runCli(['check', '--format', 'json'], { cwd: repo.dir }));
    expect(report.base).toEqual({ ref: 'main', commit: repo.git(['merge-base', 'main', 'change']).trim() });
    expect(findings(report)).toEqual([
      'error significant-without-notice privacy.en.md',
      'error significant-without-notice privacy.fi.md',
      'error significant-without-notice privacy.sv.md',
    ]);
    repo.git(['branch', '--quiet', '-m', 'main', 'trunk']);
    const result = runCli(['check'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policydiff: found no default branch (origin/HEAD, main or master) to start the check from: give --base <ref>, e.g. --base origin/main\n');
  });

  it('takes translation sets from the config, and names a bad entry', () => {
    const repo = makeRepo([
      { ...FIRST_COMMIT, files: { 'legal/integritet.md': swedish(), 'legal/privacy.md': english(), 'policydiff.config.json': JSON.stringify({ translations: [['legal/integritet.md', 'legal/privacy.md']] }) } },
    ]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Add a cookie chapter', date: '2024-03-10T10:00:00+02:00', files: { 'legal/integritet.md': swedish({ extraChapter: '## 5. Cookies\n\nIdun-tjänsten använder inga kakor.' }) } });
    const report = json(runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir }));
    expect(report.translationSets).toEqual([['legal/integritet.md', 'legal/privacy.md']]);
    expect(findings(report)).toContain('error translation-drift legal/privacy.md');
    // Configured sets need no names policydiff would recognise.
    repo.git(['mv', 'legal/integritet.md', 'legal/sv.md']);
    repo.git(['mv', 'legal/privacy.md', 'legal/en.md']);
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ translations: [['legal/sv.md', 'legal/en.md']] }));
    repo.commit({ message: 'Rename', date: '2024-03-11T10:00:00+02:00', files: { 'policydiff.config.json': JSON.stringify({ translations: [['legal/sv.md', 'legal/en.md']] }) } });
    const renamed = json(runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir }));
    expect(renamed.files).toEqual(['legal/sv.md', 'legal/en.md']);
    expect(findings(renamed)).toContain('error translation-drift legal/en.md');
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ translations: [['legal/sv.md', 'legal/privacy.fi.md']] }));
    const result = runCli(['check', '--base', 'main'], { cwd: repo.dir });
    expect(result.status).toBe(ExitCode.config);
    expect(result.stderr).toBe('policydiff: "translations[0]" in policydiff.config.json names "legal/privacy.fi.md", which is not tracked: fix the path (git ls-files lists the tracked files)\n');
  });

  it('reads the policies with the config’s noise patterns: a widget line added is no change to date or list', () => {
    const withWidget = english({ rights: `${english().split('## 4. You have full control over your information\n\n')[1]!.split('\n\n')[0]} How is my data shared?` });
    const repo = makeRepo([{ message: 'Add the privacy policy', date: '2024-01-15T10:00:00+02:00', files: { 'privacy.md': english() } }]);
    repo.git(['switch', '--quiet', '-c', 'change']);
    repo.commit({ message: 'Capture with the widget', date: '2024-03-10T10:00:00+02:00', files: { 'privacy.md': withWidget } });
    const unconfigured = json(runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir }));
    expect(findings(unconfigured)).toContain('error missing-change-entry privacy.md');
    writeFileSync(join(repo.dir, 'policydiff.config.json'), JSON.stringify({ noise: ['How is my data shared\\?'] }));
    const result = runCli(['check', '--base', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(findings(json(result))).toEqual([]);
  });

  it('refuses an unknown --base and an unknown --format with one line each', () => {
    const repo = branchRepo();
    const unknown = runCli(['check', '--base', 'nope'], { cwd: repo.dir });
    expect(unknown.status).toBe(ExitCode.unknownRevision);
    expect(unknown.stderr).toMatch(/^policydiff: unknown revision "nope": /);
    const html = runCli(['check', '--base', 'main', '--format', 'html'], { cwd: repo.dir });
    expect(html.status).toBe(ExitCode.usage);
    expect(html.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
