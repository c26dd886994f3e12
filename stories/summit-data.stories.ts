import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeArg } from './support.js';

interface Args {
  src?: string;
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/summit-data',
  component: 'summit-data',
  args: { src: '/bundles/moscow-summit-2023.json', theme: 'auto' },
  argTypes: { theme: themeArg },
  render: ({ src, theme }) =>
    html`<summit-data src=${ifDefined(src)} theme=${theme}>
      <quote-card quote="daly-peacemaker" theme=${theme}></quote-card>
      <summit-takeaway takeaway="energy-supplies" theme=${theme}></summit-takeaway>
      <reaction-panel parties="ukraine,united-states" theme=${theme}></reaction-panel>
    </summit-data>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One fetch of `src`, shared by the three elements inside. */
export const FetchedOnce: Story = {};
/** No `src`: the elements inside use the default bundle. */
export const DefaultBundle: Story = { args: { src: undefined } };
/** The bundle cannot be loaded: one message, from the provider; the elements inside stay empty. */
export const LoadError: Story = { args: { src: '/bundles/missing-bundle.json' } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
