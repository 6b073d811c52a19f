import picomatch from 'picomatch';
import { PolicydiffError, quote, usageError } from '../errors.js';

/**
 * Which tracked files are policies, when the user names none: the config's globs, else text and Markdown files
 * named like a policy in the languages policies come in. Pure: it takes `git ls-files`' list.
 */

const POLICY_EXTENSION = /\.(?:md|markdown|txt)$/i;

/** Words long enough to match inside a name (`privacypolicy`, `integritetspolicy`, `cookie-notice`). */
const POLICY_WORDS = [
  // en
  'privacy', 'policy', 'policies', 'terms', 'cookie', 'gdpr', 'eula', 'legal', 'disclaimer', 'data-protection',
  // sv, da, nb
  'integritet', 'sekretess', 'villkor', 'personuppgift', 'dataskydd', 'anvandarvillkor', 'användarvillkor', 'personvern',
  'personoplysning', 'privatliv', 'vilkår', 'vilkar', 'betingelser',
  // fi
  'tietosuoja', 'yksityisyy', 'kayttoehdot', 'käyttöehdot', 'rekisteriseloste',
  // de, fr, es, pt, it, nl
  'datenschutz', 'nutzungsbedingungen', 'confidentialit', 'conditions', 'privacidad', 'privacidade', 'terminos',
  'términos', 'termini', 'privacyverklaring', 'voorwaarden',
];
/** Short ones only as a whole word of the name (`tos.md`, `agb.txt`), not inside `photos.md`. */
const POLICY_TOKENS = new Set(['tos', 'agb', 'cgu', 'cgv', 'dpa', 'ehdot']);
const SKIPPED_DIRECTORIES = /(?:^|\/)(?:node_modules|vendor|\.git)\//;

export function looksLikePolicy(path: string): boolean {
  if (!POLICY_EXTENSION.test(path) || SKIPPED_DIRECTORIES.test(path)) return false;
  const name = path.slice(path.lastIndexOf('/') + 1).replace(POLICY_EXTENSION, '').toLowerCase().normalize('NFC');
  if (POLICY_WORDS.some((word) => name.includes(word))) return true;
  return name.split(/[^\p{L}\p{N}]+/u).some((token) => POLICY_TOKENS.has(token));
}

export function discoverPolicyFiles(tracked: readonly string[], config: { files?: readonly string[] }, configSource = 'the config'): string[] {
  if (config.files !== undefined) {
    const matches = picomatch([...config.files], { dot: true });
    const found = tracked.filter((path) => matches(path));
    if (found.length === 0) {
      throw new PolicydiffError(
        'config',
        `"files" in ${configSource} (${config.files.map((glob) => quote(glob)).join(', ')}) matches no tracked file: fix the globs (git ls-files lists the tracked files)`,
      );
    }
    return found;
  }
  const found = tracked.filter(looksLikePolicy);
  if (found.length === 0) {
    throw usageError('found no tracked file named like a policy (privacy, terms, integritet, …): name the files after --, or list them in policydiff.config.json as "files"');
  }
  return found;
}
