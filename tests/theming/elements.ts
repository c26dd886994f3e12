import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { deepElements } from './visible-text.js';

/** One of each element in its fullest state (open takeaway with cards, the explainer, the corrections region). */
export const ELEMENTS: [string, TemplateResult][] = [
  ['quote-card', html`<quote-card quote="daly-peacemaker"></quote-card>`],
  ['quote-card pull', html`<quote-card quote="gabuev-embarrassed" variant="pull"></quote-card>`],
  ['summit-takeaway', html`<summit-takeaway takeaway="energy-supplies" open quote-cards></summit-takeaway>`],
  ['reaction-panel', html`<reaction-panel></reaction-panel>`],
  ['summit-explainer', html`<summit-explainer hash-links="off"></summit-explainer>`],
  ['summit-declaration', html`<summit-declaration></summit-declaration>`],
  ['summit-related', html`<summit-related></summit-related>`],
  ['summit-corrections', html`<summit-corrections><p>The publisher's own paragraph.</p></summit-corrections>`],
];

/** `template` in a wrapper, once every summit element in it (nested ones too) has its data and has rendered. */
export async function render(template: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const hosts = deepElements(el).filter((node): node is HTMLElement & { ready: Promise<unknown> } => 'ready' in node);
  await Promise.all(hosts.map((host) => host.ready));
  return el;
}
