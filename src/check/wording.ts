/** Small pieces of the English the check findings are written in. */

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export const capitalize = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * A value as one word of a shell command a fix tells the user to run: as it is when it holds only characters no
 * shell treats specially, else in single quotes (a quote inside written '\'') — a file named `privacy"$(id)".md`
 * is a name to the command, not a command.
 */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
