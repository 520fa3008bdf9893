import { Heading, lazyChunk } from '@govmini/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { feedbackError } from '../../core/errors';
import type { FeedbackService } from '../../core/types';
import { createMemoryFeedbackService } from '../../testing/memory-service';
import {
  clickText,
  type FeedbackWorld,
  feedbackStoryMeta,
  settle,
  storyCategories,
  storyNeighbour,
  waitFor,
} from '../stories-support';
import { storyPhoto } from '../story-photos';
import { newDraft, type ReportDraft } from './draft';
import { LazyPhotoRedactor } from './LazyPhotoRedactor';
import { ReportForm } from './ReportForm';
import { completeDraft, seedDraft, storyDescription } from './story-drafts';

const meta = {
  title: 'Phản ánh/ReportForm',
  component: ReportForm,
  ...feedbackStoryMeta,
  args: { myReportsHref: '#phan-anh-cua-toi' },
} satisfies Meta<typeof ReportForm>;
export default meta;

type Story = StoryObj<typeof meta>;

const at =
  (draft: Partial<ReportDraft>, scenes: Parameters<typeof storyPhoto>[0][] = []) =>
  async (world: FeedbackWorld) => {
    const photos = await Promise.all(scenes.map((scene) => storyPhoto(scene)));
    await seedDraft(world, { ...newDraft(Date.now()), ...draft }, photos);
  };
const complete =
  (
    changes: Partial<ReportDraft> = {},
    scenes: Parameters<typeof storyPhoto>[0][] = ['pothole', 'car'],
  ) =>
  async (world: FeedbackWorld) => {
    const photos = await Promise.all(scenes.map((scene) => storyPhoto(scene)));
    await seedDraft(world, completeDraft(changes), photos);
  };
const shown = (root: HTMLElement, text: string) => waitFor(() => root.textContent?.includes(text));
const press = async (root: HTMLElement, text: string) => {
  await waitFor(() =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text),
  );
  clickText(root, text, 'button');
  await settle(100);
};

/** The first page: the province's categories, nothing chosen. */
export const ChooseCategory: Story = {
  play: ({ canvasElement }) => shown(canvasElement, 'thuộc loại nào').then(() => settle()),
};

/** "Tiếp tục" with nothing chosen: the error summary and the field say what to do. */
export const CategoryMissing: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Tiếp tục');
    await shown(canvasElement, 'Vui lòng chọn loại vấn đề');
  },
};

/** A category with a notice ("call 114"): shown while it is chosen. */
export const CategoryWithNotice: Story = {
  parameters: { feedback: { setup: at({ categoryId: 'ngap-ung' }) } },
  play: ({ canvasElement }) => shown(canvasElement, 'gọi 114').then(() => settle()),
};

/** The categories could not be loaded (offline, none kept): a retry. */
export const CategoriesFailed: Story = {
  parameters: { feedback: { online: true, service: () => failingCategories() } },
  play: ({ canvasElement }) => shown(canvasElement, 'Chưa tải được').then(() => settle()),
};

export const Description: Story = {
  parameters: {
    feedback: {
      setup: at({
        step: 'description',
        categoryId: 'ha-tang-giao-thong',
        description: storyDescription,
      }),
    },
  },
  play: ({ canvasElement }) => shown(canvasElement, 'Mô tả vấn đề').then(() => settle()),
};

/** Text with HTML and a control character: kept as typed, said plainly, shown as text. */
export const DescriptionWithMarkup: Story = {
  parameters: {
    feedback: {
      setup: at({
        step: 'description',
        categoryId: 'ha-tang-giao-thong',
        description: 'Đèn <b>hỏng</b> <script>alert(1)</script>\u0007 ở ngõ 5',
      }),
    },
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Tiếp tục');
    await shown(canvasElement, 'ký tự đặc biệt');
  },
};

/** Over 4,000 characters: the counter says by how much, nothing is cut. */
export const DescriptionTooLong: Story = {
  parameters: {
    feedback: {
      setup: at({
        step: 'description',
        categoryId: 'ha-tang-giao-thong',
        description: 'Đường hỏng nặng. '.repeat(250),
      }),
    },
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Tiếp tục');
    await shown(canvasElement, 'rút gọn');
  },
};

export const PhotosEmpty: Story = {
  parameters: {
    feedback: {
      setup: at({
        step: 'photos',
        categoryId: 'ha-tang-giao-thong',
        description: storyDescription,
      }),
    },
  },
  play: ({ canvasElement }) => shown(canvasElement, 'Ảnh chụp vấn đề').then(() => settle()),
};

/** Two photos: previews, move earlier/later, remove. */
export const PhotosAdded: Story = {
  parameters: {
    feedback: {
      setup: at(
        { step: 'photos', categoryId: 'ha-tang-giao-thong', description: storyDescription },
        ['pothole', 'car'],
      ),
    },
  },
  play: ({ canvasElement }) =>
    waitFor(() => canvasElement.querySelector('.gm-feedback-photos__item img')).then(() =>
      settle(),
    ),
};

/** Five photos, and "Chụp ảnh" once more: the sixth is refused in plain words. */
export const PhotosFull: Story = {
  parameters: {
    feedback: {
      setup: at(
        { step: 'photos', categoryId: 'ha-tang-giao-thong', description: storyDescription },
        ['pothole', 'car', 'rubbish', 'pothole', 'car'],
      ),
    },
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Chụp ảnh');
    await shown(canvasElement, 'Đã đủ 5 ảnh');
  },
};

