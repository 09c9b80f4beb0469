/** An excerpt of at most `max` characters: whole words, an ellipsis when cut (for cards and meta tags; pages always show the full text). */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:]+$/, '')}…`;
}
