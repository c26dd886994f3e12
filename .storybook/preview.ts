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
  modules: { declarations?: { members?: Member[] }[] }[];
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
    })),
  })),
});

const preview: Preview = {
  tags: ['autodocs'],
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
