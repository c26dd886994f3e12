import '../src/define/summit-declaration.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SummitDeclaration } from '../src/elements/summit-declaration/summit-declaration.js';
import { LOADING_SRC, narrow, rtl, themeArg, themed } from './support.js';

type Args = Pick<SummitDeclaration, 'topics' | 'headingLevel' | 'theme'> & { src?: string };

const meta: Meta<Args> = {
  title: 'Elements/summit-declaration',
  component: 'summit-declaration',
  args: { topics: '', headingLevel: 3, theme: 'auto' },
  argTypes: {
    topics: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: themeArg,
  },
  render: (args) =>
    html`<summit-declaration
      topics=${args.topics}
      heading-level=${args.headingLevel}
      theme=${args.theme}
      src=${ifDefined(args.src)}
    ></summit-declaration>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const SomeTopics: Story = { args: { topics: 'nuclear,security' } };
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
export const Fetched: Story = { args: { src: '/bundles/moscow-summit-2023.json' } };
export const UnknownTopic: Story = { args: { topics: 'security,weather' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };

export const RightToLeft: Story = { decorators: [rtl] };

export const Narrow: Story = { decorators: [narrow] };

export const Themed: Story = { decorators: [themed] };
