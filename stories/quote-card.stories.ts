import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBundle } from '../src/data/article-bundle.js';
import type { QuoteCard } from '../src/elements/quote-card/quote-card.js';
import { LOADING_SRC, narrow, rtl, themeArg, themed } from './support.js';

type Args = Pick<QuoteCard, 'quote' | 'variant' | 'theme' | 'noCopy'> & { src?: string };

const quoteIds = defaultBundle().quotes.map((q) => q.id);

const card = (args: Args) =>
  html`<quote-card
    quote=${args.quote}
    variant=${args.variant}
    theme=${args.theme}
    src=${ifDefined(args.src)}
    ?no-copy=${args.noCopy}
  ></quote-card>`;

const meta: Meta<Args> = {
  title: 'Elements/quote-card',
  component: 'quote-card',
  args: { quote: 'gabuev-embarrassed', variant: 'default', theme: 'auto', noCopy: false },
  argTypes: {
    quote: { control: 'select', options: quoteIds },
    variant: { control: 'inline-radio', options: ['default', 'pull', 'compact'] },
    theme: themeArg,
  },
  render: card,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** Large type, to break up an article. */
export const Pull: Story = { args: { variant: 'pull', quote: 'daly-peacemaker' } };
/** Inline, with a one-line attribution. */
export const Compact: Story = { args: { variant: 'compact', quote: 'blinken-not-fooled' } };
export const NoCopyButton: Story = { args: { noCopy: true } };
/** Fetched from `src` (here the default bundle's own file). */
export const FromSrc: Story = { args: { src: '/bundles/moscow-summit-2023.json' } };
export const Loading: Story = { args: { src: LOADING_SRC } };
export const UnknownId: Story = { args: { quote: 'no-such-quote' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
export const DarkPull: Story = { args: { theme: 'dark', variant: 'pull', quote: 'daly-peacemaker' } };
export const RightToLeft: Story = { decorators: [rtl] };
/** A long quote at 320 px wraps without horizontal scrolling. */
export const Narrow: Story = { args: { quote: 'blinken-not-fooled' }, decorators: [narrow] };
/** A publisher's theme, set with the global tokens on an ancestor. */
export const Themed: Story = { decorators: [themed] };
