// Import this module FIRST in a test file: @lit-labs/testing's fixtures load Lit's hydration support, which must run
// before Lit does.
import { cleanupFixtures, csrFixture, ssrHydratedFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import type { TemplateResult } from 'lit';

/** The element modules the server side renders with (built by scripts/build-test-modules.mjs). */
const BUILT = new URL('../node_modules/.cache/summit-kit-tests/', import.meta.url).href;

/** One way of rendering a fixture. */
export interface Mode {
  /** `csr` (rendered in the browser), `ssr` (server HTML, no script), `hydrated` (server HTML taken over by Lit). */
  name: 'csr' | 'ssr' | 'hydrated';
  /** Whether the element runs in the page (false for `ssr`: the shadow DOM is there, the class never upgrades it). */
  live: boolean;
  /** Renders `template` (one top-level element, serializable values) and resolves with that element, settled. */
  fixture: <T extends HTMLElement>(template: TemplateResult) => Promise<T>;
}

const make =
  (render: typeof csrFixture, modules: readonly string[], live: boolean) =>
  async <T extends HTMLElement>(template: TemplateResult): Promise<T> => {
    const el = await render<T>(template, { modules: [...modules], base: BUILT });
    // Not hydrated, the element keeps `defer-hydration` and never updates: its server DOM is what the reader gets.
    const ready = live ? (el as Partial<{ ready: Promise<unknown> }>).ready : undefined;
    if (ready) await ready;
    return el;
  };

const modesFor = (modules: readonly string[]): Mode[] => [
  { name: 'csr', live: true, fixture: make(csrFixture, modules, true) },
  { name: 'ssr', live: false, fixture: make(ssrNonHydratedFixture, modules, false) },
  { name: 'hydrated', live: true, fixture: make(ssrHydratedFixture, modules, true) },
];

function run(modes: Mode[], suite: (mode: Mode) => void): void {
  for (const mode of modes) {
    describe(`(${mode.name})`, () => {
      afterEach(() => {
        cleanupFixtures();
      });
      suite(mode);
    });
  }
}

/**
 * Runs `suite` three times — rendered in the browser, server-rendered without script, server-rendered and hydrated —
 * each inside its own `describe`. `modules` name the registration entries the template needs (`define/quote-card.js`).
 * For what is rendered. A failure in any mode fails the run.
 */
export function inEveryMode(modules: readonly string[], suite: (mode: Mode) => void): void {
  run(modesFor(modules), suite);
}

/**
 * Runs `suite` in the two modes where the element's script runs — rendered in the browser, and server-rendered then
 * hydrated — for what a reader does (key presses, clicks, selections) and the events that follow.
 */
export function inLiveModes(modules: readonly string[], suite: (mode: Mode) => void): void {
  run(
    modesFor(modules).filter((mode) => mode.live),
    suite,
  );
}
