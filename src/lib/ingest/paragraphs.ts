/** True when a piece of text has no letter or digit: punctuation debris, not prose. */
export function isDebris(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Ends like a finished sentence: terminal punctuation, maybe inside a closing quote or bracket. */
const FINISHED = /[.!?:;]["'\u201d\u2019)\]]*$|["\u201d]$/;

/**
 * Splits body text into paragraphs. Syndicated text has one paragraph a line;
 * hard-wrapped text breaks lines mid-sentence. So a blank line always ends a
 * paragraph, and a line break ends one only after a finished sentence; other
 * breaks are soft wraps and become spaces. A "paragraph" of bare punctuation
 * is appended to the one before it, so no character is lost and no empty
 * paragraph appears.
 */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  // Debris before the first real paragraph waits and opens it, so no character is lost.
  let pending = '';
  const flush = () => {
    if (current === '') return;
    const prev = paragraphs.length - 1;
    if (isDebris(current) && prev >= 0) paragraphs[prev] = `${paragraphs[prev]} ${current}`;
    else if (isDebris(current)) pending = pending ? `${pending} ${current}` : current;
    else {
      paragraphs.push(pending ? `${pending} ${current}` : current);
      pending = '';
    }
    current = '';
  };
  // The paragraph so far ends with the last line added: test that line, not
  // the whole paragraph (the anchored pattern scans all it is given, and a
  // paragraph of 40,000 wrapped lines took half a minute).
  let last = '';
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (current !== '' && FINISHED.test(last)) flush();
    current = current === '' ? line : `${current} ${line}`;
    last = line;
  }
  flush();
  return paragraphs.filter((p) => !isDebris(p));
}
