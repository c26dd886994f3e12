/**
 * `load` (a dynamic import) run once, its promise shared by every caller; after a failure (the network) the next
 * call tries again.
 */
export function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
