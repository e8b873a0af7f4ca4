/** Splits text into lines at LF, CRLF or a lone CR, so line numbers match what an editor shows. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
