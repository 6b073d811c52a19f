/** Comparing two versions: sections paired across versions, then sentences and words within each pair. */
export { diffPolicies, diffDocuments, type DiffOptions } from './diff.js';
export { rebuildText, canonicalText } from './rebuild.js';
