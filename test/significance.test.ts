/**
 * The labelled change pairs in fixtures/significance/cases.json, labelled as a privacy lawyer would (GDPR Art.
 * 12–14, WP260 rev.01 §29–32) before any rule was written, run through the real pipeline: diffPolicies, then
 * classifySignificance. A missed significant change is the worst bug this product can have; a false alarm the
 * second worst. Hence the gates: recall on significant 100 %, precision ≥ 85 %, formatting-only always `none`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySignificance, diffPolicies, type SignificanceLevel } from '../src/index.js';

interface Case {
  id: string;
  lang: 'sv' | 'en' | 'fi';
  format?: 'markdown' | 'text';
  old: string;
  new: string;
  expected: SignificanceLevel;
  category?: string;
  note?: string;
}

const LEVELS: SignificanceLevel[] = ['none', 'editorial', 'minor', 'significant'];
const cases = JSON.parse(readFileSync(new URL('../fixtures/significance/cases.json', import.meta.url), 'utf8')) as Case[];

const results = cases.map((testCase) => {
  const diff = diffPolicies(testCase.old, testCase.new, testCase.format === undefined ? {} : { format: testCase.format });
  return { testCase, significance: classifySignificance(diff) };
});

function confusionMatrix(): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const expected of LEVELS) matrix[`expected ${expected}`] = Object.fromEntries(LEVELS.map((level) => [level, 0]));
  for (const { testCase, significance } of results) matrix[`expected ${testCase.expected}`]![significance.level]! += 1;
  return matrix;
}

const count = (predicate: (r: (typeof results)[number]) => boolean) => results.filter(predicate).length;
const truePositives = count((r) => r.testCase.expected === 'significant' && r.significance.level === 'significant');
const actualSignificant = count((r) => r.testCase.expected === 'significant');
const predictedSignificant = count((r) => r.significance.level === 'significant');
const recall = truePositives / actualSignificant;
const precision = predictedSignificant === 0 ? 0 : truePositives / predictedSignificant;

describe('significance: the labelled fixture set', () => {
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
    console.log(`\nSignificance confusion matrix (${cases.length} labelled pairs, rows expected, columns predicted):`);
    console.table(confusionMatrix());
    console.log(`significant: recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} % (${truePositives}/${predictedSignificant} predicted)`);
    const wrong = results.filter((r) => r.significance.level !== r.testCase.expected);
    for (const { testCase, significance } of wrong) {
      console.log(`  ${testCase.id}: expected ${testCase.expected}, got ${significance.level}${significance.reasons[0] ? ` (${significance.reasons[0].messageEn})` : ''}`);
    }

    const missed = results.filter((r) => r.testCase.expected === 'significant' && r.significance.level !== 'significant').map((r) => r.testCase.id);
    expect(missed, 'missed significant changes').toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    const noisyFormatting = results.filter((r) => r.testCase.expected === 'none' && r.significance.level !== 'none').map((r) => r.testCase.id);
    expect(noisyFormatting, 'formatting-only pairs that were not none').toEqual([]);
  });

  it('files each significant change under the category a lawyer would', () => {
    const misfiled = results
      .filter(({ testCase }) => testCase.expected === 'significant' && testCase.category !== undefined)
      .filter(({ testCase, significance }) => !significance.reasons.some((r) => r.level === 'significant' && r.category === testCase.category))
      .map(({ testCase, significance }) => `${testCase.id}: wanted ${testCase.category}, got ${significance.reasons.map((r) => `${r.level}/${r.category}`).join(' ')}`);
    expect(misfiled).toEqual([]);
  });

  it('points every material reason at the words that triggered it, in both languages', () => {
    for (const { testCase, significance } of results) {
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
