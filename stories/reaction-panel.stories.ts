import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/reaction-panel.js';
import { defaultBundle } from '../src/data/article-bundle.js';
import type { ReactionPanel } from '../src/elements/reaction-panel/reaction-panel.js';
import { LOADING_SRC, narrow, rtl, themeArg, themed } from './support.js';

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
  args: { theme: 'auto', label: '', selected: '', parties: '' },
  argTypes: {
    selected: { control: 'select', options: groupIds },
    parties: { control: 'text' },
    theme: themeArg,
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
export const FromSrc: Story = { args: { src: '/bundles/moscow-summit-2023.json' } };
export const UnknownParty: Story = { args: { parties: 'ukraine,mars' } };
export const NotFound: Story = { args: { src: '/missing.json' } };
/** While the bundle is on its way: reserved space and a polite "Loading…" status. */
export const Loading: Story = { args: { src: LOADING_SRC } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
export const RightToLeft: Story = { decorators: [rtl] };
export const Narrow: Story = { decorators: [narrow] };
export const Themed: Story = { decorators: [themed] };
