import '../src/define/summit-corrections.js';
import '../src/define/quote-card.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBundle } from '../src/data/default-bundle.js';
import type { SummitCorrections } from '../src/elements/summit-corrections/summit-corrections.js';

type Args = Pick<SummitCorrections, 'theme'> & { endpoint?: string; src?: string };

const [takeaway] = defaultBundle().takeaways;

/** A slice of the article to select text in: a heading, two paragraphs, and a quote card (shadow DOM). */
const region = (): TemplateResult => html`
  <h2>${takeaway?.title}</h2>
  ${takeaway?.body.slice(0, 2).map((paragraph) => html`<p>${paragraph}</p>`)}
  <quote-card quote="gabuev-embarrassed"></quote-card>
`;

const meta: Meta<Args> = {
  title: 'Elements/summit-corrections',
  component: 'summit-corrections',
  args: { theme: 'auto' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    endpoint: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Select any text in the region (including inside the quote card) and press Ctrl + Enter or Cmd + Enter, ' +
          'or use the "Suggest a correction" button that appears.',
      },
    },
  },
  render: (args) =>
    html`<summit-corrections theme=${args.theme} endpoint=${ifDefined(args.endpoint)} src=${ifDefined(args.src)}>
      ${region()}
    </summit-corrections>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** `for="id"` watches an element elsewhere on the page; the button bar and hint render where the element is. */
export const ForAnotherElement: Story = {
  render: (args) =>
    html`<article id="story-article">${region()}</article>
      <summit-corrections for="story-article" theme=${args.theme}></summit-corrections>`,
};

/** With an endpoint that answers 404 in Storybook: Send shows the failure message and keeps the comment. */
export const EndpointFailure: Story = { args: { endpoint: '/no-such-corrections-endpoint' } };

/** A listener that handles the correction itself (`preventDefault()` skips the POST). */
export const HandledByPage: Story = {
  args: { endpoint: 'https://example.org/corrections' },
  render: (args) =>
    html`<summit-corrections
      theme=${args.theme}
      endpoint=${ifDefined(args.endpoint)}
      @summit-correction=${(event: Event) => {
        event.preventDefault();
      }}
    >
      ${region()}
    </summit-corrections>`,
};

/** The hint line from a fetched bundle. */
export const Fetched: Story = { args: { src: '/data/moscow-summit-2023.json' } };

/** The bundle can't be loaded: the hint line shows the error; the region is untouched. */
export const BundleError: Story = { args: { src: '/missing.json' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <summit-corrections theme=${args.theme}>
        <p>عقد الرئيسان محادثات في موسكو استمرت يومين، ووقّعا بيانًا مشتركًا.</p>
        ${region()}
      </summit-corrections>
    </div>`,
};

export const Narrow: Story = {
  render: (args) =>
    html`<style>
        .narrow-320 {
          inline-size: 320px;
        }
      </style>
      <div class="narrow-320">
        <summit-corrections theme=${args.theme}>${region()}</summit-corrections>
      </div>`,
};

export const Themed: Story = {
  render: (args) =>
    html`<style>
        .acme-theme {
          --summit-color-accent: #0b5fff;
          --summit-color-text: #10243e;
          --summit-color-muted: #3d4f66;
          --summit-color-surface: #f3f7ff;
          --summit-color-border: #7a8ca6;
          --summit-font-heading: 'Helvetica Neue', Arial, sans-serif;
          --summit-radius: 0;
        }
      </style>
      <div class="acme-theme">
        <summit-corrections theme=${args.theme}>${region()}</summit-corrections>
      </div>`,
};
