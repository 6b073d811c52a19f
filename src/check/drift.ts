import type { PolicyDiff } from '../model.js';
import { isLastUpdatedLine } from './dates.js';
import type { CheckedFile } from './model.js';
import { chapterShapes, correspondingChapters, type ChapterShape } from './translations.js';
import type { CheckChapter, CheckFinding } from './types.js';
import { capitalize, plural, shellWord } from './wording.js';

/**
 * Translation drift: the members of a translation set no longer correspond. Structure is compared at the head
 * (a chapter in one language only, numbering or subsection counts that differ); changes since the base chapter by
 * chapter (chapter k changed in one language, its counterpart in another did not). Lines of the policy's own change
 * list and its "last updated" line are no change of a chapter: they differ between languages by nature.
 */

type ChapterChange = 'meaningful' | 'editorial';

const chapterRef = (file: string, shape: ChapterShape): CheckChapter => ({ file, position: shape.position, heading: shape.heading });
const named = (shape: ChapterShape) => `chapter ${shape.position} “${shape.heading}”`;

/** How each chapter of the head document changed since the base (chapters not in the map did not). */
export function chapterChangeLevels(diff: PolicyDiff): Map<number, ChapterChange> {
  const changes = new Map<number, ChapterChange>();
  const meaningfulChapters = new Set(
    (diff.significance?.reasons ?? [])
      .filter((reason) => reason.level !== 'editorial' && !isLastUpdatedLine(reason.new ?? reason.old ?? ''))
      .map((reason) => reason.path[0]),
  );
  let chapter = -1;
  let current: number | undefined;
  for (const section of diff.sections) {
    if (section.level === 0) continue;
    if (section.level === 1) {
      // A chapter removed from the head has no position there: its loss is a structural finding, if any.
      if (section.status === 'removed') {
        current = undefined;
        continue;
      }
      chapter += 1;
      current = chapter;
    }
    if (current === undefined) continue;
    const textChanges = section.changes.filter(
      (change) => change.type !== 'formatting' && !isLastUpdatedLine(change.new ?? '') && !isLastUpdatedLine(change.old ?? ''),
    );
    const changed = textChanges.length > 0 || section.status === 'added' || section.status === 'removed' || section.status === 'renamed' || section.status === 'moved';
    if (!changed) continue;
    const chapterHeading = section.level === 1 ? section.heading : section.path[0];
    const level: ChapterChange = meaningfulChapters.has(chapterHeading) ? 'meaningful' : 'editorial';
    if (changes.get(current) !== 'meaningful') changes.set(current, level);
  }
  return changes;
}

/** `explained`: rows whose change findings already say what is out of step (a subsection added in one language). */
function structureFindings(set: readonly CheckedFile[], shapes: readonly ChapterShape[][], rows: readonly (number | undefined)[][], explained: ReadonlySet<number>): CheckFinding[] {
  const findings: CheckFinding[] = [];
  // A chapter in one language only renumbers the chapters after it: that is its finding, not theirs.
  const renumbered = rows.some((row) => row.includes(undefined));
  for (const [rowIndex, row] of rows.entries()) {
    const present = row.flatMap((index, member) => (index === undefined ? [] : [{ member, shape: shapes[member]![index]! }]));
    const first = present[0]!;
    row.forEach((index, member) => {
      const file = set[member]!.file;
      if (index !== undefined) return;
      const others = present.map(({ member: other, shape }) => `${named(shape)} of ${set[other]!.file}`).join(', ');
      findings.push({
        check: 'translation-drift',
        severity: 'error',
        file,
        message: `${file} has no chapter corresponding to ${others}: a chapter added or removed in one language only.`,
        chapters: present.map(({ member: other, shape }) => chapterRef(set[other]!.file, shape)),
        fix: `translate ${named(first.shape)} into ${file}, or remove it from ${present.map(({ member: other }) => set[other]!.file).join(' and ')}.`,
      });
    });
    if (present.length !== row.length || explained.has(rowIndex)) continue;
    const reference = first.shape;
    for (const { member, shape } of present.slice(1)) {
      const file = set[member]!.file;
      const referenceFile = set[first.member]!.file;
      const problems: string[] = [];
      if (!renumbered && reference.number !== undefined && shape.number !== undefined && reference.number !== shape.number) {
        problems.push(`is numbered ${shape.number}, its counterpart ${named(reference)} of ${referenceFile} ${reference.number}`);
      }
      if (reference.subsections !== shape.subsections) {
        problems.push(`has ${plural(shape.subsections, 'subsection')}, its counterpart ${named(reference)} of ${referenceFile} ${reference.subsections}`);
      }
      if (problems.length === 0) continue;
      findings.push({
        check: 'translation-drift',
        severity: 'error',
        file,
        message: capitalize(`${named(shape)} of ${file} ${problems.join('; it ')}.`),
        chapters: [chapterRef(referenceFile, reference), chapterRef(file, shape)],
        fix: `give ${named(shape)} of ${file} the numbering and subsections of ${named(reference)} of ${referenceFile}, or the other way round.`,
      });
    }
  }
  return findings;
}

