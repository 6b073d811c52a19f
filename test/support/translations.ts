import { makeRepo, type CommitSpec, type TestRepo } from './repo.js';

/**
 * One policy in Swedish, English and Finnish, for `policydiff check`. The Swedish text is taken from seed policy 001
 * (Idun, fixtures/001-idun), shortened; the English and Finnish are our translations of it, chapter for chapter.
 * Each text is a function of its parts so that a test can change one chapter in one language.
 */

export interface PolicyParts {
  /** The "last updated" date as the language writes it. */
  updated?: string;
  /** Body of chapter 1. */
  collected?: string;
  /** Extra subsection of chapter 2, after the others (`### …` and its text). */
  extraRecipient?: string;
  /** Body of chapter 4. */
  rights?: string;
  /** Extra chapter before the change list. */
  extraChapter?: string;
  /** Lines of the change list. */
  changeList?: string[];
}

export const SV_GOOGLE_ANALYTICS =
  '### Google Analytics\n\nKontrollpanelen använder Google Analytics för att samla in statistik om hur kontrollpanelen används. Informationen överförs till och lagras på Googles servrar i USA, utanför EU/EES.';
export const EN_GOOGLE_ANALYTICS =
  '### Google Analytics\n\nThe control panel uses Google Analytics to collect statistics on how the control panel is used. The information is transferred to and stored on Google’s servers in the USA, outside the EU/EEA.';
export const FI_GOOGLE_ANALYTICS =
  '### Google Analytics\n\nHallintapaneeli käyttää Google Analyticsia tilastojen keräämiseen hallintapaneelin käytöstä. Tiedot siirretään Googlen palvelimille Yhdysvaltoihin, EU:n/ETA:n ulkopuolelle, ja tallennetaan sinne.';

const join = (lines: (string | undefined)[]) => `${lines.filter((line) => line !== undefined).join('\n\n')}\n`;

export function swedish(parts: PolicyParts = {}): string {
  return join([
    '# Sekretesspolicy',
    `Senast ändrad: ${parts.updated ?? '2024-01-15'}`,
    'Den här policyn gäller för all information som samlas eller uppges i vår tjänst Idun, på samtliga enheter och plattformar.',
    '## 1. Information som vi samlar in',
    parts.collected ??
      'Inloggningsinformationen för applikationen består av ditt telefonnummer. Vår serverprogramvara kan också lagra grundläggande teknisk information som ip-adress, händelser eller loggar. Ip-adressen lagras endast tillfälligt.',
    '## 2. Hur informationen används',
    'Den insamlade informationen används för att upprätthålla och förbättra tjänsten.',
    '### Firebase',
    'Idun-tjänsten använder plattformen Firebase för lagring, åtkomst och hantering av data och för pushnotiser.',
    '### Twilio',
    'Idun-tjänsten använder Twilios molnbaserade kommunikationstjänst för att sända autentiseringskoder till användarens telefonnummer i samband med inloggningen.',
    parts.extraRecipient,
    '## 3. Säkerhet',
    'All kommunikation till och från tjänsten kräver en krypterad anslutning (HTTPS). Alla lösenord krypteras för bättre säkerhet.',
    '## 4. Användaren har full kontroll över sin information',
    parts.rights ??
      'Detta innebär att man när som helst har rätt att begära en redogörelse över vilken information om användaren som vi besitter. Man har också rätt att begära att informationen raderas.',
    parts.extraChapter,
    '## 5. Ändringar i sekretesspolicyn',
    'Om vi bestämmer oss för att ändra något i vår sekretesspolicy, kommer vi att publicera dessa ändringar på den här sidan.',
    (parts.changeList ?? ['- 15.1.2024 Första versionen.']).join('\n'),
  ]);
}

export function english(parts: PolicyParts = {}): string {
  return join([
    '# Privacy policy',
    `Last updated: ${parts.updated ?? '15 January 2024'}`,
    'This policy applies to all information collected or given in our service Idun, on all devices and platforms.',
    '## 1. Information we collect',
    parts.collected ??
      'The login information for the application is your phone number. Our server software may also store basic technical information such as IP address, events or logs. The IP address is stored only temporarily.',
    '## 2. How the information is used',
    'The information collected is used to maintain and improve the service.',
    '### Firebase',
    'The Idun service uses the Firebase platform to store, access and manage data and for push notifications.',
    '### Twilio',
    'The Idun service uses Twilio’s cloud communication service to send authentication codes to the user’s phone number when logging in.',
    parts.extraRecipient,
    '## 3. Security',
    'All communication to and from the service requires an encrypted connection (HTTPS). All passwords are encrypted for better security.',
    '## 4. You have full control over your information',
    parts.rights ??
      'This means that you have the right at any time to request an account of the information about you that we hold. You also have the right to request that the information is erased.',
    parts.extraChapter,
    '## 5. Changes to this privacy policy',
    'If we decide to change anything in our privacy policy, we will publish the changes on this page.',
    (parts.changeList ?? ['- 15.1.2024 First version.']).join('\n'),
  ]);
}