export const BlurList: Story = {
  parameters: {
    feedback: {
      setup: at({ step: 'blur', categoryId: 'ha-tang-giao-thong', description: storyDescription }, [
        'car',
        'pothole',
      ]),
    },
  },
  play: ({ canvasElement }) =>
    waitFor(() => canvasElement.querySelector('.gm-feedback-photos__item img')).then(() =>
      settle(),
    ),
};

/** The photo editor, with a box added from the keyboard's way ("Thêm vùng che"). */
export const BlurEditor: Story = {
  parameters: {
    feedback: {
      setup: at({ step: 'blur', categoryId: 'ha-tang-giao-thong', description: storyDescription }, [
        'car',
      ]),
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => canvasElement.querySelector('.gm-feedback-photos__item img'));
    await press(canvasElement, 'Che mờ ảnh 1');
    await press(canvasElement, 'Thêm vùng che');
    await waitFor(() => canvasElement.querySelector('.gm-redactor__stage img'));
    await settle();
  },
};

/** The editor's chunk could not be fetched (offline before the form prefetched it). */
export const BlurEditorUnavailable: Story = {
  render: () => (
    <>
      <Heading level={1}>Che mờ ảnh 1</Heading>
      <LazyPhotoRedactor
        chunk={lazyChunk(() => Promise.reject(new TypeError('Failed to fetch')))}
        photo={new Blob()}
        number={1}
        onApply={() => undefined}
        onCancel={() => undefined}
      />
    </>
  ),
  play: ({ canvasElement }) => shown(canvasElement, 'Thử lại').then(() => settle()),
};

export const Location: Story = {
  parameters: {
    feedback: {
      setup: at({
        step: 'location',
        categoryId: 'ha-tang-giao-thong',
        description: storyDescription,
      }),
    },
  },
  play: ({ canvasElement }) => shown(canvasElement, 'Vấn đề ở đâu').then(() => settle()),
};

/** "Tiếp tục" on the choices page with nothing chosen: both questions say so. */
export const ChoicesMissing: Story = {
  parameters: {
    feedback: { setup: complete({ step: 'choices', showName: undefined, publish: undefined }) },
  },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Tiếp tục');
    await shown(canvasElement, 'Vui lòng chọn có cho phép công khai');
  },
};

export const CheckAnswers: Story = {
  parameters: { feedback: { setup: complete() } },
  play: ({ canvasElement }) =>
    waitFor(() => canvasElement.querySelector('.gm-feedback-check__photos img')).then(() =>
      settle(),
    ),
};

/** Offline at the check page: it says the report will wait on the phone. */
export const CheckAnswersOffline: Story = {
  parameters: { feedback: { online: false, setup: complete() } },
  play: ({ canvasElement }) => shown(canvasElement, 'đang mất mạng').then(() => settle()),
};

/** "Gửi phản ánh" online: the tracking code and what happens next. */
export const Sent: Story = {
  parameters: { feedback: { setup: complete() } },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Gửi phản ánh');
    await shown(canvasElement, 'Mã phản ánh');
  },
};

/** "Gửi phản ánh" offline: kept on the phone, "Đang chờ gửi". */
export const QueuedOffline: Story = {
  parameters: { feedback: { online: false, setup: complete() } },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Gửi phản ánh');
    await shown(canvasElement, 'Phản ánh đang chờ gửi');
  },
};

/** A similar open report nearby: "Tôi cũng gặp" or "Không, gửi phản ánh mới". */
const withNeighbourReport = {
  feedback: {
    setup: async (world: FeedbackWorld) => {
      await neighbourReport(world);
      await complete()(world);
    },
  },
};

export const DuplicatesFound: Story = {
  parameters: withNeighbourReport,
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'Gửi phản ánh');
    await shown(canvasElement, 'Có phản ánh tương tự');
  },
};

/** "Tôi cũng gặp": the citizen follows the existing report instead. */
export const Supported: Story = {
  parameters: withNeighbourReport,
  play: async (context) => {
    await DuplicatesFound.play?.(context);
    const { canvasElement } = context;
    const button = await waitFor(() =>
      [...canvasElement.querySelectorAll('button')].find((b) =>
        b.textContent?.startsWith('Tôi cũng gặp'),
      ),
    );
    button.click();
    await shown(canvasElement, 'Đã ghi nhận');
  },
};

/** The same report reopened after a reload: it says so, nothing lost. */
export const Resumed: Story = {
  parameters: { feedback: { setup: complete({ step: 'location' }) } },
  play: ({ canvasElement }) => shown(canvasElement, 'mở lại').then(() => settle()),
};

async function neighbourReport(world: FeedbackWorld) {
  const photo = await world.service.uploadPhoto(storyNeighbour.id, await storyPhoto('pothole'), {
    name: 'o-ga.jpg',
    type: 'image/jpeg',
  });
  await world.service.submit(storyNeighbour.id, {
    categoryId: 'ha-tang-giao-thong',
    description: 'Ổ gà lớn giữa đường trước số nhà 12, xe máy đi qua dễ ngã.',
    photoIds: [photo.id],
    location: completeDraft().location.device ?? {
      kind: 'device',
      latitude: 21.0287,
      longitude: 105.8524,
    },
    showName: false,
    publish: true,
    notify: false,
    idempotencyKey: 'story-neighbour-report-1',
  });
}

/** The memory backend, except that the category list cannot be loaded. */
function failingCategories(): FeedbackService {
  const service = createMemoryFeedbackService({ categories: storyCategories });
  return { ...service, listCategories: () => Promise.reject(feedbackError('offline')) };
}