function changeFindings(
  set: readonly CheckedFile[],
  shapes: readonly ChapterShape[][],
  rows: readonly (number | undefined)[][],
  baseRef: string,
): { findings: CheckFinding[]; rows: Set<number> } {
  const findings: CheckFinding[] = [];
  const found = new Set<number>();
  if (set.every((file) => file.diff === undefined)) return { findings, rows: found };
  const changes = set.map((file) => (file.diff === undefined ? new Map<number, ChapterChange>() : chapterChangeLevels(file.diff)));
  // A translation added since the base is new in every chapter: it neither leads nor lags the others.
  const added = set.map((file) => file.diff !== undefined && file.before === undefined);
  for (const [rowIndex, row] of rows.entries()) {
    if (row.some((index) => index === undefined)) continue;
    const states = row.map((index, member) => (added[member] ? 'added' : changes[member]!.get(index!)));
    const leader = states.indexOf('meaningful') !== -1 ? states.indexOf('meaningful') : states.indexOf('editorial');
    if (leader === -1) continue;
    const severity = states[leader] === 'meaningful' ? 'error' : 'warning';
    const leaderShape = shapes[leader]![row[leader]!]!;
    const leaderFile = set[leader]!.file;
    states.forEach((state, member) => {
      if (state !== undefined) return;
      found.add(rowIndex);
      const file = set[member]!.file;
      const shape = shapes[member]![row[member]!]!;
      const unchanged = set[member]!.diff === undefined ? ` (${file} did not change at all since ${baseRef})` : '';
      findings.push({
        check: 'translation-drift',
        severity,
        file,
        message: capitalize(`${named(leaderShape)} changed in ${leaderFile} since ${baseRef}${severity === 'warning' ? ' (editorially)' : ''}, but its counterpart ${named(shape)} in ${file} did not${unchanged}.`),
        chapters: [chapterRef(leaderFile, leaderShape), chapterRef(file, shape)],
        fix: `translate the change into “${shape.heading}” of ${file} (policydiff diff ${shellWord(baseRef)} HEAD -- ${shellWord(leaderFile)} shows it)${severity === 'warning' ? ', if it applies there' : ''}.`,
      });
    });
  }
  return { findings, rows: found };
}

/** The findings of one translation set, its members in the set's order (the first is the reference). */
export function translationDrift(set: readonly CheckedFile[], baseRef: string): CheckFinding[] {
  const shapes = set.map((file) => chapterShapes(file.document));
  const rows = correspondingChapters(shapes);
  const changed = changeFindings(set, shapes, rows, baseRef);
  return [...structureFindings(set, shapes, rows, changed.rows), ...changed.findings];
}

/**
 * Members of a translation set that the range deleted while others of the set remain: the policy is no longer
 * offered in that language, which the readers of the other languages' versions are not told of.
 */
export function removedTranslations(removed: readonly string[], remaining: readonly string[], baseRef: string): CheckFinding[] {
  if (remaining.length === 0) return [];
  return removed.map((file) => ({
    check: 'translation-drift',
    severity: 'error',
    file,
    message: `${file} was removed since ${baseRef}, but its translations ${remaining.join(' and ')} were kept: a translation removed in one language only.`,
    fix: `restore it (git restore --source ${baseRef} -- ${file}), or, if the policy is no longer offered in that language, take it out of the translation set.`,
  }));
}
