import type { ComponentType, ReactNode } from 'react';

export interface LocalText {
  readonly vi: string;
  readonly en: string;
}

/** A part of the app (hồ sơ, phản ánh): its provider, its home tiles and its screens. */
export interface AppModule {
  readonly id: string;
  /** Around the whole app: one provider, so its outbox sends whichever screen is open. */
  readonly Provider: ComponentType<{ children: ReactNode }>;
  readonly tiles: readonly { path: string; label: LocalText; description: LocalText }[];
  readonly routes: readonly { path: string; element: ReactNode }[];
  /**
   * A screen rendered beside zmp-ui's AnimationRoutes, which remount a page whenever the path
   * changes: a journey with its step in the path must stay mounted from one step to the next.
   */
  readonly standalone?: (pathname: string, search: string) => ReactNode | undefined;
}
