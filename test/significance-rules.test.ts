/**
 * The significance rules one at a time, on hand-built diffs (no parser, no aligner): each test is one sentence
 * pair and the reason it must give, with the words that must be named as its trigger.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import { classifySignificance, PolicydiffError, type PolicyDiff, type SectionDiff, type Significance } from '../src/index.js';
import type { DiffPart, Sentence } from '../src/model.js';

const sentence = (raw: string): Sentence => ({ raw, norm: raw.replace(/\s+/g, ' ').trim() });

type Edit = [old: string | null, new: string | null] | string;

/** A section from edits: `[old, new]` changed, `[old, null]` removed, `[null, new]` added, a string kept. */
function section(path: string[], edits: Edit[], extra: Partial<SectionDiff> = {}): SectionDiff {
  const parts: DiffPart[] = edits.map((edit) => {
    if (typeof edit === 'string') return { type: 'kept', old: sentence(edit), new: sentence(edit) };
    const [old, nu] = edit;
    if (old !== null && nu !== null) {
      if (sentence(old).norm === sentence(nu).norm) return { type: 'formatting', old: sentence(old), new: sentence(nu) };
      const words = diffWords(sentence(old).norm, sentence(nu).norm).map((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'kept', text: c.value }) as const);
      return { type: 'changed', old: sentence(old), new: sentence(nu), words };
    }
    return old !== null ? { type: 'removed', old: sentence(old) } : { type: 'added', new: sentence(nu!) };
  });
  const changes = parts.flatMap((part) => (part.type === 'kept' ? [] : [{ type: part.type, ...('old' in part ? { old: part.old.raw } : {}), ...('new' in part ? { new: part.new.raw } : {}) }]));
  const modified = parts.some((part) => part.type !== 'kept' && part.type !== 'formatting');
  return { status: modified ? 'modified' : 'unchanged', modified, heading: path.at(-1)!, path, level: path.length, changes, parts, ...extra };
}

function policyDiff(language: string, ...sections: SectionDiff[]): PolicyDiff {
  const stats = { added: 0, removed: 0, modified: 0, renamed: 0, moved: 0, unchanged: 0 };
  return { schemaVersion: 1, language, sections, stats, policyChangelog: [], notes: [] };
}

const classify = (language: string, path: string[], edits: Edit[]): Significance => classifySignificance(policyDiff(language, section(path, edits)));
const top = (significance: Significance) => significance.reasons[0]!;

describe('polarity: a negation that appears or disappears', () => {
  it('is significant when what was ruled out becomes possible, and names the negation', () => {
    const result = classify('en', ['Sharing'], [['We do not share your data with advertisers.', 'We share your data with advertisers.']]);
    expect(result.level).toBe('significant');
    expect(top(result)).toMatchObject({ rule: 'negation-removed', category: 'recipients' });
    expect(top(result).triggers).toEqual(expect.arrayContaining(['not', 'advertisers']));
  });

  it('is minor the other way round, since it protects the person', () => {
    expect(classify('en', ['Sharing'], [['We share your data with advertisers.', 'We do not share your data with advertisers.']]).level).toBe('minor');
  });

  it('is significant when a right or safeguard gets the negation', () => {
    const result = classify('en', ['Security'], [['We encrypt your backups.', 'We do not encrypt your backups.']]);
    expect(result.level).toBe('significant');
    expect(top(result)).toMatchObject({ category: 'security', rule: 'negation-added' });
  });

  it('is significant in a sentence no lexicon knows, as the issue rules', () => {
    expect(classify('sv', ['Övrigt'], [['Vi gör aldrig så.', 'Vi gör så.']]).level).toBe('significant');
  });

  it('is not a change when only the negation word changes', () => {
    expect(classify('en', ['Sharing'], [['We do not sell your data.', 'We never sell your data.']]).level).toBe('editorial');
  });
});

