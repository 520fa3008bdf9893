// The app's own wording of an error (`feedback.error.<code>` through GovMiniProvider's
// `messages`) is what every sending screen shows: the outbox list, the page after sending, the
// similar-reports page and the location field.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFeedbackOutbox } from '../core/outbox';
import { savePhoto } from '../core/photos/store';
import type { PublicReport } from '../core/types';
import type { MemoryFeedbackService } from '../testing/memory-service';
import { DuplicateCheck } from './DuplicateCheck/DuplicateCheck';
import { feedbackErrorCodeOf } from './error-text';
import { LocationField } from './LocationField/LocationField';
import { OutboxStatus } from './OutboxStatus/OutboxStatus';
import { ReportSent } from './ReportForm/ReportSent';
import { type FeedbackWorld, pngFile, renderWithFeedback } from './test-support';

const messages = {
  'feedback.error.forbidden': 'Tài khoản chưa được Sở cấp quyền gửi phản ánh (lời của tỉnh).',
  'feedback.error.server': 'Cổng phản ánh của tỉnh đang bảo trì (lời của tỉnh).',
};
const memory = (world: FeedbackWorld) => world.service as MemoryFeedbackService;

const ENTRY = 'fb-error-text-1';
/** A report in the outbox that the backend will refuse for good (`forbidden`). */
async function queueRefused(world: FeedbackWorld) {
  const photo = await savePhoto(world.storage, pngFile(), { name: 'anh.png' });
  const outbox = createFeedbackOutbox({
    storage: world.storage,
    service: world.service,
    getSessionToken: async () => world.sessionToken,
    system: world.platform.system,
  });
  await outbox.queue({
    idempotencyKey: ENTRY,
    report: {
      categoryId: 'chieu-sang',
      description: 'Đèn đường hỏng cả dãy phố.',
      location: { kind: 'device', latitude: 21.03, longitude: 105.85 },
      showName: false,
      publish: false,
      notify: false,
    },
    photos: [photo],
  });
  outbox.dispose();
  memory(world).controls.failNext(1, { code: 'forbidden', method: 'uploadPhoto' });
}

const similar: PublicReport = {
  id: 'rep-1',
  code: 'PA-260301-0001',
  categoryId: 'ha-tang-giao-thong',
  description: 'Ổ gà lớn trước số nhà 12 phố Đinh Tiên Hoàng.',
  photos: [],
  location: { kind: 'device', latitude: 21.0287, longitude: 105.8524 },
  status: 'received',
  history: [{ status: 'sent', at: '2026-03-01T08:15:00+07:00' }],
  supporters: 4,
  createdAt: '2026-03-01T08:15:00+07:00',
};

describe("the app's wording of errors", () => {
  it('OutboxStatus: a report refused for good says why in the app’s words', async () => {
    await renderWithFeedback(<OutboxStatus showSent />, { setup: queueRefused, messages });
    expect(await screen.findByText(messages['feedback.error.forbidden'])).toBeTruthy();
  });

  it('ReportSent: the page after sending says why in the app’s words', async () => {
    await renderWithFeedback(
      <ReportSent entryId={ENTRY} categories={undefined} onFix={() => undefined} />,
      { setup: queueRefused, messages },
    );
    expect(await screen.findByText(messages['feedback.error.forbidden'])).toBeTruthy();
  });

  it('DuplicateCheck: "Tôi cũng gặp" failing says why in the app’s words', async () => {
    const { world } = await renderWithFeedback(
      <DuplicateCheck duplicates={[similar]} onSupported={() => undefined} onFileNew={() => 0} />,
      { messages },
    );
    memory(world).controls.failNext(1, { code: 'server', method: 'support' });
    fireEvent.click(screen.getByRole('button', { name: /Tôi cũng gặp/ }));
    expect(await screen.findByText(messages['feedback.error.server'])).toBeTruthy();
  });

  it('LocationField: a failed location exchange says why in the app’s words', async () => {
    const { world } = await renderWithFeedback(<LocationField value={{}} onChange={() => 0} />, {
      messages,
    });
    memory(world).controls.failNext(1, { code: 'server', method: 'resolveLocation' });
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    expect(await screen.findByText(messages['feedback.error.server'])).toBeTruthy();
  });

  it('without an override the catalogue’s text is shown; any other value reads as unknown', async () => {
    const { world } = await renderWithFeedback(<LocationField value={{}} onChange={() => 0} />);
    memory(world).controls.failNext(1, { code: 'server', method: 'resolveLocation' });
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    expect(await screen.findByText(/Hệ thống của cơ quan đang bận hoặc gặp sự cố/)).toBeTruthy();
    expect(feedbackErrorCodeOf('timeout')).toBe('timeout');
    expect(feedbackErrorCodeOf({ code: 'timeout' })).toBe('unknown');
    expect(feedbackErrorCodeOf(new Error('x'))).toBe('unknown');
  });
});
