import '../src/define/summit-takeaway.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBundle } from '../src/data/article-bundle.js';
import type { SummitTakeaway } from '../src/elements/summit-takeaway/summit-takeaway.js';
import { LOADING_SRC, narrow, rtl, themeArg, themed } from './support.js';

type Args = Pick<SummitTakeaway, 'takeaway' | 'headingLevel' | 'open' | 'quoteCards' | 'theme'> & { src?: string };

const takeawayIds = defaultBundle().takeaways.map((t) => t.id);

const renderTakeaway = (args: Args) =>
  html`<summit-takeaway
    takeaway=${args.takeaway}
    heading-level=${args.headingLevel}
    theme=${args.theme}
    src=${ifDefined(args.src)}
    ?open=${args.open}
    ?quote-cards=${args.quoteCards}
  ></summit-takeaway>`;

const meta: Meta<Args> = {
  title: 'Elements/summit-takeaway',
  component: 'summit-takeaway',
  args: { takeaway: 'energy-supplies', headingLevel: 3, open: false, quoteCards: false, theme: 'auto' },
  argTypes: {
    takeaway: { control: 'select', options: [...takeawayIds, '1', '5', 'no-such-takeaway'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    theme: themeArg,
  },
  render: renderTakeaway,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const ByNumber: Story = { args: { takeaway: '1' } };
export const Open: Story = { args: { takeaway: 'us-reaction', open: true } };
export const WithQuoteCards: Story = { args: { takeaway: 'us-reaction', open: true, quoteCards: true } };
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };
export const HeadingLevel6: Story = { args: { headingLevel: 6 } };
export const Fetched: Story = { args: { src: '/bundles/moscow-summit-2023.json', takeaway: 'irony-factor' } };
export const UnknownId: Story = { args: { takeaway: 'no-such-takeaway' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };
export const Dark: Story = {
  args: { theme: 'dark', open: true },
  globals: { backgrounds: { value: 'dark' } },
};
export const RightToLeft: Story = { args: { open: true }, decorators: [rtl] };
export const Narrow: Story = {
  args: { takeaway: 'coup-for-putin', open: true, quoteCards: true },
  decorators: [narrow],
};
export const Themed: Story = { args: { open: true }, decorators: [themed] };
