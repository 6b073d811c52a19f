/** A policy's history in git: the only module that runs git (git.ts), its output parsed, and versions → dated changes. */
export { GitRepository, validateRevision, isDaySpec, type FileHistory, type FileVersion, type CommitInfo, type DateKind } from './git.js';
export { historyChanges, mergeChanges, changeDate, groupVersions, type PolicyChange, type ChangeCommit, type HistoryOptions } from './history.js';
export { discoverPolicyFiles, looksLikePolicy } from './discover.js';
