import type { OutputFormat } from './types.js';

/**
 * Text a terminal would act on, from a policy or a commit message that someone else wrote: ESC sequences (clear the
 * screen, move the cursor), C1 controls, backspace, a carriage return that is not a line break's. In text and
 * Markdown output each is shown as its escape (`\u001b`), visibly and harmlessly; JSON keeps them (escaped by JSON
 * itself), and HTML escapes its own way. Line feeds, CRLF and tabs are text.
 */
const CONTROL = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

export function showControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * `value` with `showControls` applied to every string in it (plain objects and arrays, however deep); the same
 * objects where there was nothing to show, copies only where there was.
 */
export function withControlsShown<T>(value: T): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const shown = withControlsShown(item);
      if (shown !== item) (copy ??= [...value])[index] = shown;
    });
    return (copy ?? value) as T;
  }
  if (!isPlain(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const shown = withControlsShown(item);
    if (shown !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = shown;
  }
  return (copy ?? value) as T;
}

/** What a renderer of `format` is given: with controls shown for the terminal formats, as it is for the others. */
export function forFormat<T>(value: T, format: OutputFormat): T {
  return format === 'text' || format === 'md' ? withControlsShown(value) : value;
}
