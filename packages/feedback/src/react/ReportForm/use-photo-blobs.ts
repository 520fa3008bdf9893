// The draft's photos in memory, for previews and the editor: read from the phone's storage once
// (after a reload), or handed over when just prepared. Object URLs are revoked when a photo
// leaves the draft or the form goes.
import type { StorageApi } from '@govmini/platform';
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadPhoto, type StoredPhotoRef } from '../../core/photos/store';

export interface PhotoInMemory {
  readonly blob: Blob;
  readonly url: string | undefined;
}

const urlOf = (blob: Blob) =>
  typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : undefined;

export function usePhotoBlobs(storage: StorageApi, photos: readonly StoredPhotoRef[]) {
  const cache = useRef(new Map<string, PhotoInMemory>());
  const [, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);

  const add = useCallback((id: string, blob: Blob) => {
    cache.current.set(id, { blob, url: urlOf(blob) });
    setVersion((v) => v + 1);
  }, []);

  const ids = photos.map((p) => p.id).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `ids` stands for `photos`
  useEffect(() => {
    let live = true;
    const wanted = new Set(ids ? ids.split(' ') : []);
    for (const [id, photo] of cache.current) {
      if (wanted.has(id)) continue;
      if (photo.url) URL.revokeObjectURL(photo.url);
      cache.current.delete(id);
    }
    const missing = [...wanted].filter((id) => !cache.current.has(id));
    void Promise.all(
      missing.map(async (id) => {
        const blob = await loadPhoto(storage, id);
        if (live && blob && !cache.current.has(id))
          cache.current.set(id, { blob, url: urlOf(blob) });
      }),
    ).then(() => live && missing.length > 0 && bump());
    return () => {
      live = false;
    };
  }, [ids, storage]);

  useEffect(
    () => () => {
      for (const photo of cache.current.values()) if (photo.url) URL.revokeObjectURL(photo.url);
      cache.current.clear();
    },
    [],
  );

  return { get: (id: string) => cache.current.get(id), add } as const;
}
