import { describe, expect, it } from 'vitest';
import { diffPolicies, type PolicyDiff } from '../src/index.js';
import { splitSentences } from '../src/document/sentences.js';
import { seed } from './support/fixtures.js';

const reported = (diff: PolicyDiff) =>
  diff.sections.filter((s) => s.status !== 'unchanged' || s.changes.length > 0).map((s) => `${s.status} ${s.path.join(' › ')}`);

const idun = seed('001');

describe('section statuses', () => {
  it('finds nothing between a policy and itself', () => {
    const diff = diffPolicies(idun, idun);
    expect(reported(diff)).toEqual([]);
    expect(diff.stats).toMatchObject({ added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, unchanged: 13 });
  });

  it('reports a heading change with the same text as renamed, naming the old heading', () => {
    const diff = diffPolicies(idun, idun.replace('Ta kontakt', 'Kontakta oss'));
    expect(reported(diff)).toEqual(['renamed Kontakta oss']);
    expect(diff.sections.find((s) => s.status === 'renamed')).toMatchObject({ oldHeading: 'Ta kontakt', modified: false });
  });

  it('reports a chapter that changed place as moved, and only that one', () => {
    const consent = 'Samtycke\n\nGenom att använda tjänsten godkänner du den här sekretesspolicyn.\n\n\u00a0\n\n';
    const moved = idun.replace(consent, '').replace('Ändringar i sekretesspolicyn\n', `${consent}Ändringar i sekretesspolicyn\n`);
    expect(reported(diffPolicies(idun, moved))).toEqual(['moved Samtycke']);
  });

  it('reports a subsection that moved to another chapter as moved', () => {
    const twilio = /Twilio\n[^\n]+\n\n/.exec(idun)![0];
    const moved = idun.replace(twilio, '').replace('Samtycke\n\n', `Samtycke\n\nGenom avtal.\n\n${twilio}`);
    const diff = diffPolicies(idun, moved);
    expect(diff.sections.find((s) => s.heading === 'Twilio')).toMatchObject({ status: 'moved', path: ['Samtycke', 'Twilio'] });
  });

  it('reports added and removed chapters where they stand', () => {
    const withNew = idun.replace('Samtycke\n', 'Cookies\n\nVi använder cookies för analys.\n\n\u00a0\n\nSamtycke\n');
    const withoutSecurity = idun.replace(/Säkerhet\n[\s\S]*?\n\u00a0\n\n/, '');
    expect(reported(diffPolicies(idun, withNew))).toEqual(['added Cookies']);
    expect(reported(diffPolicies(idun, withoutSecurity))).toEqual(['removed Säkerhet']);
  });

  it('treats a new file as all added and a deleted one as all removed', () => {
    const added = diffPolicies('', idun);
    expect(added.stats.added).toBe(13);
    expect(diffPolicies(idun, '').stats.removed).toBe(13);
  });
});

