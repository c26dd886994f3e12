// The benchmark's hand-written reference: <quote-card>, <summit-takeaway>, <summit-explainer> and <reaction-panel> as
// plain custom elements, no Lit. Same DOM as summit-kit's (element for element, attribute for attribute, in shadow
// roots), same CSS (the cssText of summit-kit's own styles, handed in by scripts/bench.mjs, as constructable
// stylesheets shared by every instance), same data bundle. Each renders once, synchronously, when it connects: the
// floor a library of these elements can aim at. Behaviour is limited to what the benchmark drives (tab switch).
import { segmentParagraph } from './segments.js';

/** An element with attributes (`null`/`false` left out, `true` as ''), children (nodes or text) appended. */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return el;
}

const quoteLang = (lang, around) => (lang && lang !== around ? lang : null);
const byId = (items, id) => items.find((item) => item.id === id);
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)|-(arab|hebr|syrc|thaa|nkoo|adlm|rohg)(-|$)/i;
const dirOf = (lang) => (!lang ? 'auto' : RTL.test(lang) && !/-latn(-|$)/i.test(lang) ? 'rtl' : 'ltr');

/** The nearest `lang` at or above `el`, stepping out of shadow roots (the interface language; its strings are English). */
function inheritedLang(el) {
  for (let node = el; node; node = node.parentElement ?? node.getRootNode().host) {
    if (node.lang) return node.lang;
  }
  return '';
}

