/** Changelog entries, the files they are written to, and app-store release notes. */
export { buildEntry, entryLine, entryText, type Entry, type EntryOptions } from './entry.js';
export { chapterChanges, type ChapterChanges } from './chapters.js';
export { formatDate, parseDateFormat, toIsoDate, type DatePattern } from './dates.js';
export { TEMPLATES } from './templates.js';
export { changeLevel, commitOverrides, commitTrailers, type CommitTrailers } from './trailers.js';
export { mergeIntoChangelog, mergeIntoPolicyChangeList, type ChangelogFileEntry, type PolicyListEntry } from './changelog-file.js';
export { fastlaneNotesPath, mergeReleaseNotes, storeNotes, STORE_LIMITS, type Store } from './store-notes.js';
