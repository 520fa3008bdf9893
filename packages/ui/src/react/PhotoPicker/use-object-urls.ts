// Object URLs for previews: one per file, revoked as soon as the file leaves the list and all
// of them on unmount (each holds the whole photo in memory; cheap phones have little).
import type { PickedImage } from '@govmini/platform';
import { useEffect, useRef, useState } from 'react';

export function useObjectUrls(images: readonly PickedImage[]): ReadonlyMap<Blob, string> {
  const made = useRef(new Map<Blob, string>());
  const [urls, setUrls] = useState<ReadonlyMap<Blob, string>>(made.current);
  useEffect(() => {
    const map = made.current;
    const files = new Set(images.map((i) => i.file));
    let changed = false;
    for (const [file, url] of map)
      if (!files.has(file)) {
        URL.revokeObjectURL(url);
        map.delete(file);
        changed = true;
      }
    for (const file of files)
      if (!map.has(file)) {
        map.set(file, URL.createObjectURL(file));
        changed = true;
      }
    if (changed) setUrls(new Map(map));
  }, [images]);
  // Runs before the effect above re-runs on a StrictMode remount, which then makes them again.
  useEffect(() => {
    const map = made.current;
    return () => {
      for (const url of map.values()) URL.revokeObjectURL(url);
      map.clear();
    };
  }, []);
  return urls;
}

const keys = new WeakMap<Blob, number>();
let lastKey = 0;
/** A stable React key per file, so removing a photo doesn't re-create the others. */
export function keyOf(file: Blob): number {
  let key = keys.get(file);
  if (key === undefined) {
    key = ++lastKey;
    keys.set(file, key);
  }
  return key;
}
