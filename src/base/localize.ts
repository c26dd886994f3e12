import { LocalizeController, registerTranslation, update, type Translation } from '@shoelace-style/localize';
import { isServer, type ReactiveControllerHost } from 'lit';
import en, { type SummitTerms } from '../locales/en.js';

/**
 * The interface language of each element, through `@shoelace-style/localize`: per element (two elements in two
 * languages on one page each speak their own), following `lang` and `dir` changes at run time. English is in every
 * build; the other locales are separate modules, imported the first time an element needs one.
 */

registerTranslation(en);

/** The locales that ship beside English, by the primary language subtag the library looks them up with. */
const loaders: Record<string, (() => Promise<{ default: Translation }>) | undefined> = {
  ar: () => import('../locales/ar.js'),
  ru: () => import('../locales/ru.js'),
  uk: () => import('../locales/uk.js'),
  zh: () => import('../locales/zh-Hans.js'),
};

const loading = new Map<string, Promise<boolean>>();

/** Widened: lit types `isServer` as a literal in the browser build, but this module also runs in Node. */
const server: boolean = isServer;

const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Loads the interface strings for `lang` (`uk`, `ru-RU`, `zh-Hans`, `ar`) and re-renders every element; resolves to
 * whether summit-kit has that language. Elements call it by themselves; call it first to render a language on the
 * server, or to have it ready before the first paint.
 */
export function loadLocale(lang: string): Promise<boolean> {
  const key = primary(lang);
  if (key === 'en') return Promise.resolve(true);
  const load = loaders[key];
  if (!load) return Promise.resolve(false);
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      (module) => {
        registerTranslation(module.default);
        return true;
      },
      () => {
        loading.delete(key);
        return false;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Languages written right to left (primary subtags), and scripts that are. */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)|-(arab|hebr|syrc|thaa|nkoo|adlm|rohg)(-|$)/i;

/** The direction of text in `lang`: `rtl` for Arabic, Hebrew, Persian…; `auto` when the language is unknown. */
export const dirOf = (lang: string | undefined): 'ltr' | 'rtl' | 'auto' =>
  !lang ? 'auto' : RTL.test(lang) && !/-latn(-|$)/i.test(lang) ? 'rtl' : 'ltr';

/** The next node up, stepping out of shadow roots to their hosts. */
const parentOf = (node: Element): Element | null => {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

/** The nearest `lang` at or above `el`, stepping out of shadow roots (an element inside ours speaks our language). */
function inheritedLang(el: Element): string {
  for (let node: Element | null = el; node;) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The language of the text at `node` (a text node or an element): the nearest `lang`, through shadow roots. */
export const langAt = (node: Node): string => {
  const el = node instanceof Element ? node : node.parentElement;
  return el ? inheritedLang(el) : '';
};

let observing = false;

/** One observer for the page: a `lang` or `dir` change on any ancestor re-renders every element. */
function observeDocument(): void {
  if (observing) return;
  observing = true;
  new MutationObserver(update).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Which language an element speaks, and the strings in it. The language is the element's `lang`, else the nearest
 * ancestor's (through shadow roots, up to the document's), else the bundle's `article.lang`, else `en`. On the
 * server only the element's own `lang` and the bundle are known.
 */
export class SummitLocalize extends LocalizeController<SummitTerms> {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly contentLang: () => string | undefined,
  ) {
    super(host);
  }

  override hostConnected(): void {
    super.hostConnected();
    observeDocument();
  }

  /** The language asked for, before knowing whether summit-kit has it. */
  requested(): string {
    const lang = this.host.lang || (server ? '' : inheritedLang(this.host));
    return lang || (this.contentLang() ?? 'en');
  }

  override lang(): string {
    const lang = this.requested();
    if (!server) void loadLocale(lang);
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** The tag of the strings actually shown (`zh-Hans`, or `en` while a locale loads or when there is none). */
  locale(): string {
    return this.term('$lang');
  }

  /**
   * The interface's direction: the nearest `dir` (on the element or an ancestor) unless a nearer `lang` says
   * otherwise, else the direction of the language shown.
   */
  override dir(): 'ltr' | 'rtl' {
    if (!server) {
      for (let node: Element | null = this.host; node; node = parentOf(node)) {
        const dir = node.getAttribute('dir')?.toLowerCase();
        if (dir === 'ltr' || dir === 'rtl') return dir;
        const lang = node.getAttribute('lang');
        if (lang) return dirOf(lang) === 'rtl' ? 'rtl' : 'ltr';
      }
    }
    return dirOf(this.locale()) === 'rtl' ? 'rtl' : 'ltr';
  }
}
