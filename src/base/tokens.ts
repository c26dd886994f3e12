/**
 * The global tokens every summit element reads, written once. `styles.ts` reads each through `var(name, fallback)`
 * (a test checks that it does, with exactly this fallback), and `custom-elements-manifest.config.mjs` lists them
 * under every element in the manifest, so Storybook's autodocs and the editor data show them per element.
 */
export const tokens = [
  {
    name: '--summit-color-accent',
    fallback: 'light-dark(#a4161a, #ff8f87)',
    description: 'Accent: links, rules, highlights, focus rings.',
  },
  { name: '--summit-color-text', fallback: 'light-dark(#1b1b1f, #ececf1)', description: 'Text.' },
  {
    name: '--summit-color-muted',
    fallback: 'light-dark(#555560, #b6b6c2)',
    description: 'Secondary text: roles, context, hints.',
  },
  {
    name: '--summit-color-surface',
    fallback: 'light-dark(#ffffff, #17181c)',
    description: 'Background of cards, bars and dialogs.',
  },
  { name: '--summit-color-border', fallback: 'light-dark(#8a8a96, #70707c)', description: 'Borders.' },
  {
    name: '--summit-font-body',
    fallback: "Georgia, 'Times New Roman', serif",
    description: 'Reading text: quotations, summaries, standfirsts.',
  },
  {
    name: '--summit-font-heading',
    fallback: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    description: 'Headings, labels, buttons.',
  },
  { name: '--summit-radius', fallback: '6px', description: 'Corner radius.' },
  { name: '--summit-space', fallback: '1rem', description: 'Spacing unit.' },
] as const;

/** The detail of `summit-error` as the manifest shows it (the type is `SummitErrorDetail` in `events.ts`). */
export const errorEventType = '{ code: string; message: string; issues?: { path: string; message: string }[] }';