describe('sentence changes', () => {
  it('gives word-level detail for a changed sentence', () => {
    const diff = diffPolicies(idun, idun.replace('Alla lösenord krypteras för bättre säkerhet.', 'Alla lösenord krypteras.'));
    const security = diff.sections.find((s) => s.heading === 'Säkerhet')!;
    expect(security.status).toBe('modified');
    expect(security.changes).toEqual([
      {
        type: 'changed',
        old: '– Alla lösenord krypteras för bättre säkerhet.',
        new: '– Alla lösenord krypteras.',
        words: [
          { type: 'kept', text: 'Alla lösenord krypteras' },
          { type: 'removed', text: ' för bättre säkerhet' },
          { type: 'kept', text: '.' },
        ],
      },
    ]);
  });

  it('reports added and removed sentences apart from changed ones', () => {
    const edited = idun
      .replace('Det finns ingen reklam på Idun.', 'Det finns ingen reklam på Idun. Vi delar statistik med Google Analytics.')
      .replace(' Ip-adressen lagras endast tillfälligt.', '');
    const diff = diffPolicies(idun, edited);
    const changes = diff.sections.flatMap((s) => s.changes);
    expect(changes).toEqual([
      { type: 'removed', old: 'Ip-adressen lagras endast tillfälligt.' },
      { type: 'added', new: 'Vi delar statistik med Google Analytics.' },
    ]);
  });

  it('calls a change of white space, NBSP or bullet glyph formatting, not a modification', () => {
    const reformatted = idun.replace(/– /g, '- ').replace('ip-adress, händelser', 'ip-adress,\u00a0 händelser');
    const diff = diffPolicies(idun, reformatted);
    expect(diff.sections.every((s) => s.status === 'unchanged')).toBe(true);
    const formatting = diff.sections.flatMap((s) => s.changes);
    expect(formatting.length).toBeGreaterThan(5);
    expect(formatting.every((c) => c.type === 'formatting')).toBe(true);
  });

  it('does not report renumbering alone', () => {
    const policy = seed('003');
    const renumbered = policy.replace(/^1\.2\.(\d) /gm, (_m, n: string) => `1.3.${n} `).replace(/^1\.2 /m, '1.3 ');
    expect(reported(diffPolicies(policy, renumbered))).toEqual([]);
  });

  it('recognises a dated line appended to the policy’s own change list, without reporting its chapter', () => {
    const entry = '22.11.2026 Uppdaterade kapitel: Säkerhet.';
    const diff = diffPolicies(idun, `${idun.trimEnd()}\n${entry}\n`);
    expect(reported(diff)).toEqual([]);
    expect(diff.policyChangelog).toEqual([{ date: '22.11.2026', text: entry }]);
  });

  it('still reports a change to an existing dated line', () => {
    const diff = diffPolicies(idun, idun.replace('3.9.2021 Uppdatering av', '3.9.2021 Uppdatering om'));
    expect(reported(diff)).toEqual(['modified Ändringar i sekretesspolicyn › Ändringar som har gjorts hittills:']);
    expect(diff.policyChangelog).toEqual([]);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation', () => {
    expect(splitSentences('Vi sparar t.ex. namn och e.g. Email. Sedan raderas de. Se avsnitt 2. Klart!')).toEqual([
      'Vi sparar t.ex. namn och e.g. Email.',
      'Sedan raderas de.',
      'Se avsnitt 2.',
      'Klart!',
    ]);
  });
});

describe('language', () => {
  it('detects Swedish and English, and takes an override', () => {
    expect(diffPolicies(idun, idun).language).toBe('sv');
    const english = 'Privacy\n\nWe collect your data and we do not share it with third parties. You may ask us to delete it.\n';
    expect(diffPolicies(english, english).language).toBe('en');
    expect(diffPolicies(english, english, { language: 'fi' }).language).toBe('fi');
  });
});

describe('a section rewritten through', () => {
  const sentences = (words: string, count: number) => Array.from({ length: count }, (_, index) => `${words} number ${index} are kept for ${(index % 24) + 1} months.`);
  const policy = (body: string[]) => `# Policy\n\n## Processing\n\n${body.join(' ')}\n`;
  const changes = (diff: PolicyDiff) => diff.sections.find((section) => section.heading === 'Processing')!.changes.map((change) => change.type);

  it('is every old sentence removed and every new one added, a kept sentence still kept', () => {
    const old = sentences('Customer records', 1000);
    const rewritten = sentences('Partner files', 1000);
    expect(changes(diffPolicies(policy(old), policy(rewritten)))).toEqual([...Array(1000).fill('removed'), ...Array(1000).fill('added')]);
    const keeping = [...rewritten.slice(0, 500), old[700]!, ...rewritten.slice(500)];
    const diff = diffPolicies(policy(old), policy(keeping));
    expect(changes(diff)).toEqual([...Array(700).fill('removed'), ...Array(500).fill('added'), ...Array(299).fill('removed'), ...Array(500).fill('added')]);
    expect(diff.notes).toEqual(['A large rewrite was compared sentence by sentence, without pairing changed sentences.']);
  });

  it('past the bound of the sentence diff is shown as replaced, and says so', () => {
    const diff = diffPolicies(policy(sentences('Customer records', 2100)), policy(sentences('Partner files', 2100)));
    expect(changes(diff)).toEqual([...Array(2100).fill('removed'), ...Array(2100).fill('added')]);
    expect(diff.notes).toEqual(['A section was rewritten so thoroughly that it is shown as replaced.']);
  });
});
