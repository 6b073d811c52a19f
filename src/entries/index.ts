/** Changelog entries, the files they are written to, and app-store release notes. */
export { buildEntry, entryLine, entryText, joinNames, type Entry, type EntryOptions, type Significance } from './entry.js';
export { chapterChanges, type ChapterChanges, type ChapterName } from './chapters.js';
export { DEFAULT_DATE_FORMAT, formatDate, parseDateFormat, toIsoDate, type DatePattern, type IsoDate } from './dates.js';
export { templatesFor, TEMPLATES, type ChangelogTemplates } from './templates.js';
export { changeLevel, changeOverrides, commitOverrides, commitTrailers, SIGNIFICANCE_LEVELS, type CommitOverrides, type CommitTrailers, type SignificanceLevel } from './trailers.js';
export { mergeIntoChangelog, mergeIntoPolicyChangeList, type ChangelogFileEntry, type ChangelogMergeOptions, type PolicyListEntry, type PolicyListOptions } from './changelog-file.js';
export { fastlaneNotesPath, fitSentences, mergeReleaseNotes, storeNotes, STORE_LIMITS, type Store, type StoreNotesOptions } from './store-notes.js';
