import { useEffect, useRef } from 'react';
import { useProvidedPlatform } from './PlatformProvider';

export interface AppLifecycleHandlers {
  /** The app went to the background: save now, it may be killed without another word. */
  onHidden?: () => void;
  onShown?: () => void;
  onClosing?: () => void;
}

/** Runs the handlers on lifecycle events. Handlers may change every render. */
export function useAppLifecycle(handlers: AppLifecycleHandlers): void {
  const { lifecycle } = useProvidedPlatform('useAppLifecycle');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const offs = [
      lifecycle.on('hidden', () => latest.current.onHidden?.()),
      lifecycle.on('shown', () => latest.current.onShown?.()),
      lifecycle.on('closing', () => latest.current.onClosing?.()),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [lifecycle]);
}
