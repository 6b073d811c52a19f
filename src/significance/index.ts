export { classifySignificance, withSignificance, type ClassifyOptions } from './classify.js';
export { lexiconFor, bundledLanguages, mergeLexicons, validateExtensions, type LexiconSource, type LexiconExtensions } from './lexicon.js';
export type { Significance, SignificanceLevel, SignificanceReason, SignificanceCategory, SignificanceRule, SignificanceFinding } from '../model.js';
export { noticeFindings, noticeOf, NOTICE_FINDINGS, type Notice, type NoticeFinding } from './notice.js';
