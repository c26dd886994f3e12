import '../src/define/summit-corrections.js';
import '../src/define/quote-card.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBundle } from '../src/data/article-bundle.js';
import type { SummitCorrections } from '../src/elements/summit-corrections/summit-corrections.js';
import { darkPage, narrow, rtlLang, themeArg, themed } from './support.js';

type Args = Pick<SummitCorrections, 'theme'> & { endpoint?: string; src?: string };

const [takeaway] = defaultBundle().takeaways;

/** A slice of the article to select text in: a heading, two paragraphs, and a quote card (shadow DOM). */
const region = (): TemplateResult => html`
  <h2>${takeaway?.title}</h2>
  ${takeaway?.body.slice(0, 2).map((paragraph) => html`<p>${paragraph}</p>`)}
  <quote-card quote="gabuev-embarrassed"></quote-card>
`;

/** The element around `content` (by default the article slice). */
const corrections = (args: Args, content: TemplateResult = region()): TemplateResult =>
  html`<summit-corrections
    theme=${args.theme}
    endpoint=${ifDefined(args.endpoint === '' ? undefined : args.endpoint)}
    src=${ifDefined(args.src)}
  >
    ${content}
  </summit-corrections>`;

const meta: Meta<Args> = {
  title: 'Elements/summit-corrections',
  component: 'summit-corrections',
  // endpoint starts empty (no attribute: corrections go out as the event only), so every story has its control.
  args: { theme: 'auto', endpoint: '' },
  argTypes: {
    theme: themeArg,
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
  render: (args) => corrections(args),
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
export const Fetched: Story = { args: { src: '/bundles/moscow-summit-2023.json' } };

/** The bundle can't be loaded: the hint line shows the error; the region is untouched. */
export const BundleError: Story = { args: { src: '/missing.json' } };

/** `theme="dark"` on a dark page: the theme paints our UI only; the region keeps the page's own colours. */
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

/** Arabic text before the article slice, under `dir="rtl" lang="ar"`. */
export const RightToLeft: Story = {
  decorators: [rtlLang('ar')],
  render: (args) =>
    corrections(
      args,
      html`<p>عقد الرئيسان محادثات في موسكو استمرت يومين، ووقّعا بيانًا مشتركًا.</p>
        ${region()}`,
    ),
};

export const Narrow: Story = { decorators: [narrow] };

export const Themed: Story = { decorators: [themed] };