describe('modals and limiters', () => {
  it('"kan komma att" → "kommer att" on sharing is significant and names "kan komma att"', () => {
    const result = classify('sv', ['Delning'], [['Vi kan komma att dela dina uppgifter med våra partners.', 'Vi kommer att dela dina uppgifter med våra partners.']]);
    expect(result.level).toBe('significant');
    expect(top(result)).toMatchObject({ rule: 'modal-hardened', category: 'recipients' });
    expect(top(result).triggers).toContain('kan komma att');
    expect(top(result).message).toMatch(/kommer nu att ske/);
    expect(top(result).messageEn).toMatch(/now will happen/);
  });

  it('reads "you may" as a permission, not a hedge', () => {
    const result = classify('en', ['Rights'], [['You have the right to lodge a complaint with a supervisory authority.', 'You may lodge a complaint with a supervisory authority.']]);
    expect(result.level).toBe('editorial');
  });

  it('does not read the month May as a modal', () => {
    expect(classify('en', ['About'], [['Last updated: 1 March 2024', 'Last updated: 12 May 2025']]).level).toBe('editorial');
  });

  it('a removed "only" widens what is allowed', () => {
    const result = classify('en', ['Access'], [['Only our support staff can see your tickets.', 'Our support staff and partners can see your tickets.']]);
    expect(result.level).toBe('significant');
  });
});

describe('terms, direction and the list rule', () => {
  it('a list growing in a sentence about collection is significant even for a word no lexicon has', () => {
    const result = classify('en', ['Collection'], [['We collect your step count.', 'We collect your step count and glucose readings.']]);
    expect(result.level).toBe('significant');
    expect(result.reasons.find((r) => r.rule === 'list-extended')?.triggers).toEqual(['and glucose readings']);
  });

  it('an Oxford comma is not a list item', () => {
    expect(classify('en', ['Collection'], [['We collect your name, email address and phone number.', 'We collect your name, email address, and phone number.']]).level).toBe('editorial');
  });

  it('a removed recipient is minor, a removed right significant', () => {
    expect(classify('en', ['Sharing'], [['We use Stripe to process payments.', 'We use Twilio for SMS.'], 'x']).level).toBe('significant');
    expect(classify('en', ['Sharing'], ['We use Twilio for SMS.', ['We use Stripe to process payments.', null]]).level).toBe('minor');
    const rights = classify('sv', ['Rättigheter'], ['Du har rätt att få tillgång till dina uppgifter.', ['Du har rätt att få dina uppgifter raderade.', null]]);
    expect(rights.level).toBe('significant');
    expect(top(rights)).toMatchObject({ category: 'rights', rule: 'removed', triggers: ['raderade'] });
  });

  it('a term already in the section is not new', () => {
    expect(classify('sv', ['Cookies'], ['Vi använder cookies för inloggning.', [null, 'Dessa cookies är nödvändiga.']]).level).toBe('minor');
  });

  it('a sentence moved to another section is editorial, not a removal and an addition', () => {
    const moved = 'Du kan när som helst återkalla ditt samtycke.';
    const result = classifySignificance(policyDiff('sv', section(['A'], ['x', [moved, null]]), section(['B'], ['y', [null, moved]])));
    expect(result.level).toBe('editorial');
  });
});

describe('periods and numbers', () => {
  it.each([
    ['Ip-adressen lagras endast tillfälligt.', 'Ip-adressen lagras i tolv månader.', 'significant', 'period-longer'],
    ['Loggar sparas i 12 månader.', 'Loggar sparas i 30 dagar.', 'minor', 'period-shorter'],
    ['Server logs are kept for 14 days.', 'Server logs are kept for 2 years.', 'significant', 'period-longer'],
  ])('%s → %s is %s', (old, nu, level, rule) => {
    const result = classify(/[åäö]/.test(old) ? 'sv' : 'en', ['Lagring'], [[old, nu]]);
    expect(result.level).toBe(level);
    expect(result.reasons.some((r) => r.rule === rule)).toBe(true);
  });

  it('a dropped period in a retention sentence is significant', () => {
    expect(classify('en', ['How long we keep it'], [['We delete your data within 30 days.', 'We may keep your data after you leave.']]).level).toBe('significant');
  });

  it('a lower minimum age is significant', () => {
    const result = classify('en', ['Children'], [['You must be at least 16 to use the app.', 'You must be at least 13 to use the app.']]);
    expect(top(result)).toMatchObject({ level: 'significant', rule: 'age-lowered', triggers: ['13'] });
  });
});

