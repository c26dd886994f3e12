import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Autodocs read descriptions, defaults, events, CSS properties and parts from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
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
