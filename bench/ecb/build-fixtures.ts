// Derives the real-text benchmark from the ECB+ corpus. Run once, with a
// copy of the corpus (see tests/fixtures/real/README.md):
//
//   node bench/ecb/build-fixtures.ts <ECB+_LREC2014 folder> [--candidates | --labelled | --outlets]
//
// It writes tests/fixtures/real/silver.json: article pairs on one event by
// two outlets, with the sentence pairs whose annotated event mentions corefer
// (silver links). With --candidates it lists pairs fit for labelling by hand
// instead (long articles from two outlets, many linked sentences), and with
// --labelled it writes the folders of the pairs chosen for labelling by hand,
// and with --outlets the stories of three and four outlets (issue 15).
import * as chrono from 'chrono-node';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readAnnotatedSentences, readEcbCorpus, type EcbDoc } from './read-ecb.ts';

const OUT = new URL('../../tests/fixtures/real/', import.meta.url).pathname;
const OUT_OUTLETS = new URL('../../tests/fixtures/real-outlets/', import.meta.url).pathname;
/** Article pairs taken per event, so that no event outweighs the others. */
const PAIRS_PER_EVENT = 3;

/** A document as a Parallax article: one paragraph per corpus sentence (the URL line left out). */
export interface SilverDoc {
  /** The outlet, from the page's address when the corpus gives one. */
  outlet: string;
  url: string | null;
  text: string;
  /** Paragraph k (0-based) holds this corpus sentence. */
  sentences: number[];
}

/** A pair of documents on one event, with the sentence pairs whose event mentions corefer. */
export interface SilverPair {
  left: string;
  right: string;
  /** The sentences annotated for coreference: only pairs of these can be judged. */
  annotated: { left: number[]; right: number[] };
  /** Corpus sentence numbers [left, right] that mention one event. */
  links: [number, number][];
}

