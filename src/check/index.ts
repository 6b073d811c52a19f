import { configuredLanguage, headingOverridesFor, readingOptions, type PolicydiffConfig } from '../config.js';
import { discoverPolicyFiles, looksLikePolicy } from '../history/discover.js';
import { diffPolicies } from '../compare/diff.js';
import { PolicydiffError, quote, usageError } from '../errors.js';
import type { FileHistory, GitRepository, ReadOptions } from '../history/git.js';
import { historyChanges, type HistoryOptions } from '../history/history.js';
import type { SourceFormat } from '../model.js';
import { parsePolicy } from '../document/parse.js';
import { withSignificance, type ClassifyOptions } from '../significance/classify.js';
import { findLastUpdated } from './dates.js';
import { removedTranslations, translationDrift } from './drift.js';
import type { CheckedFile } from './model.js';
import { changeListDays, missingChangeEntry, significantWithoutNotice, staleDate } from './policy-checks.js';
import { findTranslationSets, languageFromName } from './translations.js';
import { CHECK_NAMES, type CheckFinding, type CheckName, type CheckReport, type SkippedCheck } from './types.js';

/**
 * `policydiff check`: a policy lint for CI. Reads the policy files at the head and their history since the base
 * (one `git log` per file, one `cat-file` for all texts, through git.ts), then runs the checks, which are pure.
 */

export interface CheckOptions {
  /** Where the checked changes start; default: the merge base with the default branch. */
  base?: string;
  /** How findings and the report name the base (e.g. a short hash for a full one); default: `base` as given. */
  baseLabel?: string;
  /** Default `HEAD`. */
  head?: string;
  /** Repository-relative paths of the policy files; default: the config's `files`, else the files named like a policy. */
  files?: readonly string[];
  config?: PolicydiffConfig;
  /** The config's file name, for messages. */
  configSource?: string;
  maxBytes?: number;
  /** Told when a file was not read as it is: Windows-1252, or UTF-8 with stray bytes. */
  onFallback?: (warning: string) => void;
  /** Read every file as this kind instead of guessing from its name. */
  format?: SourceFormat;
  classify?: ClassifyOptions;
}

async function resolveBase(repo: GitRepository, base: string | undefined, label: string | undefined, head: string): Promise<{ ref: string; commit: string }> {
  if (base !== undefined) return { ref: label ?? base, commit: await repo.resolveRevision(base) };
  const found = await repo.defaultBranchBase(head);
  if (found === undefined) {
    throw usageError('found no default branch (origin/HEAD, main or master) to start the check from: give --base <ref>, e.g. --base origin/main');
  }
  return found;
}

/** Translation sets from the config (each file must be tracked) or by name among the policy files. */
function translationSets(config: PolicydiffConfig, configSource: string, files: readonly string[], tracked: ReadonlySet<string>): string[][] {
  if (config.translations === undefined) return findTranslationSets(files).map((set) => set.map((member) => member.file));
  config.translations.forEach((set, index) => {
    const missing = set.find((file) => !tracked.has(file));
    if (missing !== undefined) {
      throw new PolicydiffError('config', `"translations[${index}]" in ${configSource} names ${quote(missing)}, which is not tracked: fix the path (git ls-files lists the tracked files)`);
    }
  });
  return config.translations;
}

/** `translated`: the file is in a translation set, whose drift needs its base → head diff. */
function checkedFile(file: string, text: string, history: FileHistory | undefined, translated: boolean, options: CheckOptions): CheckedFile {
  const language = configuredLanguage(options.config ?? {}, file) ?? languageFromName(file);
  const headings = headingOverridesFor(options.config ?? {}, file);
  const parseOptions = {
    fileName: file,
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(headings === undefined ? {} : { headings }),
  };
  const checked: CheckedFile = { file, text, document: parsePolicy(text, parseOptions), changes: [] };
  if (options.format !== undefined) checked.format = options.format;
  if (history === undefined || history.versions.length === 0) return checked;
  const reading = readingOptions(options.config ?? {});
  const historyOptions: HistoryOptions = { perCommit: true, ...reading, ...(headings === undefined ? {} : { headings }) };
  if (language !== undefined) historyOptions.language = language;
  if (options.format !== undefined) historyOptions.format = options.format;
  const changes = [...historyChanges(history, historyOptions)];
  // A file created since the base (a new translation) starts with its first version: a publication, not a change
  // of meaning that needs a new date, an entry or a notice.
  if (history.before === undefined) changes.pop();
  checked.changes = changes.map((change) => ({ ...change, diff: withSignificance(change.diff, options.classify) }));
  const before = history.before?.text ?? '';
  if (history.before !== undefined) checked.before = before;
  if (!translated) return checked;
  const diffOptions = { ...parseOptions, ...reading, ...(language === undefined ? {} : { language }) };
  checked.diff = withSignificance(diffPolicies(before, text, diffOptions), options.classify);
  return checked;
}

