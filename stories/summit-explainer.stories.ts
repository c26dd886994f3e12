import '../src/define/summit-explainer.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SummitExplainer } from '../src/elements/summit-explainer/summit-explainer.js';
import { LOADING_SRC, narrow, rtl, themeArg, themed } from './support.js';

type Args = Pick<SummitExplainer, 'headingLevel' | 'hashLinks' | 'quoteCards' | 'theme'> & { src?: string };

const renderExplainer = (args: Args) =>
  html`<summit-explainer
    heading-level=${args.headingLevel}
    hash-links=${args.hashLinks}
    theme=${args.theme}
    src=${ifDefined(args.src)}
    ?quote-cards=${args.quoteCards}
  ></summit-explainer>`;

const meta: Meta<Args> = {
  title: 'Elements/summit-explainer',
  component: 'summit-explainer',
  args: { headingLevel: 2, hashLinks: 'on', quoteCards: false, theme: 'auto' },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    hashLinks: { control: 'inline-radio', options: ['on', 'off'] },
    theme: themeArg,
  },
  render: renderExplainer,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const WithQuoteCards: Story = { args: { quoteCards: true } };
export const HeadingLevel3: Story = { args: { headingLevel: 3 } };
export const HashLinksOff: Story = { args: { hashLinks: 'off' } };
export const Fetched: Story = { args: { src: '/bundles/moscow-summit-2023.json' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
export const RightToLeft: Story = { decorators: [rtl] };
export const Narrow: Story = { decorators: [narrow] };
export const Themed: Story = { decorators: [themed] };
