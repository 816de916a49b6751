/** Lines of a text with their start offsets; "\r\n", "\r" and "\n" all end a line. */
export function splitLinesWithOffsets(raw: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    const body = m[0].slice(0, m[0].length - m[1].length);
    out.push({ start: m.index, text: body });
    if (m[1] === "") break;
  }
  return out;
}
