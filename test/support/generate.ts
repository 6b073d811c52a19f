import fc from 'fast-check';

/**
 * Generated policies in the shapes the seeds have (plain text with bare headings, or Markdown), and edits of the
 * kinds policy owners make: reword, add, remove, rename, move, reformat.
 */

export interface ModelSection {
  heading: string;
  sentences: string[];
  subsections: { heading: string; sentences: string[] }[];
}

export interface ModelPolicy {
  title: string;
  preamble: string[];
  chapters: ModelSection[];
}

const WORDS = [
  'vi', 'samlar', 'in', 'uppgifter', 'om', 'dig', 'och', 'delar', 'inte', 'data', 'med', 'tredje', 'part', 'we',
  'collect', 'your', 'location', 'share', 'partners', 'cookies', 'lagras', 'i', 'sverige', 'rätt', 'radera',
];
const HEADINGS = [
  'Information som vi samlar in', 'Hur informationen används', 'Säkerhet', 'Samtycke', 'Ta kontakt',
  'Cookies', 'Dina rättigheter', 'Lagring', 'Delning med tredje part', 'Firebase', 'Twilio', 'Ändringar',
  'What we collect', 'How we use it', 'Your rights', 'Retention', 'Contact us', 'Children', 'Transfers',
];

const word = fc.constantFrom(...WORDS);
export const sentence = fc
  .array(word, { minLength: 2, maxLength: 9 })
  .map((words) => {
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  });

const sentences = (max: number) => fc.array(sentence, { minLength: 1, maxLength: max });

export const policy: fc.Arbitrary<ModelPolicy> = fc
  .record({
    preamble: fc.array(sentence, { maxLength: 2 }),
    headings: fc.uniqueArray(fc.constantFrom(...HEADINGS), { minLength: 1, maxLength: 8 }),
    bodies: fc.array(sentences(4), { minLength: 8, maxLength: 8 }),
    subBodies: fc.array(fc.array(sentences(3), { maxLength: 2 }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ preamble, headings, bodies, subBodies }) => {
    const used = new Set(headings);
    const spare = HEADINGS.filter((heading) => !used.has(heading));
    return {
      title: 'SEKRETESSPOLICY',
      preamble,
      chapters: headings.map((heading, index) => ({
        heading,
        sentences: bodies[index]!,
        subsections: subBodies[index]!.map((body) => ({ heading: spare.pop() ?? `Del ${index}`, sentences: body })),
      })),
    };
  });

export type Edit =
  | { kind: 'reword'; chapter: number; sentence: number; word: string }
  | { kind: 'add'; chapter: number; sentence: string }
  | { kind: 'remove'; chapter: number; sentence: number }
  | { kind: 'rename'; chapter: number; heading: string }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'dropChapter'; chapter: number }
  | { kind: 'newChapter'; heading: string; sentences: string[] };

export const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('reword' as const), chapter: fc.nat(), sentence: fc.nat(), word }),
    fc.record({ kind: fc.constant('add' as const), chapter: fc.nat(), sentence }),
    fc.record({ kind: fc.constant('remove' as const), chapter: fc.nat(), sentence: fc.nat() }),
    fc.record({ kind: fc.constant('rename' as const), chapter: fc.nat(), heading: fc.constantFrom('Nytt namn', 'Renamed part', 'Övrigt') }),
    fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('dropChapter' as const), chapter: fc.nat() }),
    fc.record({ kind: fc.constant('newChapter' as const), heading: fc.constantFrom('Ny del', 'New part'), sentences: sentences(3) }),
  ),
  { maxLength: 6 },
);

export function applyEdits(model: ModelPolicy, list: Edit[]): ModelPolicy {
  const chapters = structuredClone(model.chapters);
  for (const edit of list) {
    const at = (index: number) => (chapters.length === 0 ? undefined : chapters[index % chapters.length]);
    switch (edit.kind) {
      case 'reword': {
        const chapter = at(edit.chapter);
        if (chapter && chapter.sentences.length > 0) {
          const index = edit.sentence % chapter.sentences.length;
          chapter.sentences[index] = chapter.sentences[index]!.replace(/ \S+\.$/, ` ${edit.word}.`);
        }
        break;
      }
      case 'add':
        at(edit.chapter)?.sentences.push(edit.sentence);
        break;
      case 'remove': {
        const chapter = at(edit.chapter);
        if (chapter && chapter.sentences.length > 1) chapter.sentences.splice(edit.sentence % chapter.sentences.length, 1);
        break;
      }
      case 'rename': {
        const chapter = at(edit.chapter);
        if (chapter && !chapters.some((c) => c.heading === edit.heading)) chapter.heading = edit.heading;
        break;
      }
      case 'move':
        if (chapters.length > 1) {
          const [moved] = chapters.splice(edit.from % chapters.length, 1);
          chapters.splice(edit.to % (chapters.length + 1), 0, moved!);
        }
        break;
      case 'dropChapter':
        if (chapters.length > 1) chapters.splice(edit.chapter % chapters.length, 1);
        break;
      case 'newChapter':
        if (!chapters.some((c) => c.heading === edit.heading)) chapters.push({ heading: edit.heading, sentences: edit.sentences, subsections: [] });
        break;
    }
  }
  return { ...model, chapters };
}

export type Style = { markdown: boolean; nbsp: boolean; bullets: boolean };

/** Writes a model out the way the seeds are written (or as Markdown), with a chosen amount of formatting noise. */
export function render(model: ModelPolicy, style: Style): string {
  const space = style.nbsp ? '\u00a0' : ' ';
  const line = (text: string, index: number) =>
    style.bullets && index % 2 === 1 ? `–${space}${text}` : text.replace(/ /g, (m) => (style.nbsp && text.length % 3 === 0 ? '  ' : m));
  const out: string[] = [];
  if (style.markdown) {
    out.push(`# ${model.title}`, '', ...model.preamble, '');
    for (const chapter of model.chapters) {
      out.push(`## ${chapter.heading}`, '', ...chapter.sentences.map((s, i) => (style.bullets ? `- ${s}` : line(s, i))), '');
      for (const sub of chapter.subsections) out.push(`### ${sub.heading}`, '', ...sub.sentences.map((s) => `${s}\n`), '');
    }
  } else {
    out.push(model.title, '', ...model.preamble.map((s) => `${s}\n`), style.nbsp ? '\u00a0' : '');
    for (const chapter of model.chapters) {
      out.push(chapter.heading, '', ...chapter.sentences.map(line), '');
      for (const sub of chapter.subsections) out.push(sub.heading, ...sub.sentences.map(line), '');
      if (style.nbsp) out.push('\u00a0', '');
    }
  }
  return out.join('\n');
}

export const style: fc.Arbitrary<Style> = fc.record({ markdown: fc.boolean(), nbsp: fc.boolean(), bullets: fc.boolean() });
