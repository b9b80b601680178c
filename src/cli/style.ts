/** Colour for a terminal, or none: the CLI colours only a TTY, and never when NO_COLOR is set (https://no-color.org). */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
}

const plain = (text: string): string => text;
const ansi = (open: number, close: number) => (text: string): string => `\u001B[${open}m${text}\u001B[${close}m`;

export const PLAIN: Style = { bold: plain, dim: plain, red: plain, yellow: plain };
export const COLOURED: Style = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39) };

/** Whether to colour output written to a stream: a TTY, and NO_COLOR absent or empty. */
export function wantsColour(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  return stream.isTTY === true && !env['NO_COLOR'];
}
