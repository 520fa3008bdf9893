// Drafts for stories and tests: a report written up to a given step, stored on the story's phone
// as ReportForm would have stored it (photos as prepared bytes under their own keys).
import { type StoredPhotoRef, savePhoto } from '../../core/photos/store';
import type { FeedbackWorld } from '../stories-support';
import { storyDeviceLocation } from '../stories-support';
import { DRAFT_KEY, newDraft, type ReportDraft } from './draft';

export const storyDescription =
  'Ổ gà lớn giữa đường, sâu khoảng 20 cm, đã có hai xe máy bị ngã tối qua. Trời mưa thì nước đọng che kín, rất khó thấy.';

/** A draft with everything filled in, at `step` (default the check page). */
export function completeDraft(changes: Partial<ReportDraft> = {}): ReportDraft {
  return {
    ...newDraft(Date.UTC(2026, 2, 2, 1, 0)),
    step: 'check',
    categoryId: 'ha-tang-giao-thong',
    description: storyDescription,
    location: {
      mode: 'device',
      device: {
        kind: 'device',
        ...storyDeviceLocation,
        provinceCode: '01',
        communeCode: '00070',
        address: 'Phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội',
      },
      devicePlace: 'Trước số nhà 12',
    },
    showName: 'no',
    publish: 'yes',
    ...changes,
  };
}

/** Stores `photos` (blobs) on the world's phone, then the draft pointing at them. */
export async function seedDraft(
  world: FeedbackWorld,
  draft: ReportDraft,
  photos: readonly Blob[] = [],
): Promise<ReportDraft> {
  const refs: StoredPhotoRef[] = [];
  for (const [i, blob] of photos.entries()) {
    refs.push(
      await savePhoto(world.storage, blob, { name: `anh-${i + 1}.jpg`, width: 640, height: 480 }),
    );
  }
  const stored = { ...draft, photos: [...draft.photos, ...refs] };
  await world.storage.set(DRAFT_KEY, stored);
  return stored;
}
