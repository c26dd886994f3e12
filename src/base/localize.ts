import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import en, { type SummitTerms } from '../locales/en.js';

/**
 * The interface language of each element: per element (two elements in two languages on one page each speak their
 * own), following `lang` and `dir` changes at run time. English is in every build; the other locales are separate
 * modules, imported the first time an element needs one.
 *
 * Modelled on `@shoelace-style/localize` (one registry of translations, a controller per element, a re-render of every
 * element when a locale arrives), which summit-kit used until its `term()` proved the largest cost of a page of
 * explainers: it parses the language (`new Intl.Locale`) for every string. Here an element works out its language
 * once per update.
 */

/** What an element speaks: its language, the strings shown for it, and (once asked for) its direction. */
interface Speech {
  lang: string;
  strings: SummitTerms;
  dir?: 'ltr' | 'rtl';
}

/** The arguments of a term that is a function. */
type TermArgs<T> = T extends (...args: infer A) => string ? A : [];

/** The interface strings of each language summit-kit has loaded, by primary language subtag (`$code`). */
const translations = new Map<string, SummitTerms>([['en', en]]);

/** Every element on the page, re-rendered when a locale arrives or a `lang` or `dir` changes. */
const connected = new Set<ReactiveControllerHost>();

const update = (): void => {
  for (const host of connected) host.requestUpdate();
};

/** The locales that ship beside English, by the primary language subtag the library looks them up with. */
const loaders: Record<string, (() => Promise<{ default: SummitTerms }>) | undefined> = {
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
 * whether summit-kit has that language. Elements call it by themselves; call it first to have it ready before the
 * first paint (`summit-kit/ssr` calls it for the languages it renders).
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
        translations.set(module.default.$code, module.default);
        update();
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

/** The element whose shadow root holds `node`, if any. */
const hostOf = (node: Element): Element | null => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

/** The next node up, stepping out of shadow roots to their hosts. */
const parentOf = (node: Element): Element | null => node.parentElement ?? hostOf(node);

/** The nearest `lang` at or above `el`, stepping out of shadow roots (an element inside ours speaks our language). */
function inheritedLang(el: Element): string {
  for (let node: Element | null = el; node; node = hostOf(node)) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
  }
  return '';
}

/** The language of the text at `node` (a text node or an element): the nearest `lang`, through shadow roots. */
export const langAt = (node: Node): string => {
  const el = node instanceof Element ? node : node.parentElement;
  return el ? inheritedLang(el) : '';
};

const canonicalTags = new Map<string, string>();

/** `lang` as a canonical tag (`ru-RU`, `zh-Hans`), or `en` when it is not a language tag; worked out once per tag. */
function canonical(lang: string): string {
  let tag = canonicalTags.get(lang);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    // A page (or a fuzzer) that sets many different values cannot grow it without bound.
    if (canonicalTags.size >= 64) canonicalTags.clear();
    canonicalTags.set(lang, tag);
  }
  return tag;
}

/** The direction the page gives `el`: the nearest `dir`, or the direction of a nearer `lang`; none if neither. */
function pageDir(el: Element): 'ltr' | 'rtl' | undefined {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    const lang = node.getAttribute('lang');
    if (lang) return dirOf(lang) === 'rtl' ? 'rtl' : 'ltr';
  }
  return undefined;
}

/**
 * On the server, where only the elements being rendered exist: the `lang` of the nearest one whose shadow root holds
 * `el` (an explainer's takeaways, a takeaway's quote cards), as the browser finds it through the shadow roots. There
 * `getRootNode()` does not lead to it (the server renders shadow roots without attaching them); Lit's server renderer
 * links each element to it as `__host` instead, for the event paths of its DOM shim.
 */
function serverHostLang(el: Element): string {
  type Rendered = Element & { __host?: Rendered };
  for (let host = (el as Rendered).__host; host; host = host.__host) {
    const lang = host.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}

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
 * server only the element's own `lang`, the enclosing summit-kit elements' and the bundle's are known.
 */
export class SummitLocalize implements ReactiveController {
  /**
   * What the element speaks, worked out once per update (between `hostUpdate` and `hostUpdated`) rather than once
   * per string; the direction the first time it is asked for.
   */
  #current?: Speech;

  /**
   * Set by the element for its hydration render: speak as the server did (the element's own `lang`, else the
   * bundle's, in that language's direction), so that hydration finds the values the server wrote. The element turns
   * it off after; where the page says otherwise (an ancestor's `lang` or `dir`), its next render changes them.
   */
  asServer = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #contentLang: () => string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, contentLang: () => string | undefined) {
    this.#host = host;
    this.#contentLang = contentLang;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    observeDocument();
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  /** Runs after the host's `willUpdate` (which resolves the bundle the content language comes from). */
  hostUpdate(): void {
    this.#current = this.#speech();
  }

  hostUpdated(): void {
    this.#current = undefined;
  }

  /**
   * What the server sees too: the element's own `lang`, else (on the server) the nearest enclosing element's, else
   * the bundle's, else `en`.
   */
  #ownLang(): string {
    return this.#host.lang || (server && serverHostLang(this.#host)) || (this.#contentLang() ?? 'en');
  }

  /** The language asked for, before knowing whether summit-kit has it. */
  requested(): string {
    return (!server && !this.asServer && !this.#host.lang && inheritedLang(this.#host)) || this.#ownLang();
  }

  #speech(): Speech {
    const requested = this.requested();
    if (!server) void loadLocale(requested);
    const lang = canonical(requested);
    return { lang, strings: translations.get(primary(lang)) ?? en };
  }

  #resolve(): Speech {
    return this.#current ?? this.#speech();
  }

  /**
   * Whether the server, which sees only the element's own `lang` and the bundle (not the page around it), gave the
   * element the language and direction it has here: then hydration has nothing to correct.
   */
  sameAsServer(): boolean {
    return canonical(this.#ownLang()) === this.lang() && this.dir() === this.#localeDir();
  }

  /** The element's language, as a canonical tag (`ru-RU`, `zh-Hans`); `en` for anything that is not a tag. */
  lang(): string {
    return this.#resolve().lang;
  }

  /** The string `key` in the element's language (English while its locale loads, or when there is none). */
  term<K extends keyof SummitTerms>(key: K, ...args: TermArgs<SummitTerms[K]>): string {
    const term = this.#resolve().strings[key] as string | ((...values: unknown[]) => string);
    return typeof term === 'function' ? term(...args) : term;
  }

  /** The tag of the strings actually shown (`zh-Hans`, or `en` while a locale loads or when there is none). */
  locale(): string {
    return this.term('$lang');
  }

  /** The direction of the language shown: all the server knows. */
  #localeDir(): 'ltr' | 'rtl' {
    return dirOf(this.locale()) === 'rtl' ? 'rtl' : 'ltr';
  }

  /**
   * The interface's direction: the nearest `dir` (on the element or an ancestor) unless a nearer `lang` says
   * otherwise, else the direction of the language shown.
   */
  dir(): 'ltr' | 'rtl' {
    const speech = this.#resolve();
    speech.dir ??= (server || this.asServer ? undefined : pageDir(this.#host)) ?? this.#localeDir();
    return speech.dir;
  }
}
