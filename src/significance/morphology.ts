/**
 * When a word of a policy is a form of a lexicon term, and when it is another word that only starts the same:
 * "advertisers" is a form of "advertis", "facebook" is not one of "face", "healthcare" not one of "health",
 * "accessible" not one of "access". Lexicon terms are written as word starts; a text word that starts with one
 * counts only when the language's Snowball stemmer (@orama/stemmers) cuts it back to that start, so that what
 * follows the start is an ending and not the rest of another word. Snowball also strips suffixes that make
 * another word of the same root ("-ible", "-able"), which each language lists below. Swedish, Danish, Norwegian,
 * German and Finnish write compounds as one word ("ansiktsigenkänning", "Standortdaten"): there a term also matches
 * the first part of a compound: a word that goes on for three letters or more.
 */
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as swedish } from '@orama/stemmers/swedish';

const STEMMERS: Record<string, (word: string) => string> = {
  da: danish,
  de: german,
  en: english,
  fi: finnish,
  fr: french,
  nb: norwegian,
  sv: swedish,
};

/** Suffixes that make an adjective of capability or absence: another meaning than the root's ("accessible"). */
const OTHER_WORD_SUFFIXES: Record<string, RegExp> = {
  en: /^(?:able|ably|ability|abilities|ible|ibly|ibility|ibilities|less|lessly|lessness)$/u,
  fr: /^(?:able|ables|ible|ibles|abilité|ibilité)$/u,
  de: /^(?:bar|bare|baren|barer|barkeit|los|lose|losen|loser)$/u,
  sv: /^(?:bar|bara|bart|lös|lösa|löst)$/u,
  da: /^(?:bar|bare|løs|løse)$/u,
  nb: /^(?:bar|bare|løs|løse)$/u,
  fi: /^(?:ton|tön|ttoman|ttömän)$/u,
};

/** Endings of a name: "Twilios", "Google's", "Metan". */
const NAME_ENDINGS = /^(?:s|es|'s|’s|:s|n|in|en|a|sta|lle|lla)?$/u;

export interface Morphology {
  /** `word` (lower case unless the term has capitals) is `start` or a form of the word `start` begins. */
  isFormOf(start: string, word: string): boolean;
}

const COMPOUNDING = new Set(['sv', 'da', 'nb', 'de', 'fi']);

const MAX_CACHED = 20_000;

class SnowballMorphology implements Morphology {
  private readonly stems = new Map<string, string>();
  constructor(
    private readonly stem: (word: string) => string,
    private readonly otherWord: RegExp | undefined,
    private readonly compounding: boolean,
  ) {}

  private stemOf(word: string): string {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      stem = this.stem(word);
      if (this.stems.size >= MAX_CACHED) this.stems.clear();
      this.stems.set(word, stem);
    }
    return stem;
  }

  isFormOf(start: string, word: string): boolean {
    if (word.length <= start.length) return true;
    const rest = word.slice(start.length);
    if (this.otherWord?.test(rest) === true) return false;
    // A brand or product name written with capitals takes a genitive or case ending, never a suffix.
    if (/\p{Lu}/u.test(start) && NAME_ENDINGS.test(rest)) return true;
    // The stem reaches at most one letter past the written start: what follows it is an ending.
    if (this.stemOf(word.toLowerCase()).length <= start.length + 1) return true;
    return this.compounding && rest.length >= 3;
  }
}

/** Languages without a stemmer: a word start covers every word it starts, as lexicons were first written. */
const PREFIX_ONLY: Morphology = { isFormOf: () => true };

const cache = new Map<string, Morphology>();
export function morphologyFor(language: string): Morphology {
  let morphology = cache.get(language);
  if (morphology === undefined) {
    const stem = STEMMERS[language];
    morphology = stem === undefined ? PREFIX_ONLY : new SnowballMorphology(stem, OTHER_WORD_SUFFIXES[language], COMPOUNDING.has(language));
    cache.set(language, morphology);
  }
  return morphology;
}
