import { Option } from 'commander';
import type { PolicydiffConfig } from '../config.js';
import { PolicydiffError } from '../errors.js';
import type { PolicyDiff, SignificanceLevel } from '../model.js';
import { withSignificance, type ClassifyOptions } from '../significance/classify.js';

/** `--fail-on` and the classification every command that shows a diff shares. */

export type FailOn = Exclude<SignificanceLevel, 'none'>;
const ORDER: SignificanceLevel[] = ['none', 'editorial', 'minor', 'significant'];

export const failOnOption = (what = 'the change') =>
  new Option('--fail-on <level>', `exit with code 1 when ${what} is at least this significant (for CI)`).choices(['significant', 'minor', 'editorial']);

/** The config's extra terms (`"significance"` in policydiff.config.json), for the commands that read one. */
export function significanceOptions(context: { config: PolicydiffConfig }): ClassifyOptions {
  return context.config.significance === undefined ? {} : { lexicons: context.config.significance };
}

export function classified(diff: PolicyDiff, options: ClassifyOptions = {}): PolicyDiff {
  return withSignificance(diff, options);
}

/**
 * Called after the output is written, so that CI logs show what was found: a threshold that is reached ends the
 * run with exit code 1 (errors.ts `threshold`) and says which level reached it.
 */
export function checkFailOn(diffs: readonly PolicyDiff[], failOn: FailOn | undefined): void {
  checkFailOnLevels(diffs.map((diff) => diff.significance?.level ?? 'none'), failOn);
}

/** `checkFailOn` for levels decided elsewhere (a history's changes, whose commits may set their level). */
export function checkFailOnLevels(levels: readonly SignificanceLevel[], failOn: FailOn | undefined): void {
  const reached = failOnReached(levels, failOn);
  if (reached !== undefined) throw new PolicydiffError('threshold', reached);
}

/** Why `--fail-on` is reached ("the change is significant, which reaches --fail-on minor"), or undefined. */
export function failOnReached(levels: readonly SignificanceLevel[], failOn: FailOn | undefined): string | undefined {
  if (failOn === undefined) return undefined;
  const highest = levels.reduce<SignificanceLevel>((max, level) => (ORDER.indexOf(level) > ORDER.indexOf(max) ? level : max), 'none');
  return ORDER.indexOf(highest) >= ORDER.indexOf(failOn) ? `the change is ${highest}, which reaches --fail-on ${failOn}` : undefined;
}

