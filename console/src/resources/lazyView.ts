import { type ComponentType, lazy } from 'react';

/**
 * A resource view (list, show, create, edit) loaded when its route is first visited, in its own chunk: the sign-in
 * page and a tier's first page do not download the forms and tables of every resource. react-admin's layout shows its
 * loading indicator meanwhile (it renders routes inside Suspense).
 */
export function lazyView<M, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
