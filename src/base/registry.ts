/**
 * Safe registration. Defining a tag that summit-kit already defined does nothing; a tag taken by another library or
 * another summit-kit version is left alone, with one warning naming both, and nothing throws. A publisher whose page
 * already has a `<quote-card>` can rename ours: `define({ 'quote-card': 'acme-quote-card' })`, and every summit-kit
 * element that renders a quote card inside it uses the new name.
 */
import { VERSION } from './version.js';

export { VERSION };
const MARK = Symbol.for('summit-kit.version');
const VALID = /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/;

const names = new Map<string, string>();
const warned = new Set<string>();

/** The tag this page uses for one of our elements (its own name unless renamed). */
export const tagName = (canonical: string): string => names.get(canonical) ?? canonical;

/** Chooses the tag names to register our elements under; call before the elements are defined. */
export function rename(map: Readonly<Record<string, string>>): void {
  for (const [canonical, name] of Object.entries(map)) {
    if (!VALID.test(name)) throw new TypeError(`summit-kit: "${name}" is not a valid custom element name.`);
    names.set(canonical, name);
  }
}

type Marked = CustomElementConstructor & { [MARK]?: string };

/** Registers `ctor` under the page's name for `canonical`, unless that name is taken. */
export function defineElement(canonical: string, ctor: CustomElementConstructor): void {
  const name = tagName(canonical);
  const existing: Marked | undefined = customElements.get(name);
  if (!existing) {
    // A class can back only one tag: a renamed element gets a subclass of its own.
    const cls = name === canonical ? ctor : class extends (ctor as typeof HTMLElement) {};
    (cls as Marked)[MARK] = VERSION;
    customElements.define(name, cls);
    return;
  }
  if (existing[MARK] === VERSION || existing === ctor) return;
  if (warned.has(name)) return;
  warned.add(name);
  const other = existing[MARK] ? `summit-kit ${existing[MARK]}` : 'another library';
  console.warn(
    `summit-kit ${VERSION}: <${name}> is already defined by ${other}; keeping that one. ` +
      `To use both, rename ours: define({ '${canonical}': 'my-${canonical}' }).`,
  );
}
