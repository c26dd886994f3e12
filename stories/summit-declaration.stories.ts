import '../src/define/summit-declaration.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SummitDeclaration } from '../src/elements/summit-declaration/summit-declaration.js';
import { LOADING_SRC } from './support.js';

type Args = Pick<SummitDeclaration, 'topics' | 'headingLevel' | 'theme'> & { src?: string };

const meta: Meta<Args> = {
  title: 'Elements/summit-declaration',
  component: 'summit-declaration',
  args: { topics: '', headingLevel: 3, theme: 'auto' },
  argTypes: {
    topics: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
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
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Fetched: Story = { args: { src: '/data/moscow-summit-2023.json' } };
export const UnknownTopic: Story = { args: { topics: 'security,weather' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };

export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl">
      <summit-declaration topics=${args.topics} theme=${args.theme}></summit-declaration>
    </div>`,
};

export const Narrow: Story = {
  render: (args) =>
    html`<style>
        .narrow {
          inline-size: 320px;
        }
      </style>
      <div class="narrow"><summit-declaration topics=${args.topics} theme=${args.theme}></summit-declaration></div>`,
};

export const Themed: Story = {
  render: (args) =>
    html`<style>
        .themed {
          --summit-color-accent: #005a9c;
          --summit-color-surface: #f4f8fb;
          --summit-color-border: #6b8aa3;
          --summit-font-body: 'Iowan Old Style', Georgia, serif;
          --summit-font-heading: 'Helvetica Neue', Arial, sans-serif;
          --summit-radius: 0;
          --summit-space: 1.25rem;
        }
      </style>
      <div class="themed"><summit-declaration topics=${args.topics} theme=${args.theme}></summit-declaration></div>`,
};
