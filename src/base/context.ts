import { createContext } from '@lit/context';
import type { Bundle } from '../data/schema.js';

/** What `<summit-data>` provides to the elements inside it: the pending or settled bundle. */
export type ProvidedBundle = Promise<Bundle>;

export const bundleContext = createContext<ProvidedBundle | undefined>(Symbol.for('summit-kit.bundle'));
