/**
 * One speed fix to HyperFormula 3.5 (the emulator's formula engine), the same work in linear time.
 *
 * `DependencyGraph.removeVertexAndCleanupDependencies` drains a Set by taking its first element
 * and deleting it, in a loop. V8 keeps a hole for each deleted entry until the set shrinks, and
 * every fresh iterator walks all the holes from the start: removing a vertex with n dependencies
 * costs O(n²). Rewriting the score formulas of 10,000 accounts spent 10 s of a 14 s snapshot
 * there. The rewrite below drains a queue instead, in the same order and with the same rule (a
 * dependency already waiting is not queued twice), so the graph ends the same. Applied once, and
 * only to the version it was written for: another version runs its own code, slower but right.
 */
import type { HyperFormula } from 'hyperformula';

type Dependency = [unknown, Vertex];
interface Vertex {
  sheet?: number;
  constructor: { name: string };
}
interface Graph {
  removeNode(vertex: Vertex): Dependency[];
  hasNode(vertex: Vertex): boolean;
  adjacentNodesCount(vertex: Vertex): number;
}
interface DependencyGraph {
  graph: Graph;
  rangeMapping: { removeVertexIfExists(vertex: Vertex): void };
  addressMapping: { removeCell(address: unknown): void };
  cleanupPlaceholderSheets(sheets: Set<number>): void;
  removeVertexAndCleanupDependencies(vertex: Vertex): void;
}

/** The HyperFormula version whose method this replaces (the one package-lock.json installs). */
export const PATCHED_VERSION = '3.5.0';
const patched = new WeakSet<object>();

/** HyperFormula's own isSimpleCellAddress. */
function isCellAddress(address: unknown): boolean {
  const a = address as { sheet?: unknown; row?: unknown; col?: unknown } | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.sheet === 'number' &&
    typeof a.row === 'number' &&
    typeof a.col === 'number'
  );
}

function removeVertexAndCleanupDependencies(this: DependencyGraph, inputVertex: Vertex): void {
  const queue: Dependency[] = [];
  const waiting = new Set<Dependency>();
  const enqueue = (dependency: Dependency) => {
    if (waiting.has(dependency)) return;
    waiting.add(dependency);
    queue.push(dependency);
  };
  this.graph.removeNode(inputVertex).forEach(enqueue);
  const affectedSheets = new Set<number>();
  for (let next = 0; next < queue.length; next++) {
    const dependency = queue[next];
    waiting.delete(dependency);
    const [address, vertex] = dependency;
    if (!this.graph.hasNode(vertex) || this.graph.adjacentNodesCount(vertex) !== 0) continue;
    const kind = vertex.constructor.name;
    if (kind === 'RangeVertex' || kind === 'EmptyCellVertex') this.graph.removeNode(vertex).forEach(enqueue);
    if (kind === 'RangeVertex') {
      this.rangeMapping.removeVertexIfExists(vertex);
      affectedSheets.add(vertex.sheet as number);
    } else if (kind === 'EmptyCellVertex' && isCellAddress(address)) {
      this.addressMapping.removeCell(address);
      affectedSheets.add((address as { sheet: number }).sheet);
    }
  }
  this.cleanupPlaceholderSheets(affectedSheets);
}

/** Patches the dependency graph class behind this instance, once; false if the version differs. */
export function patchHyperFormula(hf: HyperFormula): boolean {
  if ((hf.constructor as unknown as { version: string }).version !== PATCHED_VERSION) return false;
  const graph = (hf as unknown as { dependencyGraph: DependencyGraph }).dependencyGraph;
  const prototype = Object.getPrototypeOf(graph) as DependencyGraph;
  if (patched.has(prototype)) return true;
  patched.add(prototype);
  prototype.removeVertexAndCleanupDependencies = removeVertexAndCleanupDependencies;
  return true;
}
