// Reports at every stage, for the follow-up screens' stories and tests: a memory service on a
// fixed clock whose agency moves only when told, and `seedReports` to file reports and walk
// each to its stage (received, answered, rated, reopened, rejected…) the way a citizen and an
// officer would, through the service's own calls. Not exported from the package.

import type {
  FeedbackErrorCode,
  FeedbackService,
  MyReport,
  OfficialAnswer,
  ReportLocation,
} from '../../core/types';
import {
  createMemoryFeedbackService,
  type MemoryFeedbackService,
} from '../../testing/memory-service';
import { todayIso } from '../ReportTimeline/report-dates';
import type { FeedbackStoryParameters, FeedbackWorld } from '../stories-support';
import { storyCategories, storyUser } from '../stories-support';

/** Monday morning in Hà Nội: the sample clock starts here. */
export const SAMPLE_START = '2026-11-16T08:30:00+07:00';

export type SampleStage =
  | 'sent'
  | 'received'
  | 'in_progress'
  | 'answered'
  | 'rated'
  | 'reopened'
  | 'reanswered'
  | 'rejected'
  | 'closed';

export interface SampleReport {
  readonly stage: SampleStage;
  readonly categoryId?: string;
  readonly description?: string;
  readonly photos?: number;
  readonly location?: ReportLocation;
  /** Default true. */
  readonly publish?: boolean;
  readonly showName?: boolean;
  /** Filed by a neighbour and joined by the story citizen with "Tôi cũng gặp". */
  readonly joined?: boolean;
  /** Filed by a neighbour, not joined (public lists). */
  readonly byNeighbour?: boolean;
  /** Other people who pressed "Tôi cũng gặp" (default 0). */
  readonly supporters?: number;
  readonly answerText?: string;
}

export const sampleDescription =
  'Ổ gà lớn giữa đường Phan Đình Phùng, đoạn trước số nhà 45.\nXe máy đi qua phải lách sang làn ô tô, tối qua có người ngã.';
export const sampleLocation: ReportLocation = {
  kind: 'commune',
  provinceCode: '01',
  communeCode: '00004',
  place: 'Trước số nhà 45 Phan Đình Phùng',
};

const NEIGHBOUR = 'hang-xom';
const supporterIds = Array.from({ length: 30 }, (_, i) => `nguoi-dan-${i + 1}`);

/** 1×1 PNG: enough for the memory service, which checks the bytes are an image. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

/** A memory backend on the sample clock; the agency acts only through `seedReports`. */
export function followUpService(): MemoryFeedbackService {
  return createMemoryFeedbackService({
    categories: storyCategories,
    now: SAMPLE_START,
    agency: { auto: false },
    users: [
      { id: storyUser.id, name: storyUser.name },
      { id: NEIGHBOUR, name: 'Trần Văn Hùng' },
      ...supporterIds,
    ],
  });
}

let keys = 0;

/** Files each report as described and walks it to its stage; returns them in that order. */
export async function seedReports(
  service: MemoryFeedbackService,
  reports: readonly SampleReport[],
): Promise<MyReport[]> {
  const c = service.controls;
  const ids: string[] = [];
  for (const spec of reports) {
    const owner = spec.joined || spec.byNeighbour ? NEIGHBOUR : storyUser.id;
    const photoIds: string[] = [];
    for (let i = 0; i < (spec.photos ?? 1); i++) {
      const blob = new Blob([PNG], { type: 'image/png' });
      photoIds.push(
        (await service.uploadPhoto(owner, blob, { name: `anh-${i}.png`, type: 'image/png' })).id,
      );
    }
    const filed = await service.submit(owner, {
      categoryId: spec.categoryId ?? 'ha-tang-giao-thong',
      description: spec.description ?? sampleDescription,
      photoIds,
      location: spec.location ?? sampleLocation,
      showName: spec.showName ?? false,
      publish: spec.publish ?? true,
      notify: true,
      idempotencyKey: `sample-report-${++keys}`,
    });
    const id = filed.id;
    ids.push(id);
    for (const supporter of supporterIds.slice(0, spec.supporters ?? 0)) {
      await service.support(supporter, id);
    }
    if (spec.joined) await service.support(storyUser.id, id);
    const stage = spec.stage;
    if (stage === 'sent') {
      c.advance({ hours: 1 });
      continue;
    }
    c.advance({ hours: 1 });
    await c.receive(id);
    if (stage === 'rejected') {
      c.advance({ hours: 3 });
      await c.reject(
        id,
        'Nội dung thuộc thẩm quyền giải quyết của Toà án nhân dân. Vui lòng liên hệ Toà án nhân dân khu vực 1 - Hà Nội.',
      );
      continue;
    }
    if (stage === 'received') continue;
    c.advance({ days: 1 });
    await c.start(id);
    if (stage === 'in_progress') continue;
    c.advance({ days: 2 });
    await c.answer(id, spec.answerText ? { text: spec.answerText } : undefined);
    const reporter = owner;
    if (stage === 'rated') {
      c.advance({ hours: 2 });
      await service.rate(reporter, id, { level: 'satisfied', comment: 'Xử lý nhanh, cảm ơn.' });
    } else if (stage === 'reopened' || stage === 'reanswered') {
      c.advance({ hours: 2 });
      await service.confirmResolved(reporter, id, {
        resolved: false,
        comment: 'Đã vá nhưng sau trận mưa hôm qua lại sụt lún.',
      });
      if (stage === 'reanswered') {
        c.advance({ days: 1 });
        await c.answer(id, {
          text: 'Đơn vị duy tu đã đào lên, đầm chặt nền và thảm lại toàn bộ đoạn đường bị sụt.',
        });
      }
    } else if (stage === 'closed') {
      c.advance({ days: 7 });
      await c.close(id);
    }
    c.advance({ hours: 1 });
  }
  // The story citizen's view where they take part, else the reporter's.
  const mine = await service.listMine(storyUser.id);
  const all = c.reports().map((snapshot) => snapshot.report);
  return ids.map(
    (id) => (mine.find((r) => r.id === id) ?? all.find((r) => r.id === id)) as MyReport,
  );
}