/** The outlet of a page address ("http://articles.latimes.com/…" → "latimes.com"). */
export function outletOf(doc: EcbDoc): string {
  if (!doc.url) return `ECB+ ${doc.id}`;
  const labels = new URL(doc.url).hostname.replace(/^www\d?\./, '').split('.');
  // "bbc.co.uk", "abc.net.au": a country's second-level domain is part of the suffix.
  const keep = labels.length > 2 && /^(?:co|com|org|net|gov|ac)$/.test(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function asArticle(doc: EcbDoc): SilverDoc {
  const numbers = [...doc.sentences.keys()].filter((n) => /[\p{L}\p{N}]/u.test(doc.sentences.get(n)!));
  return { outlet: outletOf(doc), url: doc.url, text: `${numbers.map((n) => doc.sentences.get(n)).join('\n\n')}\n`, sentences: numbers };
}

/** Sentence pairs of two documents that mention one event (both sentences annotated). */
function linksOf(a: EcbDoc, b: EcbDoc, annotated: Map<string, Set<number>>): [number, number][] {
  const links: [number, number][] = [];
  for (const la of annotated.get(a.id) ?? []) {
    for (const lb of annotated.get(b.id) ?? []) {
      const ea = a.events.get(la);
      const eb = b.events.get(lb);
      if (ea && eb && [...ea].some((e) => eb.has(e))) links.push([la, lb]);
    }
  }
  return links;
}

/**
 * The pairs labelled by hand: two outlets on one event each, chosen by
 * length and by how many annotated sentences link them (`--candidates`),
 * before the engine was run on any of them. `heldOut` pairs are never used
 * to choose or tune a change; their figures only report.
 */
export const LABELLED_PAIRS: { name: string; left: string; right: string; heldOut: boolean }[] = [
  { name: 'iran-earthquake', left: '20_3ecbplus', right: '20_8ecbplus', heldOut: false },
  { name: 'watergate-aide-dies', left: '28_2ecbplus', right: '28_9ecbplus', heldOut: false },
  { name: 'climber-dies', left: '23_5ecbplus', right: '23_10ecbplus', heldOut: false },
  { name: 'oscars-host', left: '2_4ecbplus', right: '2_9ecbplus', heldOut: false },
  { name: 'shooting-trial-video', left: '33_1ecbplus', right: '33_2ecbplus', heldOut: false },
  { name: 'doctor-who-cast', left: '39_6ecbplus', right: '39_11ecbplus', heldOut: false },
  { name: 'athens-bank-fire', left: '8_1ecbplus', right: '8_5ecbplus', heldOut: false },
  { name: 'chip-maker-acquisition', left: '43_9ecbplus', right: '43_14ecbplus', heldOut: true },
  { name: 'factory-shooting', left: '22_2ecbplus', right: '22_11ecbplus', heldOut: true },
  { name: 'refugee-camp-bombing', left: '41_5ecbplus', right: '41_6ecbplus', heldOut: true },
];

const TERMINAL = /[.!?]["”’)]*$/;

/**
 * A document as a story file, the way an outlet's page prints it: the
 * headline (the first line that is not a sentence) goes to the manifest;
 * date lines, bylines and other lines before the first sentence of prose are
 * left out; every sentence after that is its own paragraph.
 */
export function asStoryFile(doc: EcbDoc): { headline: string | null; published: string | null; text: string; sentences: number[] } {
  const numbers = [...doc.sentences.keys()];
  const line = (n: number) => doc.sentences.get(n)!;
  // A date line ("Published: November 28, 2005", "8/2/2013"): a full date, read with chrono-node, is most of it.
  const dateOf = (t: string) => chrono.parse(t).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.text.length > t.length / 3) ?? null;
  const headlineAt = numbers.findIndex((n) => dateOf(line(n)) === null && line(n).split(/\s+/).length >= 3);
  const first = numbers.findIndex((n, k) => k > headlineAt && TERMINAL.test(line(n)) && line(n).split(/\s+/).length >= 8);
  const dated = numbers.slice(0, first).map((n) => dateOf(line(n))).find((r) => r !== null);
  const day = dated?.start.date();
  const published = day ? `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}` : null;
  const body = numbers.slice(first).filter((n) => /[\p{L}\p{N}]/u.test(line(n)));
  return { headline: headlineAt === -1 ? null : line(numbers[headlineAt]!), published, text: `${body.map(line).join('\n\n')}\n`, sentences: body };
}

/** Writes each hand-labelled pair's folder: both texts, the manifest, and where they came from. */
function writeLabelledPairs(docs: Map<string, EcbDoc>): void {
  for (const { name, left, right, heldOut } of LABELLED_PAIRS) {
    const dir = path.join(OUT, name);
    mkdirSync(dir, { recursive: true });
    const sides = [docs.get(left)!, docs.get(right)!];
    const files = sides.map(asStoryFile);
    files.forEach((file, k) => writeFileSync(path.join(dir, k === 0 ? 'left.txt' : 'right.txt'), file.text));
    const articles = sides.map((doc, k) => ({
      file: k === 0 ? 'left.txt' : 'right.txt',
      outlet: { name: outletOf(doc), id: outletOf(doc).split('.')[0]!.replace(/[^a-z0-9]+/g, '').slice(0, 20) || `outlet${k}` },
      ...(files[k]!.headline ? { headline: files[k]!.headline } : {}),
      ...(doc.url ? { url: doc.url } : {}),
      ...(files[k]!.published ? { published: files[k]!.published } : {}),
    }));
    const source = {
      source: 'ECB+ (Cybulska and Vossen, LREC 2014), CC BY 3.0; see ../LICENSE-ECB+.txt',
      documents: sides.map((doc, k) => ({ id: doc.id, url: doc.url, paragraphs: files[k]!.sentences })),
      heldOut,
    };
    const date = files.map((f) => f.published).filter((d) => d !== null).sort()[0] ?? '2000-01-01';
    writeFileSync(path.join(dir, 'story.json'), `${JSON.stringify({ title: files[0]!.headline ?? name, date, articles }, null, 2)}\n`);
    writeFileSync(path.join(dir, 'source.json'), `${JSON.stringify(source, null, 2)}\n`);
  }
}

/**
 * Stories told by three or four outlets (issue 15), chosen from events not
 * used by the labelled pairs, before the engine was run on any of them; the
 * three-outlet ones are labelled by hand (labels.json).
 */
export const OUTLET_STORIES: { name: string; documents: string[] }[] = [
  { name: 'office-shooting', documents: ['18_1ecbplus', '18_2ecbplus', '18_9ecbplus'] },
  { name: 'mafia-boss-dies', documents: ['26_2ecbplus', '26_3ecbplus', '26_4ecbplus'] },
  { name: 'aceh-earthquake', documents: ['37_3ecbplus', '37_4ecbplus', '37_13ecbplus', '37_7ecbplus'] },
];

/** The outlet id a story folder gives a document: its site name, letters and digits. */
const outletIdOf = (doc: EcbDoc) => outletOf(doc).split('.')[0]!.replace(/[^a-z0-9]+/g, '').slice(0, 12);

/** Writes each story of several outlets: one text per outlet, the manifest listing them in order, and where they came from. */
function writeOutletStories(docs: Map<string, EcbDoc>): void {
  for (const { name, documents } of OUTLET_STORIES) {
    const dir = path.join(OUT_OUTLETS, name);
    mkdirSync(dir, { recursive: true });
    const sides = documents.map((id) => docs.get(id)!);
    const files = sides.map(asStoryFile);
    const articles = sides.map((doc, k) => {
      const file = `${outletIdOf(doc)}.txt`;
      writeFileSync(path.join(dir, file), files[k]!.text);
      return {
        file,
        outlet: { name: outletOf(doc), id: outletIdOf(doc) },
        ...(files[k]!.headline ? { headline: files[k]!.headline } : {}),
        ...(doc.url ? { url: doc.url } : {}),
        ...(files[k]!.published ? { published: files[k]!.published } : {}),
      };
    });
    const date = files.map((f) => f.published).filter((d) => d !== null).sort()[0] ?? '2000-01-01';
    writeFileSync(path.join(dir, 'story.json'), `${JSON.stringify({ title: files[0]!.headline ?? name, date, articles }, null, 2)}\n`);
    const source = { source: 'ECB+ (Cybulska and Vossen, LREC 2014), CC BY 3.0; see ../../real/LICENSE-ECB+.txt', documents: sides.map((doc, k) => ({ id: doc.id, url: doc.url, paragraphs: files[k]!.sentences })) };
    writeFileSync(path.join(dir, 'source.json'), `${JSON.stringify(source, null, 2)}\n`);
  }
}

const rank = (a: string, b: string) => createHash('sha256').update(`${a}|${b}`).digest('hex');

function main(): void {
  const [dir, flag] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node bench/ecb/build-fixtures.ts <ECB+_LREC2014 folder> [--candidates | --labelled | --outlets]');
  const docs = readEcbCorpus(path.join(dir, 'ECB+'));
  const annotated = readAnnotatedSentences(path.join(dir, 'ECBplus_coreference_sentences.csv'));
  const events = new Map<string, EcbDoc[]>();
  for (const d of docs) events.set(`${d.topic}${d.part}`, [...(events.get(`${d.topic}${d.part}`) ?? []), d]);

  if (flag === '--labelled') {
    writeLabelledPairs(new Map(docs.map((d) => [d.id, d])));
    return;
  }
  if (flag === '--outlets') {
    writeOutletStories(new Map(docs.map((d) => [d.id, d])));
    return;
  }
  if (flag === '--candidates') {
    const rows: string[] = [];
    for (const group of events.values()) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1)) {
          if (!a.url || !b.url || outletOf(a) === outletOf(b) || a.sentences.size < 10 || b.sentences.size < 10) continue;
          rows.push(`${linksOf(a, b, annotated).length}\t${a.id} (${outletOf(a)}, ${a.sentences.size})\t${b.id} (${outletOf(b)}, ${b.sentences.size})`);
        }
      }
    }
    console.log(rows.sort((x, y) => Number(y.split('\t')[0]) - Number(x.split('\t')[0])).join('\n'));
    return;
  }

  const pairs: SilverPair[] = [];
  for (const group of events.values()) {
    const candidates: SilverPair[] = [];
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        if (outletOf(a) === outletOf(b) && a.url) continue;
        const links = linksOf(a, b, annotated);
        if (links.length === 0) continue;
        candidates.push({ left: a.id, right: b.id, annotated: { left: [...(annotated.get(a.id) ?? [])].sort((x, y) => x - y), right: [...(annotated.get(b.id) ?? [])].sort((x, y) => x - y) }, links });
      }
    }
    pairs.push(...candidates.sort((x, y) => (rank(x.left, x.right) < rank(y.left, y.right) ? -1 : 1)).slice(0, PAIRS_PER_EVENT));
  }
  const used = new Set(pairs.flatMap((p) => [p.left, p.right]));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const silver = {
    source: 'ECB+ (Cybulska and Vossen, LREC 2014), https://github.com/tommasoc80/EventStoryLine, folder ECB+_LREC2014',
    licence: 'Creative Commons Attribution 3.0 Unported (see LICENSE-ECB+.txt)',
    derivation: 'Texts rebuilt from the corpus tokens (bench/ecb/read-ecb.ts); one paragraph per corpus sentence. A link joins two sentences whose annotated event mentions corefer across the documents; only sentences annotated for coreference are listed.',
    docs: Object.fromEntries([...used].sort().map((id) => [id, asArticle(byId.get(id)!)])),
    pairs,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'silver.json'), `${JSON.stringify(silver)}\n`);
  console.log(`${pairs.length} pairs over ${events.size} events, ${used.size} documents, ${pairs.reduce((n, p) => n + p.links.length, 0)} links`);
}

if (import.meta.main) main();
