/**
 * The labelled change pairs, run through the real pipeline: diffPolicies, then classifySignificance. Two sets,
 * scored separately:
 * - fixtures/significance/cases.json, written for the rules (Swedish, English, Finnish), labelled as a privacy
 *   lawyer would (GDPR Art. 12–14, WP260 rev.01 §29–32) before any rule was written;
 * - fixtures/significance/real.json, changes taken from real policy histories and labelled blind from the text
 *   diff before the tool was run on them (see fixtures/significance/README.md).
 * A missed significant change is the worst bug this product can have; a false alarm the second worst. Hence the
 * gates: on the written set recall 100 % and precision ≥ 85 %, formatting-only always `none`; on the real set
 * recall ≥ 95 % and precision ≥ 90 %.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySignificance, diffPolicies, type Significance, type SignificanceLevel } from '../src/index.js';

interface Case {
  id: string;
  lang: string;
  format?: 'markdown' | 'text';
  old: string;
  new: string;
  expected: SignificanceLevel;
  category?: string;
  note?: string;
  reason?: string;
  history?: string;
  round?: number;
}

const LEVELS: SignificanceLevel[] = ['none', 'editorial', 'minor', 'significant'];
const load = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/significance/${name}`, import.meta.url), 'utf8')) as Case[];

interface Scored {
  testCase: Case;
  significance: Significance;
}

function score(cases: Case[]) {
  const results: Scored[] = cases.map((testCase) => {
    const diff = diffPolicies(testCase.old, testCase.new, testCase.format === undefined ? {} : { format: testCase.format });
    return { testCase, significance: classifySignificance(diff) };
  });
  const count = (predicate: (r: Scored) => boolean) => results.filter(predicate).length;
  const truePositives = count((r) => r.testCase.expected === 'significant' && r.significance.level === 'significant');
  const actual = count((r) => r.testCase.expected === 'significant');
  const predicted = count((r) => r.significance.level === 'significant');
  const matrix: Record<string, Record<string, number>> = {};
  for (const expected of LEVELS) matrix[`expected ${expected}`] = Object.fromEntries(LEVELS.map((level) => [level, 0]));
  for (const { testCase, significance } of results) matrix[`expected ${testCase.expected}`]![significance.level]! += 1;
  return {
    results,
    matrix,
    truePositives,
    predicted,
    recall: actual === 0 ? 1 : truePositives / actual,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    missed: results.filter((r) => r.testCase.expected === 'significant' && r.significance.level !== 'significant'),
    falseAlarms: results.filter((r) => r.testCase.expected !== 'significant' && r.significance.level === 'significant'),
  };
}

function report(name: string, scored: ReturnType<typeof score>): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  console.log(`\nSignificance on ${name} (${scored.results.length} labelled pairs, rows expected, columns predicted):`);
  console.table(scored.matrix);
  console.log(`${name}: significant recall ${percent(scored.recall)}, precision ${percent(scored.precision)} (${scored.truePositives}/${scored.predicted} predicted)`);
  for (const { testCase, significance } of scored.results.filter((r) => r.significance.level !== r.testCase.expected)) {
    const first = significance.reasons[0];
    console.log(`  ${testCase.id}: expected ${testCase.expected}, got ${significance.level}${first ? ` (${first.messageEn})` : ''}`);
  }
}

describe('significance: the written set (cases.json)', () => {
  const cases = load('cases.json');
  const scored = score(cases);

  it('is large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['sv', 'en'] as const) {
      for (const level of LEVELS) expect(cases.filter((c) => c.lang === lang && c.expected === level).length, `${lang} ${level}`).toBeGreaterThan(0);
    }
    const categories = new Set(cases.filter((c) => c.expected === 'significant').map((c) => c.category));
    for (const category of ['personal-data', 'purpose', 'recipients', 'transfer', 'retention', 'rights', 'legal-basis', 'controller', 'security', 'tracking']) {
      expect(categories, category).toContain(category);
    }
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('meets the gates: recall 100 % and precision ≥ 85 % on significant, formatting-only pairs are none', () => {
    report('the written set', scored);
    expect(scored.missed.map((r) => r.testCase.id), 'missed significant changes').toEqual([]);
    expect(scored.recall).toBe(1);
    expect(scored.precision).toBeGreaterThanOrEqual(0.85);
    const noisyFormatting = scored.results.filter((r) => r.testCase.expected === 'none' && r.significance.level !== 'none').map((r) => r.testCase.id);
    expect(noisyFormatting, 'formatting-only pairs that were not none').toEqual([]);
  });

  it('files each significant change under the category a lawyer would', () => {
    const misfiled = scored.results
      .filter(({ testCase }) => testCase.expected === 'significant' && testCase.category !== undefined)
      .filter(({ testCase, significance }) => !significance.reasons.some((r) => r.level === 'significant' && r.category === testCase.category))
      .map(({ testCase, significance }) => `${testCase.id}: wanted ${testCase.category}, got ${significance.reasons.map((r) => `${r.level}/${r.category}`).join(' ')}`);
    expect(misfiled).toEqual([]);
  });

  it('points every material reason at the words that triggered it, in both languages', () => {
    for (const { testCase, significance } of scored.results) {
      for (const reason of significance.reasons) {
        if (reason.level === 'significant') expect(reason.triggers.length, `${testCase.id} ${reason.rule}`).toBeGreaterThan(0);
        expect(reason.message, testCase.id).not.toMatch(/\{\w+\}/);
        expect(reason.messageEn, testCase.id).not.toMatch(/\{\w+\}/);
        // Editorial reasons show edits as "old → new"; every other trigger is words of the sentences themselves.
        const quotesText = reason.category !== 'wording' && reason.category !== 'structure' && (reason.old ?? reason.new) !== undefined;
        const source = `${reason.old ?? ''}\n${reason.new ?? ''}`.replace(/[’‘]/g, "'");
        for (const trigger of quotesText ? reason.triggers : []) expect(source, `${testCase.id}: ${trigger}`).toContain(trigger);
      }
    }
  });
});

describe('significance: the real set (real.json)', () => {
  const cases = load('real.json');
  const scored = score(cases);

  it('holds at least 80 labelled changes spread over 14 histories and every level', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.history)).size).toBeGreaterThanOrEqual(14);
    for (const level of LEVELS) expect(cases.filter((c) => c.expected === level).length, level).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) expect(c.reason, c.id).toBeTruthy();
  });

  it('meets the gates: recall ≥ 95 % and precision ≥ 90 % on significant', () => {
    report('the real set', scored);
    for (const round of [...new Set(cases.map((c) => c.round ?? 1))].sort()) {
      const of = score(cases.filter((c) => (c.round ?? 1) === round));
      console.log(`real set, round ${round}: recall ${(of.recall * 100).toFixed(1)} %, precision ${(of.precision * 100).toFixed(1)} % (${of.results.length} pairs)`);
    }
    expect(scored.recall).toBeGreaterThanOrEqual(0.95);
    expect(scored.precision).toBeGreaterThanOrEqual(0.9);
    // No more false alarms than measured when issue 16 closed (4 of 58): a merge that read link-only lines as
    // statements again made 6 and still passed the 90 % gate. A change that adds one must relabel or explain it.
    expect(scored.predicted - scored.truePositives).toBeLessThanOrEqual(4);
  });
});
