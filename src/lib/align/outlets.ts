import type { Article, Comparison, SentenceRef } from '../schemas.ts';

/** A claim across several outlets: each reporting outlet's sentences, by outlet id. */
export interface OutletsClaim {
  /** Outlet id → its sentences of this claim, in reading order; only outlets that report it. */
  sentences: Record<string, SentenceRef[]>;
}

/** A sentence as a node: its outlet and id. */
const key = (outlet: string, id: string) => `${outlet}\u0000${id}`;

/**
 * Joins pairwise comparisons of N articles into claims across outlets. Every
 * shared claim of every pair links its sentences; sentences linked directly
 * or through others make one claim (A~B and B~C put A, B and C together:
 * one outlet's sentence is the common ground of the two pairs). The
 * exception is a sentence that one pairwise comparison places in more than
 * one claim (a lead that packs several facts): it would chain different
 * facts together, so it joins each of its claims without linking them.
 * Sentences no pair shares are claims of one outlet. Claims come in the
 * order of their first sentence in the first article that reports them.
 */
export function joinPairwise(articles: readonly Article[], pairwise: readonly { a: number; b: number; comparison: Comparison }[]): OutletsClaim[] {
  const ids = articles.map((a) => a.outlet.id);
  const twice = ids.find((id, k) => ids.indexOf(id) !== k);
  if (twice !== undefined) throw new Error(`two articles have the outlet id "${twice}": each outlet of a story needs its own`);
  const order = new Map<string, number>();
  const text = new Map<string, string>();
  for (const [k, article] of articles.entries()) {
    for (const p of article.paragraphs) for (const s of p.sentences) {
      order.set(key(ids[k]!, s.id), order.size);
      text.set(key(ids[k]!, s.id), s.text);
    }
  }
  const parent = new Map<string, string>([...order.keys()].map((n) => [n, n]));
  const find = (n: string): string => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = n;
    while (parent.get(cur) !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  const union = (x: string, y: string) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(order.get(rx)! < order.get(ry)! ? ry : rx, order.get(rx)! < order.get(ry)! ? rx : ry);
  };
  // Sentences a pairwise comparison puts in two claims or more: hubs, not links.
  const hubs: { members: string[]; hub: string }[] = [];
  // A claim whose every sentence is a hub links nothing; it stands as a claim of its own.
  const allHubs: string[][] = [];
  for (const { a, b, comparison } of pairwise) {
    const shared = comparison.claims.filter((c) => c.status === 'shared');
    const seen = new Map<string, number>();
    for (const c of shared) for (const [side, k] of [['left', a], ['right', b]] as const) for (const s of c[side]) seen.set(key(ids[k]!, s.id), (seen.get(key(ids[k]!, s.id)) ?? 0) + 1);
    for (const c of shared) {
      const nodes = [...c.left.map((s) => key(ids[a]!, s.id)), ...c.right.map((s) => key(ids[b]!, s.id))];
      const unknown = nodes.find((n) => !order.has(n));
      if (unknown !== undefined) throw new Error(`a comparison names ${unknown.replace('\u0000', ' ')}, which is no sentence of the articles`);
      const plain = nodes.filter((n) => seen.get(n) === 1);
      if (plain.length === 0) {
        allHubs.push(nodes);
        continue;
      }
      for (const n of plain.slice(1)) union(plain[0]!, n);
      for (const n of nodes.filter((x) => seen.get(x)! > 1)) hubs.push({ members: plain, hub: n });
    }
  }
  const groups = new Map<string, Set<string>>();
  for (const n of order.keys()) {
    const root = find(n);
    if (!groups.has(root)) groups.set(root, new Set());
    groups.get(root)!.add(n);
  }
  // A hub joins each claim it was paired into; on its own it is no claim.
  const placedHubs = new Set<string>();
  for (const { members, hub } of hubs) {
    if (members.length === 0) continue;
    groups.get(find(members[0]!))!.add(hub);
    placedHubs.add(hub);
  }
  for (const nodes of allHubs) {
    for (const n of nodes) placedHubs.add(n);
    groups.set(`hubs:${groups.size}`, new Set(nodes));
  }
  for (const hub of placedHubs) {
    const own = groups.get(find(hub));
    if (own && own.size === 1 && own.has(hub)) groups.delete(find(hub));
  }
  const claims = [...groups.values()].map((nodes) => {
    const sorted = [...nodes].sort((x, y) => order.get(x)! - order.get(y)!);
    const sentences: Record<string, SentenceRef[]> = {};
    for (const n of sorted) {
      const [outlet, id] = n.split('\u0000') as [string, string];
      (sentences[outlet] ??= []).push({ id, text: text.get(n)! });
    }
    return { first: order.get(sorted[0]!)!, sentences };
  });
  return claims.sort((x, y) => x.first - y.first).map(({ sentences }) => ({ sentences }));
}

/**
 * Claims across N articles: every pair compared (`compare`, the two-outlet
 * engine), then joined (see `joinPairwise`). Pairs are compared in the
 * articles' order: (0,1), (0,2), … (1,2), ….
 */
export function alignOutlets(articles: readonly Article[], compare: (left: Article, right: Article) => Comparison): OutletsClaim[] {
  const pairwise = articles.flatMap((left, a) => articles.slice(a + 1).map((right, k) => ({ a, b: a + 1 + k, comparison: compare(left, right) })));
  return joinPairwise(articles, pairwise);
}
