/** Reading one version of a policy: bytes → text → sections, blocks and sentences, with its language and format. */
export { parsePolicy, detectFormat, type ParseOptions } from './parse.js';
export { unmatchedHeadingOverrides, type HeadingOverrides } from './heading-overrides.js';
export { detectLanguage } from './language.js';
export { normalizeText, headingKey } from './normalize.js';
