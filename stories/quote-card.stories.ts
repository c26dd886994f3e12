import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBundle } from '../src/data/default-bundle.js';
import type { QuoteCard } from '../src/elements/quote-card/quote-card.js';

type Args = Pick<QuoteCard, 'quote' | 'variant' | 'theme' | 'noCopy'> & { src?: string };

const quoteIds = defaultBundle().quotes.map((q) => q.id);

const meta: Meta<Args> = {
  title: 'Elements/quote-card',
  component: 'quote-card',
  args: { quote: 'gabuev-embarrassed', variant: 'default', theme: 'auto', noCopy: false },
  argTypes: {
    quote: { control: 'select', options: quoteIds },
    variant: { control: 'inline-radio', options: ['default', 'pull', 'compact'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) =>
    html`<quote-card
      quote=${args.quote}
      variant=${args.variant}
      theme=${args.theme}
      src=${ifDefined(args.src)}
      ?no-copy=${args.noCopy}
    ></quote-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Pull: Story = { args: { variant: 'pull', quote: 'daly-peacemaker' } };
export const Compact: Story = { args: { variant: 'compact', quote: 'blinken-not-fooled' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const UnknownId: Story = { args: { quote: 'no-such-quote' } };
