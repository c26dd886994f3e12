/**
 * Flattens `data/bundle.schema.json` into one row per field (`quotes[].speakerId`), for the "The data bundle" docs
 * page. Pure: no DOM, no Storybook. Follows `$ref`s into `$defs`, and walks nested objects and arrays of objects.
 */

/** The part of JSON Schema (2020-12) that the bundle schema uses. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: string | readonly string[];
  const?: unknown;
  enum?: readonly unknown[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
}

/** One field of the bundle. */
export interface SchemaRow {
  /** Where the field is: `article.summit.city`, `quotes[].speakerId`. */
  path: string;
  /** How deep it is (0 for a top-level key). */
  depth: number;
  /** `string`, `integer`, `Quote[]`, `string[]`, `"person" | "organisation"`, `1`… */
  type: string;
  required: boolean;
  description: string;
  /** Constraints in words: `non-empty`, `date (YYYY-MM-DD)`, `kebab-case id`, `at least 1 item`… */
  rules: string[];
}

const KEBAB = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const HTTP_URL = '^https?:\\/\\/\\S+$';

/** The `$defs` name a `$ref` points at (`#/$defs/Quote` → `Quote`). */
const refName = (ref: string): string => ref.replace(/^#\/\$defs\//, '');

function resolve(root: JsonSchema, node: JsonSchema): { node: JsonSchema; name?: string } {
  if (!node.$ref) return { node };
  const name = refName(node.$ref);
  const target = root.$defs?.[name];
  if (!target) throw new Error(`bundle.schema.json: unresolved $ref ${node.$ref}`);
  // Keep a description written beside the $ref; the definition's own otherwise.
  return { node: { ...target, description: node.description ?? target.description }, name };
}

function typeName(root: JsonSchema, raw: JsonSchema): string {
  const { node, name } = resolve(root, raw);
  if (name) return name;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.map((member) => typeName(root, member)).join(' | ');
  if (node.type === 'array') return node.items ? `${typeName(root, node.items)}[]` : 'array';
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return typeof node.type === 'string' ? node.type : 'any';
}

function rulesOf(node: JsonSchema, each = false): string[] {
  const rules: string[] = [];
  const prefix = each ? 'each ' : '';
  if (node.pattern === KEBAB) rules.push(each ? 'kebab-case ids' : 'kebab-case id');
  else if (node.pattern === HTTP_URL) rules.push('absolute http(s) URL');
  else if (node.pattern) rules.push(`${prefix}matches ${node.pattern}`);
  if (node.format === 'date') rules.push(`${prefix}date (YYYY-MM-DD)`);
  else if (node.format && node.pattern !== HTTP_URL) rules.push(`${prefix}format ${node.format}`);
  if (node.minLength === 1 && !node.pattern) rules.push(each ? 'each non-empty' : 'non-empty');
  else if (node.minLength !== undefined && node.minLength > 1) rules.push(`${prefix}at least ${node.minLength} chars`);
  if (node.maxLength !== undefined) rules.push(`${prefix}at most ${node.maxLength} chars`);
  if (node.minimum !== undefined) rules.push(`${prefix}≥ ${node.minimum}`);
  if (node.maximum !== undefined) rules.push(`${prefix}≤ ${node.maximum}`);
  if (node.minItems !== undefined) rules.push(`at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
  return rules;
}

/** Every field of the schema, parents before their children, in the schema's own order. */
export function schemaRows(root: JsonSchema): SchemaRow[] {
  const rows: SchemaRow[] = [];

  const visitObject = (object: JsonSchema, prefix: string, depth: number, seen: readonly string[]): void => {
    const required = new Set(object.required ?? []);
    for (const [key, child] of Object.entries(object.properties ?? {})) {
      visitField(child, prefix ? `${prefix}.${key}` : key, required.has(key), depth, seen);
    }
  };

  const visitField = (raw: JsonSchema, path: string, required: boolean, depth: number, seen: readonly string[]) => {
    const { node, name } = resolve(root, raw);
    if (name && seen.includes(name)) return; // a recursive definition: listed once, where it first appears
    const trail = name ? [...seen, name] : seen;
    const items = node.type === 'array' && node.items ? resolve(root, node.items) : undefined;
    const itemsAreObjects = items?.node.type === 'object' || items?.node.properties !== undefined;
    const described =
      node.description ??
      (itemsAreObjects ? undefined : items?.node.description) ??
      (itemsAreObjects ? `A list of ${items.name ?? 'objects'} (fields below).` : undefined) ??
      (node.properties ? 'An object (fields below).' : '');
    rows.push({
      path,
      depth,
      type: typeName(root, raw),
      required,
      description: described,
      rules: [...rulesOf(node), ...(items && !itemsAreObjects ? rulesOf(items.node, true) : [])],
    });
    if (node.properties) visitObject(node, path, depth + 1, trail);
    if (items && itemsAreObjects) {
      visitObject(items.node, `${path}[]`, depth + 1, items.name ? [...trail, items.name] : trail);
    }
  };

  visitObject(root, '', 0, []);
  return rows;
}
