import '../src/define/quote-card.js';
import '../src/define/reaction-panel.js';
import '../src/define/summit-corrections.js';
import '../src/define/summit-data.js';
import '../src/define/summit-declaration.js';
import '../src/define/summit-explainer.js';
import '../src/define/summit-related.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { SummitTheme } from '../src/base/summit-element.js';

interface Args {
  theme: SummitTheme;
}

/** The page's own layout, as a publisher's stylesheet would set it (docs code: a `<style>` is fine here). */
const pageStyles = html`<style>
  .article-page {
    display: grid;
    gap: 2rem;
    max-inline-size: 48rem;
    margin-inline: auto;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .article-page > h2 {
    margin-block-end: -1rem;
    font-family: system-ui, sans-serif;
  }
  .article-page.dark {
    padding: 1.5rem;
    background: #0f1013;
    color: #ececf1;
  }
</style>`;

/**
 * The whole article as a publisher composes it: readers can suggest a correction anywhere in it; the explainer
 * (headline, standfirst, contents, the seven takeaways), a pull quote, the reactions, the joint declaration and the
 * related story — every part of the bundle.
 */
const articlePage = ({ theme }: Args): TemplateResult =>
  html`${pageStyles}
    <summit-corrections theme=${theme}>
      <div class="article-page ${theme === 'dark' ? 'dark' : ''}">
        <summit-explainer theme=${theme}></summit-explainer>
        <quote-card quote="daly-peacemaker" variant="pull" theme=${theme}></quote-card>
        <h2>How the world reacted</h2>
        <reaction-panel theme=${theme}></reaction-panel>
        <summit-declaration heading-level="2" theme=${theme}></summit-declaration>
        <summit-related heading-level="2" theme=${theme}></summit-related>
      </div>
    </summit-corrections>`;

const meta: Meta<Args> = {
  title: 'Examples/Article page',
  args: { theme: 'auto' },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The full explainer as a publisher would put it on a page. Select any text and press Ctrl + Enter ' +
          '(Cmd + Enter on a Mac) to suggest a correction.',
      },
    },
  },
  render: articlePage,
};
export default meta;

type Story = StoryObj<Args>;

/** Every element on the default bundle (the article, built into the package). */
export const Default: Story = {};

/** The same page fed by one `<summit-data>`: the bundle is fetched once and shared by every element inside. */
export const WithSummitData: Story = {
  render: (args) => html`<summit-data src="/bundles/moscow-summit-2023.json">${articlePage(args)}</summit-data>`,
};

/** Dark: every element with `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
