import { defaultBundle } from '../../src/data/article-bundle.js';
import { buildJsonLd } from '../../src/ssr/json-ld.js';

/**
 * The JSON-LD that summit-kit emits for the default bundle, abbreviated for the docs: the first node of each type,
 * and a count of the rest. Generated from the same buildJsonLd the server renderer and the CLI use.
 */
export function jsonLdExample(url = 'https://news.example.com/world/xi-moscow'): string {
  const graph = buildJsonLd(defaultBundle(), { url })['@graph'];
  const byType = new Map<string, unknown[]>();
  for (const node of graph) {
    const type = typeof node === 'string' ? 'IRI' : node['@type'];
    byType.set(type, [...(byType.get(type) ?? []), node]);
  }
  const first = [...byType.values()].flatMap((nodes) => nodes.slice(0, 1));
  const counts = [...byType].map(([type, nodes]) => `${nodes.length} ${type}`);
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': first }, null, 2);
  return `${json}\n// abbreviated: one node of each type; the whole graph has ${counts.join(', ')}`;
}