export function finnish(parts: PolicyParts = {}): string {
  return join([
    '# Tietosuojaseloste',
    `Päivitetty: ${parts.updated ?? '15.1.2024'}`,
    'Tämä seloste koskee kaikkia tietoja, joita palvelussamme Idun kerätään tai annetaan, kaikilla laitteilla ja alustoilla.',
    '## 1. Tiedot, joita keräämme',
    parts.collected ??
      'Sovelluksen kirjautumistieto on puhelinnumerosi. Palvelinohjelmistomme voi myös tallentaa perustason teknisiä tietoja, kuten IP-osoitteen, tapahtumia tai lokeja. IP-osoite tallennetaan vain tilapäisesti.',
    '## 2. Miten tietoja käytetään',
    'Kerättyjä tietoja käytetään palvelun ylläpitämiseen ja kehittämiseen.',
    '### Firebase',
    'Idun-palvelu käyttää Firebase-alustaa tietojen tallentamiseen, käyttämiseen ja hallintaan sekä push-ilmoituksiin.',
    '### Twilio',
    'Idun-palvelu käyttää Twilion pilvipohjaista viestintäpalvelua tunnistautumiskoodien lähettämiseen käyttäjän puhelinnumeroon kirjautumisen yhteydessä.',
    parts.extraRecipient,
    '## 3. Tietoturva',
    'Kaikki viestintä palveluun ja palvelusta edellyttää salattua yhteyttä (HTTPS). Kaikki salasanat salataan paremman tietoturvan vuoksi.',
    '## 4. Käyttäjällä on täysi määräysvalta tietoihinsa',
    parts.rights ??
      'Tämä tarkoittaa, että sinulla on milloin tahansa oikeus pyytää selvitys siitä, mitä tietoja sinusta meillä on. Sinulla on myös oikeus pyytää tietojen poistamista.',
    parts.extraChapter,
    '## 5. Muutokset tähän selosteeseen',
    'Jos päätämme muuttaa tietosuojaselostettamme, julkaisemme muutokset tällä sivulla.',
    (parts.changeList ?? ['- 15.1.2024 Ensimmäinen versio.']).join('\n'),
  ]);
}

/** The three translations as the files of a commit. */
export function translationFiles(parts: { sv?: PolicyParts; en?: PolicyParts; fi?: PolicyParts } = {}): Record<string, string> {
  return { 'privacy.sv.md': swedish(parts.sv), 'privacy.en.md': english(parts.en), 'privacy.fi.md': finnish(parts.fi) };
}

/** The first commit of main: the three translations, in step. */
export const FIRST_COMMIT: CommitSpec = { message: 'Add the privacy policy in three languages', date: '2024-01-15T10:00:00+02:00', files: translationFiles() };

/** Google Analytics added to chapter 2 of all three, dated and listed: a significant change done right (but for the trailer). */
export const GOOGLE_ANALYTICS_IN_ALL = {
  sv: { extraRecipient: SV_GOOGLE_ANALYTICS, updated: '2024-03-10', changeList: ['- 15.1.2024 Första versionen.', '- 10.3.2024 Nytt avsnitt: Google Analytics.'] },
  en: { extraRecipient: EN_GOOGLE_ANALYTICS, updated: '10 March 2024', changeList: ['- 15.1.2024 First version.', '- 10.3.2024 New section: Google Analytics.'] },
  fi: { extraRecipient: FI_GOOGLE_ANALYTICS, updated: '10.3.2024', changeList: ['- 15.1.2024 Ensimmäinen versio.', '- 10.3.2024 Uusi kohta: Google Analytics.'] },
};

/** main holds the three translations; the commits given are made on a branch `change` after it, a day apart from 2024-03-10. */
export function branchRepo(...commits: Omit<CommitSpec, 'date'>[]): TestRepo {
  const repo = makeRepo([FIRST_COMMIT]);
  repo.git(['switch', '--quiet', '-c', 'change']);
  commits.forEach((commit, index) => repo.commit({ ...commit, date: `2024-03-${String(10 + index).padStart(2, '0')}T10:00:00+02:00` }));
  return repo;
}
