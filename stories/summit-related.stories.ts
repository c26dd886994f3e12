import '../src/define/summit-related.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBundle } from '../src/data/article-bundle.js';
import type { Bundle } from '../src/data/schema.js';
import type { SummitRelated } from '../src/elements/summit-related/summit-related.js';
import { LOADING_SRC, narrow, rtl, themeArg, themed } from './support.js';

type Args = Pick<SummitRelated, 'related' | 'headingLevel' | 'theme'> & { src?: string; bundle?: Bundle };

/** The default bundle as a publisher would ship it: the teaser with a link and a date. */
const linked = (): Bundle => {
  const bundle = structuredClone(defaultBundle());
  const [first] = bundle.related;
  if (first) {
    first.url = 'https://example.com/news/china-war-drill-taiwan';
    first.date = '2024-05-23';
  }
  return bundle;
};

const empty = (): Bundle => ({ ...structuredClone(defaultBundle()), related: [] });

const meta: Meta<Args> = {
  title: 'Elements/summit-related',
  component: 'summit-related',
  args: { related: '', headingLevel: 3, theme: 'auto' },
  argTypes: {
    related: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: themeArg,
  },
  render: (args) =>
    html`<summit-related
      related=${args.related}
      heading-level=${args.headingLevel}
      theme=${args.theme}
      src=${ifDefined(args.src)}
      .bundle=${args.bundle}
    ></summit-related>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The article gives no URL for its teaser, so the default card has no link. */
export const Default: Story = {};
export const WithLink: Story = { args: { bundle: linked() } };
export const HeadingLevel2: Story = { args: { bundle: linked(), headingLevel: 2 } };
export const Dark: Story = {
  args: { bundle: linked(), theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
export const Fetched: Story = { args: { src: '/bundles/moscow-summit-2023.json' } };
/** No related story in the bundle: the element renders nothing and its host is hidden. */
export const NoRelatedStory: Story = { args: { bundle: empty() } };
export const UnknownId: Story = { args: { related: 'no-such-story' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };

export const RightToLeft: Story = { args: { bundle: linked() }, decorators: [rtl] };

export const Narrow: Story = { args: { bundle: linked() }, decorators: [narrow] };

export const Themed: Story = { args: { bundle: linked() }, decorators: [themed] };