/** Defines the four reference elements on `bundle`, with `styles[tag]` the list of cssText summit-kit adopts. */
export function defineVanilla({ bundle, styles }) {
  const sheets = new Map();
  const sheetsOf = (tag) =>
    styles[tag].map((text) => {
      let sheet = sheets.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheets.set(text, sheet);
      }
      return sheet;
    });
  const pageLang = bundle.article.lang;
  const pageDir = dirOf(pageLang);

  class Base extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      if (!this.hasAttribute('theme')) this.setAttribute('theme', 'auto');
      this.ui = inheritedLang(this) || pageLang || 'en';
      this.uiDir = dirOf(this.ui);
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheetsOf(this.localName);
      root.append(this.build());
    }
  }

  const attribution = (person, compact) => [
    h('span', { class: 'speaker', part: 'speaker' }, person.name),
    ...(compact
      ? [h('span', { class: 'role', part: 'role' }, `, ${person.role}`)]
      : [
          h('span', { class: 'role', part: 'role' }, person.role),
          person.affiliation ? h('span', { class: 'affiliation', part: 'affiliation' }, person.affiliation) : null,
        ]),
  ];

  class QuoteCard extends Base {
    build() {
      const variant = this.getAttribute('variant') ?? 'default';
      if (!this.hasAttribute('variant')) this.setAttribute('variant', variant);
      const quote = byId(bundle.quotes, this.getAttribute('quote'));
      const speaker = byId(bundle.people, quote.speakerId);
      const compact = variant === 'compact';
      const contentLang = quoteLang(pageLang, this.ui);
      return h(
        'figure',
        { class: 'card', part: 'figure', lang: this.ui, dir: this.uiDir },
        h(
          'blockquote',
          { part: 'quote', lang: quoteLang(quote.lang ?? pageLang, this.ui), dir: dirOf(quote.lang ?? pageLang) },
          h('p', {}, quote.text),
        ),
        h(
          'figcaption',
          { part: 'caption' },
          h('span', { class: 'attribution', lang: contentLang, dir: pageDir }, attribution(speaker, compact)),
          this.hasAttribute('no-copy')
            ? null
            : h(
                'button',
                { class: 'copy', part: 'copy-button', type: 'button' },
                'Copy quote',
                h(
                  'span',
                  { class: 'visually-hidden' },
                  ': ',
                  h('span', { lang: contentLang, dir: pageDir }, speaker.name),
                ),
              ),
          h('span', { class: 'visually-hidden', role: 'status' }),
          quote.context && !compact
            ? h('span', { class: 'context', part: 'context', lang: contentLang, dir: pageDir }, quote.context)
            : null,
        ),
      );
    }
  }

  class SummitTakeaway extends Base {
    build() {
      const ref = this.getAttribute('takeaway');
      const item = /^\d+$/.test(ref)
        ? bundle.takeaways.find((t) => t.number === Number(ref))
        : byId(bundle.takeaways, ref);
      const quotes = item.quoteIds.map((id) => byId(bundle.quotes, id));
      const level = Number(this.getAttribute('heading-level') ?? 3);
      const open = this.hasAttribute('open');
      if (!this.id) this.id = item.id;
      const inPage = (text) => h('span', { lang: pageLang, dir: pageDir }, text);
      const paragraph = (text) =>
        h(
          'p',
          { lang: pageLang, dir: pageDir },
          segmentParagraph(text, quotes).map((segment) =>
            segment.quote
              ? h(
                  'q',
                  {
                    part: 'quote',
                    lang: quoteLang(segment.quote.lang, pageLang),
                    dir: segment.quote.lang ? dirOf(segment.quote.lang) : null,
                  },
                  segment.text,
                )
              : segment.text,
          ),
        );
      const cards =
        this.hasAttribute('quote-cards') && quotes.length > 0
          ? h(
              'div',
              { class: 'quotes', part: 'quotes' },
              quotes.map((quote) => h('quote-card', { variant: 'compact', quote: quote.id })),
            )
          : null;
      return h(
        'article',
        { class: 'card', part: 'article', lang: this.ui, dir: this.uiDir },
        h('span', { class: 'number', part: 'number', 'aria-hidden': 'true' }, String(item.number)),
        h(
          `h${level >= 2 && level <= 6 ? level : 3}`,
          { part: 'heading', id: 'heading', class: 'heading' },
          h('span', { class: 'visually-hidden' }, `${item.number}. `),
          h('span', { lang: pageLang, dir: pageDir }, item.title),
        ),
        h('p', { class: 'summary', part: 'summary', lang: pageLang, dir: pageDir }, item.summary),
        h(
          'div',
          { class: 'actions', part: 'actions' },
          h(
            'button',
            {
              class: 'toggle',
              part: 'toggle-button',
              type: 'button',
              'aria-expanded': open ? 'true' : 'false',
              'aria-controls': 'body',
            },
            h('span', { class: 'chevron', 'aria-hidden': 'true' }, '▸'),
            'Full text',
            h('span', { class: 'visually-hidden' }, ': ', inPage(item.title)),
          ),
          h(
            'button',
            { class: 'copy', part: 'copy-button', type: 'button' },
            'Copy link',
            h('span', { class: 'visually-hidden' }, ' to “', inPage(item.title), '”'),
          ),
          h('span', { class: 'copy-status', part: 'copy-status', role: 'status' }),
        ),
        h('div', { class: 'body', id: 'body', part: 'body', hidden: !open }, item.body.map(paragraph), cards),
      );
    }
  }

  class SummitExplainer extends Base {
    build() {
      const { article } = bundle;
      const takeaways = [...bundle.takeaways].sort((a, b) => a.number - b.number);
      const level = Number(this.getAttribute('heading-level') ?? 2);
      const total = takeaways.length;
      const progress = h('progress', { max: total, 'aria-hidden': 'true' });
      progress.value = 1;
      return h(
        'article',
        { part: 'article', lang: this.ui, dir: this.uiDir, 'aria-labelledby': 'headline' },
        h(
          'header',
          { lang: article.lang, dir: pageDir },
          h(`h${level}`, { part: 'headline', id: 'headline', class: 'headline' }, article.headline),
          h('p', { class: 'standfirst', part: 'standfirst' }, article.standfirst),
          article.intro ? h('p', { class: 'intro', part: 'intro' }, article.intro) : null,
        ),
        h(
          'nav',
          { part: 'contents', 'aria-label': 'Contents' },
          h(
            'ol',
            { lang: article.lang, dir: pageDir },
            takeaways.map((t) => h('li', {}, h('a', { href: `#${t.id}` }, t.title))),
          ),
        ),
        h(
          'div',
          { class: 'toolbar', part: 'toolbar' },
          h(
            'p',
            { class: 'progress', part: 'progress', 'aria-live': 'off' },
            progress,
            h('span', { 'aria-hidden': 'true' }, `1 of ${total}`),
            h('span', { class: 'visually-hidden' }, `Reading takeaway 1 of ${total}`),
          ),
          h('button', { class: 'expand-all', part: 'expand-button', type: 'button' }, 'Expand all'),
          h('button', { class: 'collapse-all', part: 'collapse-button', type: 'button' }, 'Collapse all'),
        ),
        h(
          'div',
          { class: 'takeaways', part: 'takeaways' },
          takeaways.map((t) =>
            h('summit-takeaway', {
              takeaway: t.id,
              'heading-level': Math.min(level + 1, 6),
              'quote-cards': this.hasAttribute('quote-cards'),
            }),
          ),
        ),
      );
    }
  }

  class ReactionPanel extends Base {
    connectedCallback() {
      super.connectedCallback();
      // As summit-kit does: the container query decides whether the tabs stack; the tab list then says so.
      this.resizeObserver ??= new ResizeObserver(() => {
        const tablist = this.shadowRoot.querySelector('.tablist');
        const vertical = getComputedStyle(tablist).flexDirection === 'column';
        tablist.setAttribute('aria-orientation', vertical ? 'vertical' : 'horizontal');
      });
      this.resizeObserver.observe(this);
    }

    disconnectedCallback() {
      this.resizeObserver.disconnect();
    }

    build() {
      const names = (this.getAttribute('parties') ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      const groups = names.length ? names.map((name) => byId(bundle.reactions, name)) : bundle.reactions;
      const selected = groups.some((g) => g.id === this.getAttribute('selected'))
        ? this.getAttribute('selected')
        : groups[0].id;
      this.setAttribute('selected', selected);
      const tablist = h(
        'div',
        {
          class: 'tablist',
          part: 'tablist',
          role: 'tablist',
          'aria-label': this.getAttribute('label') || 'Reactions to the summit',
          'aria-orientation': 'horizontal',
        },
        groups.map((group) => {
          const tab = h(
            'button',
            {
              class: 'tab',
              part: group.id === selected ? 'tab tab-selected' : 'tab',
              type: 'button',
              role: 'tab',
              id: `tab-${group.id}`,
              'aria-selected': group.id === selected ? 'true' : 'false',
              'aria-controls': `panel-${group.id}`,
              tabindex: group.id === selected ? '0' : '-1',
            },
            h('span', { lang: pageLang, dir: pageDir }, group.label),
          );
          tab.addEventListener('click', () => this.choose(group.id));
          return tab;
        }),
      );
      return h(
        'div',
        { class: 'reactions', part: 'base', lang: this.ui, dir: this.uiDir },
        tablist,
        groups.map((group) =>
          h(
            'div',
            {
              class: 'panel',
              part: 'panel',
              role: 'tabpanel',
              id: `panel-${group.id}`,
              'aria-labelledby': `tab-${group.id}`,
              'data-label': group.label,
              tabindex: '0',
              hidden: group.id !== selected,
            },
            h('p', { class: 'summary', part: 'summary', lang: pageLang, dir: pageDir }, group.summary),
            group.quoteIds.map((id) => h('quote-card', { part: 'quote', quote: id })),
          ),
        ),
      );
    }

    choose(id) {
      const root = this.shadowRoot;
      root.getElementById(`tab-${id}`).focus();
      if (id === this.getAttribute('selected')) return;
      this.setAttribute('selected', id);
      for (const tab of root.querySelectorAll('.tab')) {
        const on = tab.id === `tab-${id}`;
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        tab.setAttribute('tabindex', on ? '0' : '-1');
        tab.setAttribute('part', on ? 'tab tab-selected' : 'tab');
      }
      for (const panel of root.querySelectorAll('.panel')) panel.hidden = panel.id !== `panel-${id}`;
      this.dispatchEvent(new CustomEvent('summit-reaction-change', { detail: { id }, bubbles: true, composed: true }));
    }
  }

  customElements.define('quote-card', QuoteCard);
  customElements.define('summit-takeaway', SummitTakeaway);
  customElements.define('summit-explainer', SummitExplainer);
  customElements.define('reaction-panel', ReactionPanel);
}
