import type { Role } from '@meedoen/core';
import type { ReactElement } from 'react';
import type { MessageKey } from './i18n/nl';
import { StartPage } from './pages/start/StartPage';

/** Navigation groups, in the order the menu shows them; one per context of the product. */
export const NAV_CONTEXTS = ['start'] as const;
export type NavContext = (typeof NAV_CONTEXTS)[number];

export interface AppRoute {
  path: string;
  context: NavContext;
  labelKey: MessageKey;
  element: ReactElement;
  /** Roles that see this page in their menu; undefined = everyone signed in. */
  roles?: readonly Role[];
}

/** The flat route table of the signed-in app. Each context adds its pages here. */
export const APP_ROUTES: AppRoute[] = [{ path: '/', context: 'start', labelKey: 'nav.start', element: <StartPage /> }];

export function navigationFor(roles: readonly Role[]): AppRoute[] {
  return APP_ROUTES.filter((route) => !route.roles || route.roles.some((role) => roles.includes(role)));
}
