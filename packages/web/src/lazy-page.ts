import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page that loads on its first visit, as its own chunk: `lazyPage(() => import('./pages/x/XPage'), 'XPage')`.
 * The pages use named exports; React.lazy wants a default one. App.tsx gives every route a Suspense boundary.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