describe('editorial and none', () => {
  it('a typo fix is editorial and shows the fix', () => {
    const result = classify('sv', ['Rättigheter'], [['Du äger rät attt ha insyn i dina uppgifter.', 'Du äger rätt att ha insyn i dina uppgifter.']]);
    expect(result).toMatchObject({ level: 'editorial', reasons: [{ rule: 'typo', triggers: ['rät attt → rätt att'] }] });
  });

  it('"tell" → "sell" is not a typo', () => {
    expect(classify('en', ['Use'], [['We tell advertisers about our service.', 'We sell advertisers our service.']]).level).not.toBe('editorial');
  });

  it('formatting only, quotes or emphasis are none with no reasons', () => {
    expect(classify('sv', ['A'], [['– Alla lösenord krypteras.', '- Alla lösenord krypteras.']])).toEqual({ level: 'none', reasons: [] });
    expect(classify('sv', ['A'], [['Vi (nedan “Advoco”) delar inte.', 'Vi (nedan "Advoco") delar inte.']])).toEqual({ level: 'none', reasons: [] });
    expect(classify('en', ['A'], [['We never sell your data.', 'We *never* sell your data.']])).toEqual({ level: 'none', reasons: [] });
  });

  it('a renumbered heading is editorial when the engine reports the old heading', () => {
    const renumbered = section(['6. Säkerhet'], ['Vi krypterar allt.'], { oldHeading: '7. Säkerhet' });
    expect(classifySignificance(policyDiff('sv', renumbered))).toMatchObject({ level: 'editorial', reasons: [{ rule: 'renumbered', category: 'structure' }] });
  });
});

describe('lexicons', () => {
  it('users can add terms: a new processor name becomes a recipient', () => {
    const edits: Edit[] = ['Vi använder Firebase.', [null, 'Vi använder Acme Insights.']];
    const diff = policyDiff('sv', section(['Mottagare'], edits));
    expect(classifySignificance(diff).level).toBe('minor');
    const extended = classifySignificance(diff, { lexicons: { sv: { categories: { recipients: { terms: ['Acme Insights'] } } } } });
    expect(extended.level).toBe('significant');
    expect(top(extended).triggers).toEqual(['Acme Insights']);
  });

  it("compiles a config's extra terms once per language, not once per change of a history", async () => {
    const { lexiconFor } = await import('../src/significance/lexicon.js');
    const config = { sv: { categories: { recipients: { terms: ['Acme Insights'] } } }, fi: { categories: { recipients: { terms: ['Acme Oy'] } } } };
    expect(lexiconFor('sv', config)).toBe(lexiconFor('sv', config));
    expect(lexiconFor('sv', config)).not.toBe(lexiconFor('sv'));
    expect(lexiconFor('fi', config)).not.toBe(lexiconFor('sv', config));
    // Each language without a lexicon gets its own extra terms, though all share the merge of the bundled ones.
    const unknown = { xx: { categories: { recipients: { terms: ['Xx Partner'] } } } };
    expect(lexiconFor('xx', unknown)).not.toBe(lexiconFor('yy', unknown));
    expect(lexiconFor('xx', unknown).categories.find((entry) => entry.category === 'recipients')?.terms.terms).toContain('Xx Partner');
  });

  it('rejects an unknown category as an input error', () => {
    const diff = policyDiff('sv', section(['A'], [['a', 'b']]));
    const bad = { sv: { categories: { recipient: { terms: ['x'] } } } } as never;
    expect(() => classifySignificance(diff, { lexicons: bad })).toThrow(PolicydiffError);
    expect(() => classifySignificance(diff, { lexicons: bad })).toThrow(/"sv\.categories\.recipient" is not a category; use one of .*recipients/);
  });

  it('a language without a lexicon gets all of them, with English messages', () => {
    const result = classify('und', ['Jakaminen'], ['Tervetuloa.', [null, 'Käytämme Google Analyticsia.']]);
    expect(result.level).toBe('significant');
    expect(top(result).message).toBe(top(result).messageEn);
  });

  it('are found from the built package, not only from src/', () => {
    const script = `import('./dist/index.js').then(({ diffPolicies, classifySignificance }) => {
      const diff = diffPolicies('Titel\\n\\nDelning\\n\\nVi delar inte dina uppgifter.\\n', 'Titel\\n\\nDelning\\n\\nVi delar dina uppgifter.\\n');
      process.stdout.write(classifySignificance(diff).level);
    })`;
    const root = fileURLToPath(new URL('..', import.meta.url));
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('significant');
  });
});

describe('term lists', () => {
  it('find every match after a test that matched (a global pattern must not keep its position)', async () => {
    const { TermList } = await import('../src/significance/lexicon.js');
    const terms = new TermList(['uppgifter', 'Google']);
    expect(terms.test('vi delar uppgifter med Google')).toBe(true);
    expect(terms.matches('uppgifter').map((match) => match.text)).toEqual(['uppgifter']);
    expect(terms.matches('Google').map((match) => match.text)).toEqual(['Google']);
  });
});
