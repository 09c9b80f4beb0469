/** An excerpt of at most `max` characters, the ellipsis included: whole words (for cards and meta tags; pages always show the full text). */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.slice(0, room);
  // A cut that falls at the end of a word keeps that word.
  const end = /\s/.test(text[room]!) ? room : Math.max(cut.lastIndexOf(' '), room - 20);
  return `${cut.slice(0, end).replace(/[\s,;:]+$/, '')}…`;
}
