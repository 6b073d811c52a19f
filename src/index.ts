/** policydiff as a library: parse → align → diff → render, all pure functions of strings. */
export type * from './model.js';
export { parsePolicy, detectFormat, type ParseOptions } from './parse/index.js';
export { diffPolicies, diffDocuments, type DiffOptions } from './diff.js';
export { detectLanguage } from './language.js';
export { normalizeText, headingKey } from './normalize.js';
export { PolicydiffError, ExitCode } from './errors.js';
export { rebuildText, canonicalText } from './rebuild.js';
export { renderers, escapeMarkdown, diffToJson, OUTPUT_FORMATS, type OutputFormat, type RenderOptions } from './render/index.js';
export * from './significance/index.js';