/** Today on the service's clock, `YYYY-MM-DD` (for the working days left). */
export const serviceToday = (service: MemoryFeedbackService): string =>
  todayIso(new Date(service.controls.now()));

// ── For stories: the reports a story seeds, found again by the story's render ──

const seeded = new WeakMap<object, string[]>();

/** Story parameters that seed `reports` into a fresh sample backend. */
export function withReports(
  reports: readonly SampleReport[],
  more: FeedbackStoryParameters = {},
): { feedback: FeedbackStoryParameters } {
  return {
    feedback: {
      ...more,
      service: () => followUpService(),
      setup: async (world: FeedbackWorld) => {
        const seededReports = await seedReports(world.service as MemoryFeedbackService, reports);
        seeded.set(
          world,
          seededReports.map((r) => r.id),
        );
        await more.setup?.(world);
      },
    },
  };
}

/** The id of the `index`-th report a story seeded (from the story context's `loaded`). */
export function seededId(loaded: Record<string, unknown>, index = 0): string {
  const world = loaded.feedback as FeedbackWorld | undefined;
  const id = world ? seeded.get(world)?.[index] : undefined;
  if (!id) throw new Error('seededId: the story seeded no report at that index (withReports)');
  return id;
}

/** `today` on the story's backend clock. */
export function seededToday(loaded: Record<string, unknown>): string {
  const world = loaded.feedback as FeedbackWorld | undefined;
  return world ? serviceToday(world.service as MemoryFeedbackService) : todayIso();
}

/** A backend whose every call waits forever: the loading states. */
export function pendingService(): FeedbackService {
  const base = followUpService();
  return Object.fromEntries(
    Object.keys(base)
      .filter((name) => name !== 'controls')
      .map((name) => [name, () => new Promise(() => {})]),
  ) as unknown as FeedbackService;
}

/** After seeding: the next `count` calls (of `method`, if given) fail with `code`. */
export const failing =
  (code: FeedbackErrorCode, count = 1000, method?: keyof FeedbackService) =>
  async (world: FeedbackWorld): Promise<void> => {
    (world.service as MemoryFeedbackService).controls.failNext(count, {
      code,
      ...(method && { method }),
    });
  };

/** An answer as the sample agency gives one (for components that take a report as props). */
export const sampleAnswer: OfficialAnswer = {
  agency: { vi: 'Sở Xây dựng', en: 'Department of Construction' },
  answeredAt: '2026-11-19T09:30:00+07:00',
  text: 'UBND phường đã cử cán bộ kiểm tra hiện trường. Đơn vị duy tu đã vá ổ gà và cắm biển cảnh báo.',
  attachments: [],
};

const place = (communeCode: string, text: string): ReportLocation => ({
  kind: 'commune',
  provinceCode: '01',
  communeCode,
  place: text,
});

/** Thirteen answered reports by neighbours, varied enough to filter and search. */
export const publicSamples: readonly SampleReport[] = [
  ['ha-tang-giao-thong', '00004', 'Ngõ 12 Phan Đình Phùng', 'Mặt đường bong tróc, nhiều ổ gà sâu.'],
  ['ngap-ung', '00008', 'Phố Đội Cấn', 'Ngập sâu 40 cm sau mưa, xe máy chết máy.'],
  ['ve-sinh-moi-truong', '00070', 'Chân cầu Chương Dương', 'Đổ trộm phế thải xây dựng ban đêm.'],
  ['chieu-sang', '00004', 'Ngõ 8 Quán Thánh', 'Đèn đường không sáng, đi lại nguy hiểm.'],
  ['ha-tang-giao-thong', '00070', 'Phố Hàng Bài', 'Vỉa hè lún, gạch vỡ.'],
  ['thu-tuc-hanh-chinh', '00008', 'Bộ phận Một cửa', 'Chờ cấp bản sao trích lục quá lâu.'],
  ['ngap-ung', '00004', 'Phố Hoè Nhai', 'Nắp cống hỏng, nước tràn lên đường.'],
  ['ve-sinh-moi-truong', '00008', 'Chợ Ngọc Hà', 'Rác không được thu gom hai ngày.'],
  ['chieu-sang', '00070', 'Vườn hoa Lý Thái Tổ', 'Đèn chiếu sáng vườn hoa chập chờn.'],
  ['ha-tang-giao-thong', '00008', 'Đường Hoàng Hoa Thám', 'Ổ gà trước cổng trường.'],
  ['ngap-ung', '00070', 'Phố Lý Thường Kiệt', 'Hố ga bốc mùi, nước đọng.'],
  ['ve-sinh-moi-truong', '00004', 'Ngõ 5 Nguyễn Trường Tộ', 'Thùng rác công cộng bị vỡ.'],
  ['chieu-sang', '00008', 'Ngõ 60 Ngọc Hà', 'Cột đèn nghiêng sau bão.'],
].map(([categoryId = '', commune = '', where = '', description = ''], i) => ({
  stage: i % 4 === 3 ? 'closed' : 'answered',
  byNeighbour: true,
  showName: i % 3 === 0,
  supporters: i % 5,
  categoryId,
  description,
  location: place(commune, where),
}));

/** Story parameters for the loading state (they replace a meta's seeding too). */
export const loadingForever = (): { feedback: FeedbackStoryParameters } => ({
  feedback: { service: () => pendingService(), setup: async () => {} },
});
