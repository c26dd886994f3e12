import { createContext } from '@lit/context';
import type { SummitError } from '../data/errors.js';
import type { Bundle } from '../data/schema.js';

/**
 * What `<summit-data>` provides to the elements inside it: a small state, not a promise, so an element whose provider
 * already has its bundle renders it in its first update (in the browser and on the server).
 *
 * - `{ bundle }`: the validated bundle, ready to render.
 * - `{ pending }`: still loading; `pending` settles (never rejects) when the provider has a bundle or an error.
 * - `{ error }`: the provider failed; it shows the message and fires `summit-error`, the elements inside stay quiet.
 */
export type BundleState = { bundle: Bundle } | { pending: Promise<void> } | { error: SummitError };

export const bundleContext = createContext<BundleState | undefined>(Symbol.for('summit-kit.bundle'));
