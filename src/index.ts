/** policydiff as a library: parse → align → diff → render, all pure functions of strings. */
export type * from './model.js';
export { parsePolicy, detectFormat, type ParseOptions } from './document/parse.js';
export { unmatchedHeadingOverrides, type HeadingOverrides } from './document/heading-overrides.js';
export { diffPolicies, diffDocuments, type DiffOptions } from './compare/diff.js';
export { detectLanguage } from './document/language.js';
export { normalizeText, headingKey } from './document/normalize.js';
export { PolicydiffError, ExitCode } from './errors.js';
export { rebuildText, canonicalText } from './compare/rebuild.js';
export { renderers, escapeMarkdown, diffToJson, OUTPUT_FORMATS, type OutputFormat, type RenderOptions } from './render/index.js';
export { GitRepository, validateRevision, type FileHistory, type FileVersion, type CommitInfo, type DateKind } from './history/git.js';
export { historyChanges, mergeChanges, changeDate, groupVersions, type PolicyChange, type ChangeCommit, type HistoryOptions } from './history/history.js';
export { loadConfig, validateConfig, type PolicydiffConfig } from './config.js';
export { discoverPolicyFiles, looksLikePolicy } from './history/discover.js';
export {
  buildEntry,
  entryLine,
  entryText,
  chapterChanges,
  commitOverrides,
  parseDateFormat,
  formatDate,
  mergeIntoChangelog,
  mergeIntoPolicyChangeList,
  storeNotes,
  fastlaneNotesPath,
  mergeReleaseNotes,
  STORE_LIMITS,
  type Entry,
  type EntryOptions,
  type CommitTrailers,
  type ChapterChanges,
  type ChangelogFileEntry,
  type PolicyListEntry,
  type Store,
} from './entries/index.js';
export { writeFileAtomic, type WriteOptions } from './write.js';
export { renderPolicyComment, highestLevel, COMMENT_MARKER, COMMENT_LIMIT, type CommentFile, type CommentOptions } from './render/comment.js';
export { GitHubClient, GitHubApiError, upsertComment, isOwnComment, type GitHubClientOptions, type IssueComment, type UpsertResult } from './github/client.js';
export {
  classifySignificance,
  withSignificance,
  summariseReasons,
  lexiconFor,
  bundledLanguages,
  mergeLexicons,
  validateExtensions,
  type ClassifyOptions,
  type LexiconSource,
  type LexiconExtensions,
  type Significance,
  type SignificanceLevel,
  type SignificanceReason,
  type SignificanceCategory,
  type SignificanceRule,
} from './significance/index.js';
export {
  runChecks,
  renderChecks,
  renderChecksMarkdown,
  renderChecksText,
  renderChecksJson,
  renderCommentChecks,
  findLastUpdated,
  readPolicyDate,
  findTranslationSets,
  type CheckOptions,
  type CheckReport,
  type CheckFinding,
  type CheckChapter,
  type CheckName,
  type CheckSeverity,
  type LastUpdatedLine,
} from './check/index.js';