/** The policy files to check; with translation sets configured, none named like a policy is no error (the sets are the policies). */
function discoverPolicies(tracked: readonly string[], config: PolicydiffConfig, configSource: string): string[] {
  if (config.translations === undefined || config.files !== undefined) return discoverPolicyFiles(tracked, config, configSource);
  return tracked.filter(looksLikePolicy);
}

const byCheck = (a: CheckFinding, b: CheckFinding) => CHECK_NAMES.indexOf(a.check) - CHECK_NAMES.indexOf(b.check);

/**
 * The checks that had something to look at: a translation set of two files or more, a "last updated" line, a change
 * list of the policy's own, a significant change. The others pass by default, which a reader should not take for a
 * pass (a policy with no date line has no stale date): each says why it had nothing to check.
 */
function applicableChecks(files: readonly CheckedFile[], translationSetFound: boolean, baseRef: string): { applicable: CheckName[]; skipped: SkippedCheck[] } {
  const why: Record<CheckName, string | undefined> = {
    'translation-drift': translationSetFound
      ? undefined
      : 'no translations: no two files of one policy in different languages (privacy.sv.md and privacy.en.md, or "translations" in policydiff.config.json)',
    'stale-date': files.some((file) => findLastUpdated(file.text) !== undefined)
      ? undefined
      : 'no "last updated" line (such as "Last updated: 18 November 2021" or "Senast ändrad: 2021-11-18") to keep up to date',
    'missing-change-entry': files.some((file) => changeListDays(file) !== undefined)
      ? undefined
      : 'no change list of the policy\'s own (a chapter such as "Changes to this policy" with dated lines) to add entries to',
    'significant-without-notice': files.some((file) => file.changes.some((change) => change.diff.significance?.level === 'significant'))
      ? undefined
      : `no significant change since ${baseRef} that would need a notice`,
  };
  return {
    applicable: CHECK_NAMES.filter((name) => why[name] === undefined),
    skipped: CHECK_NAMES.flatMap((check) => (why[check] === undefined ? [] : [{ check, reason: why[check] }])),
  };
}

export async function runChecks(repo: GitRepository, options: CheckOptions = {}): Promise<CheckReport> {
  const config = options.config ?? {};
  const configSource = options.configSource ?? 'the config';
  const head = await repo.resolveRevision(options.head ?? 'HEAD');
  const base = await resolveBase(repo, options.base, options.baseLabel, head);
  // A translation deleted since the base is still one of the set: its removal is drift to report, not a file to forget.
  const deleted = new Set(base.commit === head ? [] : await repo.deletedFiles(head, base.commit));
  const candidates = [...new Set([...(await repo.trackedFiles()), ...deleted])].sort();
  const tracked = new Set(candidates);
  const policies = options.files !== undefined ? [...options.files] : discoverPolicies(candidates, config, configSource);
  const sets = translationSets(config, configSource, policies, tracked);
  const files = [...new Set([...policies, ...sets.flat()])];

  const readOptions: ReadOptions = { ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }), ...(options.onFallback === undefined ? {} : { onFallback: options.onFallback }) };
  const texts = await repo.readFilesAt(head, files, readOptions);
  const present = files.filter((file) => texts.has(file));
  const histories = base.commit === head ? [] : await repo.readHistories(present, { from: base.commit, to: head }, readOptions);
  const translated = new Set(sets.flat());
  const checked = new Map(present.map((file, index) => [file, checkedFile(file, texts.get(file)!, histories[index], translated.has(file), options)]));

  const findings: CheckFinding[] = [];
  let translationSetFound = false;
  for (const set of sets) {
    const members = set.flatMap((file) => checked.get(file) ?? []);
    const removed = removedTranslations(set.filter((file) => !checked.has(file) && deleted.has(file)), members.map((member) => member.file), base.ref);
    if (removed.length > 0) translationSetFound = true;
    findings.push(...removed);
    if (members.length < 2) continue;
    translationSetFound = true;
    findings.push(...translationDrift(members, base.ref));
  }
  for (const file of checked.values()) {
    findings.push(...staleDate(file), ...missingChangeEntry(file, base.ref), ...significantWithoutNotice(file));
  }
  const { applicable, skipped } = applicableChecks([...checked.values()], translationSetFound, base.ref);
  return { schemaVersion: 1, base, head, files: present, translationSets: sets, applicable, skipped, findings: findings.sort(byCheck) };
}

export { renderChecks, renderChecksMarkdown, renderChecksText, renderChecksJson, renderCommentChecks } from './render.js';
export { findLastUpdated, readPolicyDate, type LastUpdatedLine } from './dates.js';
export { findTranslationSets, chapterShapes, correspondingChapters } from './translations.js';
export type { CheckChapter, CheckFinding, CheckName, CheckReport, CheckSeverity, SkippedCheck } from './types.js';
