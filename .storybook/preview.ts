import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Autodocs read descriptions, defaults, events, CSS properties and parts from the manifest; a class's private and
// protected members are no controls for a designer.
interface Member {
  privacy?: string;
}
interface Manifest {
  modules: { declarations?: { members?: Member[]; cssParts?: { name: string }[] }[] }[];
}
const isPublic = (member: Member): boolean => member.privacy !== 'private' && member.privacy !== 'protected';
// Typed here: the manifest is generated (`cem analyze`), so a fresh checkout's linter may not find it yet.
const typed = manifest as unknown as Manifest;
setCustomElementsManifest({
  ...typed,
  modules: typed.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter(isPublic),
      // Listed as a designer writes them, `::part(quote)`: under its bare name a part would take the place of an
      // attribute of the same name (quote-card's `quote`) in the controls and the docs table.
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    })),
  })),
});

const preview: Preview = {
  tags: ['autodocs'],
  // The table documents every attribute, property, event, CSS custom property and part from the manifest (each in its
  // category), but of those a control is offered only for what the story renders from: its args (`args` of the meta
  // and of the story). A control for anything else (a part, a custom property, an event, an attribute the story does
  // not pass on) changed nothing. What a story file declares itself (the theme playground's tokens) keeps its control.
  argTypesEnhancers: [
    ({ argTypes, initialArgs }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          Object.hasOwn(initialArgs, name) || argType.table?.category === undefined
            ? argType
            : { ...argType, control: false },
        ]),
      ),
  ],
  // The interface language: every story re-renders inside an element carrying the chosen `lang`.
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'ru', title: 'Русский' },
          { value: 'uk', title: 'Українська' },
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'ar', title: 'العربية' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const lang = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
      return html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${story()}</div>`;
    },
  ],
  parameters: {
    options: {
      storySort: {
        order: [
          'Introduction',
          'Docs',
          [
            'Embedding',
            'Server rendering and search',
            'Embedding with an iframe',
            'Theming',
            'Theme playground',
            'The data bundle',
            'Events',
            'Accessibility',
          ],
          'Elements',
          'Examples',
        ],
      },
    },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
