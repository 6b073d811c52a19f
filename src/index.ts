/** policydiff as a library: read a document → compare → history → classify → entries → render (docs/architecture.md). */
export type * from './model.js';
export { parsePolicy, detectFormat, unmatchedHeadingOverrides, detectLanguage, normalizeText, headingKey, type ParseOptions, type HeadingOverrides } from './document/index.js';
export { diffPolicies, diffDocuments, rebuildText, canonicalText, type DiffOptions } from './compare/index.js';
export { PolicydiffError, ExitCode } from './errors.js';
export { renderers, escapeMarkdown, diffToJson, OUTPUT_FORMATS, type OutputFormat, type RenderOptions } from './render/index.js';
export {
  GitRepository,
  validateRevision,
  historyChanges,
  mergeChanges,
  changeDate,
  groupVersions,
  discoverPolicyFiles,
  looksLikePolicy,
  type FileHistory,
  type FileVersion,
  type CommitInfo,
  type DateKind,
  type PolicyChange,
  type ChangeCommit,
  type HistoryOptions,
} from './history/index.js';
export { loadConfig, validateConfig, type PolicydiffConfig } from './config.js';
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
export { GitHubClient, GitHubApiError, upsertComment, isOwnComment, type GitHubClientOptions, type IssueComment, type UpsertResult } from './github/index.js';
export {
  classifySignificance,
  withSignificance,
  noticeFindings,
  noticeOf,
  NOTICE_FINDINGS,
  type Notice,
  type NoticeFinding,
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
  type SignificanceFinding,
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
  type SkippedCheck,
  type CheckFinding,
  type CheckChapter,
  type CheckName,
  type CheckSeverity,
  type LastUpdatedLine,
} from './check/index.js';
