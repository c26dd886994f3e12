import '../../src/define/quote-card.js';
import '../../src/define/reaction-panel.js';
import '../../src/define/summit-related.js';
import '../../src/define/summit-takeaway.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../../src/base/styles.js';
import type { SummitTheme } from '../../src/base/summit-element.js';

/** What each global token paints, in every element. */
const USES: Record<string, string> = {
  '--summit-color-accent': 'Rules, numbers, the open tab, links, focus rings.',
  '--summit-color-text': 'Body text, headings, quotations.',
  '--summit-color-muted': 'Secondary text: roles, affiliations, dates, progress.',
  '--summit-color-surface': 'Card, panel and dialog backgrounds.',
  '--summit-color-border': 'Card, tab and field borders.',
  '--summit-font-body': 'Reading text: summaries, paragraphs, quotations.',
  '--summit-font-heading': 'Headings, labels, buttons, attributions.',
  '--summit-radius': 'Corner radius of cards, buttons and the dialog.',
  '--summit-space': 'Padding and gaps (the rest of the spacing scales from it).',
};

/**
 * The global tokens with their light and dark defaults, read from the base styles
 * (`--_accent: var(--summit-color-accent, light-dark(#a4161a, #ff8f87));`), so this page can't drift from them.
 */
export const tokens = [...baseStyles.cssText.matchAll(/--_[\w-]+:\s*var\((--summit-[\w-]+),\s*([^;]+)\);/g)].map(
  ([, name = '', fallback = '']) => {
    const value = fallback.trim();
    const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(value);
    return {
      name,
      light: pair?.[1] ?? value,
      dark: pair?.[2] ?? value,
      kind: name.startsWith('--summit-color-') ? ('color' as const) : ('text' as const),
      uses: USES[name] ?? '',
    };
  },
);

type Args = Record<string, string | undefined> & { theme: SummitTheme };

/** A token value as CSS text: nothing that could close the declaration or the rule. */
const clean = (value: string): string => value.replace(/[;{}<>]/g, '').trim();

/** The wrapper's rule: only the tokens the reader set; the others keep the elements' light/dark defaults. */
const wrapperCss = (args: Args): string => {
  const set = tokens.flatMap(({ name }) => {
    const value = clean(args[name] ?? '');
    return value ? [`  ${name}: ${value};`] : [];
  });
  return `.theme-playground {\n${set.join('\n')}\n}`;
};

const meta: Meta<Args> = {
  title: 'Docs/Theme playground',
  tags: ['!autodocs'],
  excludeStories: ['tokens'],
  args: { theme: 'auto' },
  argTypes: {
    theme: {
      control: 'inline-radio',
      options: ['auto', 'system', 'light', 'dark'],
      description: 'The `theme` attribute of every element below.',
      table: { defaultValue: { summary: 'auto' } },
    },
    ...Object.fromEntries(
      tokens.map((token) => [
        token.name,
        {
          control: token.kind === 'color' ? 'color' : 'text',
          description: token.uses,
          table: {
            type: { summary: token.kind === 'color' ? 'color' : 'CSS value' },
            defaultValue: {
              summary: token.light === token.dark ? token.light : `${token.light} (dark: ${token.dark})`,
            },
          },
        },
      ]),
    ),
  },
  render: (args) =>
    html`<style>
        ${wrapperCss(args)} .theme-playground {
          display: grid;
          gap: 1.5rem;
        }
      </style>
      <div class="theme-playground">
        <quote-card quote="daly-peacemaker" variant="pull" theme=${args.theme}></quote-card>
        <summit-takeaway takeaway="energy-supplies" open theme=${args.theme}></summit-takeaway>
        <reaction-panel theme=${args.theme}></reaction-panel>
        <summit-related theme=${args.theme}></summit-related>
      </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every token unset: the defaults. Set any control to override that token for the elements below. */
export const Playground: Story = {};

/** A publisher's brand: every token set. */
export const Branded: Story = {
  args: {
    '--summit-color-accent': '#00507a',
    '--summit-color-text': '#102a43',
    '--summit-color-muted': '#486581',
    '--summit-color-surface': '#f0f4f8',
    '--summit-color-border': '#829ab1',
    '--summit-font-body': "'Iowan Old Style', Georgia, serif",
    '--summit-font-heading': "'Avenir Next', 'Helvetica Neue', sans-serif",
    '--summit-radius': '0',
    '--summit-space': '1.25rem',
  },
};

/** What each `theme` value does, in the words the examples below show under each card. */
const THEMES: readonly [SummitTheme, string][] = [
  ['auto', 'follows the page'],
  ['system', "follows the reader's preference"],
  ['light', 'always light'],
  ['dark', 'always dark'],
];

/** A publisher's page that declares `color-scheme` (`light` or `dark`), with one card per `theme` value on it. */
const hostPage = (scheme: 'light' | 'dark'): TemplateResult =>
  html`<style>
      .host-page {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 1.5rem;
        padding: 1.5rem;
        font-family: system-ui, sans-serif;
      }
      .host-page.light {
        color-scheme: light;
        background: #ffffff;
        color: #1b1b1f;
      }
      .host-page.dark {
        color-scheme: dark;
        background: #0f1013;
        color: #ececf1;
      }
      .host-page figure {
        margin: 0;
      }
      .host-page figcaption {
        margin-block-start: 0.5rem;
      }
    </style>
    <div class="host-page ${scheme}">
      ${THEMES.map(
        ([theme, what]) =>
          html`<figure>
            <quote-card quote="daly-peacemaker" variant="compact" theme=${theme}></quote-card>
            <figcaption><code>theme="${theme}"</code>: ${what}</figcaption>
          </figure>`,
      )}
    </div>`;

/**
 * A light page (it declares `color-scheme: light`, as most news sites do) read by someone whose system is in dark
 * mode: `auto` stays light with the page, `system` turns dark with the reader, `light` and `dark` are forced.
 * Switch your system (or the browser's emulation) between light and dark to see `system` follow.
 */
export const LightPageDarkSystem: Story = { render: () => hostPage('light') };

/** A dark page that declares `color-scheme: dark`: `auto` turns dark with it, whatever the reader's preference. */
export const DarkPage: Story = { render: () => hostPage('dark') };
