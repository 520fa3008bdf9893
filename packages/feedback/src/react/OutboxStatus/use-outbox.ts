// The outbox's entries and the network state, kept current for a screen.
import type { Platform } from '@govmini/platform';
import { useEffect, useState } from 'react';
import type { FeedbackOutbox, FeedbackOutboxEntry } from '../../core/outbox';

/** Every entry, oldest first; `undefined` while loading. */
export function useOutboxEntries(
  outbox: FeedbackOutbox,
): readonly FeedbackOutboxEntry[] | undefined {
  const [entries, setEntries] = useState<readonly FeedbackOutboxEntry[]>();
  useEffect(() => {
    let live = true;
    const load = () =>
      void outbox.items().then(
        (items) => live && setEntries([...items].sort((a, b) => a.createdAt - b.createdAt)),
        () => undefined,
      );
    load();
    const off = outbox.subscribe(load);
    return () => {
      live = false;
      off();
    };
  }, [outbox]);
  return entries;
}

/** One entry, followed as it changes; `undefined` until found. */
export function useOutboxEntry(outbox: FeedbackOutbox, id: string | undefined) {
  const [entry, setEntry] = useState<FeedbackOutboxEntry>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    void outbox.get(id).then(
      (found) => live && found && setEntry(found),
      () => undefined,
    );
    const off = outbox.subscribe((changed) => {
      if (changed.id === id && live) setEntry(changed);
    });
    return () => {
      live = false;
      off();
    };
  }, [outbox, id]);
  return entry;
}

export function useOnline(platform: Platform): boolean {
  const [online, setOnline] = useState(() => platform.system.getNetwork().online);
  useEffect(() => {
    setOnline(platform.system.getNetwork().online);
    return platform.system.onNetworkChange((state) => setOnline(state.online));
  }, [platform]);
  return online;
}
