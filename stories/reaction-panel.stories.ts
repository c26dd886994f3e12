import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/reaction-panel.js';
import { defaultBundle } from '../src/data/default-bundle.js';
import type { ReactionPanel } from '../src/elements/reaction-panel/reaction-panel.js';
import { LOADING_SRC } from './support.js';

type Args = Pick<ReactionPanel, 'theme' | 'label'> & { selected?: string; parties?: string; src?: string };

const groupIds = defaultBundle().reactions.map((r) => r.id);

const panel = (args: Args) =>
  html`<reaction-panel
    theme=${args.theme}
    label=${args.label}
    selected=${ifDefined(args.selected)}
    parties=${ifDefined(args.parties)}
    src=${ifDefined(args.src)}
  ></reaction-panel>`;

const meta: Meta<Args> = {
  title: 'Elements/reaction-panel',
  component: 'reaction-panel',
  args: { theme: 'auto', label: 'Reactions to the summit' },
  argTypes: {
    selected: { control: 'select', options: groupIds },
    parties: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: panel,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const SelectedAnalysts: Story = { args: { selected: 'analysts' } };
export const SelectedUnitedStates: Story = { args: { selected: 'united-states' } };
export const PartiesFiltered: Story = { args: { parties: 'united-states,ukraine' } };
export const CustomLabel: Story = { args: { label: 'How the world reacted' } };
export const FromSrc: Story = { args: { src: '/data/moscow-summit-2023.json' } };
export const UnknownParty: Story = { args: { parties: 'ukraine,mars' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const RightToLeft: Story = { render: (args) => html`<div dir="rtl">${panel(args)}</div>` };
export const Narrow: Story = {
  render: (args) =>
    html`<style>
        .summit-story-narrow {
          inline-size: 320px;
        }
      </style>
      <div class="summit-story-narrow">${panel(args)}</div>`,
};
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .summit-story-themed {
          --summit-color-accent: #0b5394;
          --summit-color-text: #102a43;
          --summit-color-muted: #486581;
          --summit-color-surface: #f0f4f8;
          --summit-color-border: #829ab1;
          --summit-font-body: 'Iowan Old Style', Georgia, serif;
          --summit-font-heading: 'Avenir Next', system-ui, sans-serif;
          --summit-radius: 0;
          --summit-space: 1.25rem;
        }
      </style>
      <div class="summit-story-themed">${panel(args)}</div>`,
};
