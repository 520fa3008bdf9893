// The sending journey in jsdom, page by page, as a citizen would go: what is asked, what each
// mistake says, what is kept across a reload, what reaches the backend (and what never does).
// The canvas work itself (compressing, blurring) is tested in Chromium; here photos go through
// markingPhotoProcessor, which marks the bytes it prepared.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemoryFeedbackService } from '../../testing/memory-service';
import {
  badFiles,
  type FeedbackWorld,
  markingPhotoProcessor,
  pngFile,
  renderWithFeedback,
  storyNeighbour,
} from '../test-support';
import { DRAFT_KEY } from './draft';
import { redactorChunk } from './LazyPhotoRedactor';
import { duplicatesChunk, ReportForm } from './ReportForm';
import { completeDraft, seedDraft } from './story-drafts';

const options = { photoProcessor: markingPhotoProcessor };
const memory = (world: FeedbackWorld) => world.service as MemoryFeedbackService;
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
const heading = (text: string | RegExp) => screen.findByRole('heading', { level: 1, name: text });
const summary = () => screen.findByRole('alert');

async function pick(world: FeedbackWorld, files: File[], button = 'Chọn ảnh có sẵn') {
  world.platform.controls.pickImagesWith(files);
  fireEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(screen.queryByText('Đang thu nhỏ ảnh…')).toBeNull());
}

describe('ReportForm: the whole journey', () => {
  it('sends a report with photos and the device location, and confirms with a code and due date', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, options);
    await heading('Vấn đề cần phản ánh thuộc loại nào?');
    expect(screen.getAllByText(/Cơ quan xử lý: Sở Xây dựng\./)).toHaveLength(2);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    fireEvent.click(screen.getByLabelText('Hạ tầng giao thông'));
    next();

    await heading('Mô tả vấn đề');
    // Typed decomposed (NFD), as text pasted from some phones arrives.
    fireEvent.change(screen.getByLabelText('Vấn đề đang gặp là gì?'), {
      target: { value: '  Ổ gà lớn trước cổng chợ, xe máy dễ ngã.  '.normalize('NFD') },
    });
    next();

    await heading('Ảnh chụp vấn đề');
    await pick(world, [pngFile('o-ga.png'), pngFile('o-ga-2.png')]);
    expect(screen.getByText('Đã có 2 trên 5 ảnh')).toBeTruthy();
    next();

    await heading('Che mặt người, biển số xe');
    next();

    await heading('Vấn đề ở đâu?');
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    await screen.findByText('Phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội');
    fireEvent.change(screen.getByLabelText(/Ghi rõ thêm về địa điểm/), {
      target: { value: 'Trước số nhà 12' },
    });
    next();

    await heading('Lựa chọn khi gửi');
    fireEvent.click(screen.getByLabelText('Không, ẩn tên'));
    fireEvent.click(screen.getByLabelText('Có, cho phép công khai'));
    next();

    await heading('Kiểm tra trước khi gửi');
    expect(
      screen.getByText('Trước số nhà 12, Phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));

    await heading('Đã gửi phản ánh');
    const [filed] = memory(world).controls.reports();
    expect(screen.getByText(filed?.report.code as string)).toBeTruthy();
    expect(
      screen.getByText(
        /Sở Xây dựng sẽ xem xét và trả lời trước ngày \d\d\/\d\d\/\d{4} \(5 ngày làm việc\)/,
      ),
    ).toBeTruthy();
    expect(filed?.report.description).toBe(
      'Ổ gà lớn trước cổng chợ, xe máy dễ ngã.'.normalize('NFC'),
    );
    expect(filed?.report.location).toMatchObject({
      kind: 'device',
      communeCode: '00070',
      place: 'Trước số nhà 12',
    });
    expect([filed?.report.showName, filed?.report.publish, filed?.report.subscribed]).toEqual([
      false,
      true,
      false,
    ]);
    // What was uploaded is what the phone prepared, never the picked file.
    const uploaded = memory(world)
      .controls.photos()
      .map((p) => new TextDecoder().decode(p.bytes.slice(-9)));
    expect(uploaded).toEqual(['|prepared', '|prepared']);
    // Sent: the draft is gone.
    expect(await world.storage.get(DRAFT_KEY)).toBeUndefined();
  });

  it('chooses the place by hand with the 2025 communes, and asks for the commune and the place', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) =>
        seedDraft(w, completeDraft({ step: 'location', location: {}, returnToCheck: true }), [
          pngFile(),
        ]).then(() => undefined),
    });
    await heading('Vấn đề ở đâu?');
    next();
    await summary();
    expect(screen.getAllByText(/Vui lòng cho biết nơi xảy ra vấn đề/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn xã, phường bằng tay' }));
    fireEvent.change(screen.getByLabelText('Tỉnh hoặc thành phố'), { target: { value: 'ha noi' } });
    fireEvent.click(await screen.findByRole('button', { name: /Thành phố Hà Nội/ }));
    next();
    expect((await summary()).textContent).toContain('Vui lòng chọn xã, phường nơi có vấn đề.');
    fireEvent.change(screen.getByLabelText('Xã, phường hoặc đặc khu'), {
      target: { value: 'hoan kiem' },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Phường Hoàn Kiếm/ }));
    next();
    expect((await summary()).textContent).toContain('Vui lòng ghi rõ địa điểm');
    fireEvent.change(screen.getByLabelText('Số nhà, tên đường'), {
      target: { value: 'Đầu ngõ 12 Hàng Bạc' },
    });
    next();
    await heading('Kiểm tra trước khi gửi'); // returnToCheck: the draft came from the check page
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await heading('Đã gửi phản ánh');
    expect(memory(world).controls.reports()[0]?.report.location).toEqual({
      kind: 'commune',
      provinceCode: '01',
      communeCode: '00070',
      place: 'Đầu ngõ 12 Hàng Bạc',
    });
  });
});

describe('ReportForm: bad input gets a clear message and loses nothing', () => {
  it('an empty description, then control characters: said in the summary and at the field', async () => {
    await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) =>
        seedDraft(w, completeDraft({ step: 'description', description: '   ' })).then(
          () => undefined,
        ),
    });
    await heading('Mô tả vấn đề');
    next();
    expect((await summary()).textContent).toContain('Vui lòng mô tả vấn đề cần phản ánh.');
    const field = screen.getByLabelText('Vấn đề đang gặp là gì?') as HTMLTextAreaElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: 'Đèn hỏng\u0007 ở ngõ 5 <b>gấp</b>' } });
    expect(screen.getByText(/phản ánh sẽ hiện đúng từng chữ như đã gõ/)).toBeTruthy();
    next();
    expect((await summary()).textContent).toContain('ký tự đặc biệt');
    expect(field.value).toBe('Đèn hỏng\u0007 ở ngõ 5 <b>gấp</b>');
  });

  it("the problems read in the app's own words where it overrides `feedback.issue.*`", async () => {
    const messages = {
      'feedback.issue.description.required': 'Xin ghi nội dung phản ánh (lời của tỉnh).',
      'feedback.issue.location.required': 'Xin cho biết chỗ có sự việc (lời của tỉnh).',
    };
    await renderWithFeedback(<ReportForm />, {
      ...options,
      messages,
      setup: (w) =>
        seedDraft(w, completeDraft({ step: 'description', description: '' })).then(() => undefined),
    });
    await heading('Mô tả vấn đề');
    next();
    expect((await summary()).textContent).toContain('Xin ghi nội dung phản ánh (lời của tỉnh).');
    expect(screen.queryByText('Vui lòng mô tả vấn đề cần phản ánh.')).toBeNull();
    cleanup();
    // The location page's checks go through the same words.
    await renderWithFeedback(<ReportForm />, {
      ...options,
      messages,
      setup: (w) =>
        seedDraft(w, completeDraft({ step: 'location', location: {} })).then(() => undefined),
    });
    await heading('Vấn đề ở đâu?');
    next();
    expect((await summary()).textContent).toContain('Xin cho biết chỗ có sự việc (lời của tỉnh).');
  });

  it('over 4,000 characters: counted, said, and nothing cut', async () => {
    const long = 'Nước ngập sâu. '.repeat(300); // 4,500 characters
    await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) =>
        seedDraft(w, completeDraft({ step: 'description', description: long })).then(
          () => undefined,
        ),
    });
    await heading('Mô tả vấn đề');
    expect(screen.getByText('Vượt quá 500 ký tự')).toBeTruthy();
    next();
    expect((await summary()).textContent).toContain('Nội dung dài hơn 4000 ký tự');
    expect((screen.getByLabelText('Vấn đề đang gặp là gì?') as HTMLTextAreaElement).value).toBe(
      long,
    );
  });

  it('HTML typed in the description is shown as text on the check page', async () => {
    await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) =>
        seedDraft(
          w,
          completeDraft({ description: '<img src=x onerror=alert(1)> <b>Đèn hỏng</b>' }),
          [pngFile()],
        ).then(() => undefined),
    });
    await heading('Kiểm tra trước khi gửi');
    expect(screen.getByText('<img src=x onerror=alert(1)> <b>Đèn hỏng</b>')).toBeTruthy();
    expect(document.querySelector('.gm-summary-list b, .gm-summary-list img[src="x"]')).toBeNull();
  });

  it('photos: none, a sixth, 40 MB, HEIC, GIF and a text file each get their own message', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) => seedDraft(w, completeDraft({ step: 'photos' })).then(() => undefined),
    });
    await heading('Ảnh chụp vấn đề');
    next();
    expect((await summary()).textContent).toContain('Vui lòng thêm ít nhất 1 ảnh');

    await pick(world, [badFiles.huge(), badFiles.heic(), badFiles.gif(), badFiles.text()]);
    expect(screen.getByText(/“anh-40mb\.jpg” quá lớn/)).toBeTruthy();
    expect(screen.getByText(/“IMG_0001\.HEIC” là ảnh HEIC/)).toBeTruthy();
    expect(screen.getByText(/“meme\.gif” không phải ảnh JPG, PNG hoặc WebP/)).toBeTruthy();
    expect(screen.getByText(/“ghi-chu\.txt” không phải ảnh JPG, PNG hoặc WebP/)).toBeTruthy();
    expect(screen.getByText('Đã có 0 trên 5 ảnh')).toBeTruthy();

    await pick(
      world,
      [1, 2, 3, 4, 5].map((n) => pngFile(`anh-${n}.png`)),
    );
    expect(screen.getByText('Đã có 5 trên 5 ảnh')).toBeTruthy();
    await pick(world, [pngFile('anh-6.png')], 'Chụp ảnh');
    expect(screen.getByText(/Đã đủ 5 ảnh nên không thêm được nữa/)).toBeTruthy();
    expect(screen.getByText('Đã có 5 trên 5 ảnh')).toBeTruthy();
  });
});

describe('ReportForm: photos', () => {
  it('fetches the blur editor once there is a photo, so it opens later even offline', async () => {
    const load = vi.spyOn(redactorChunk, 'load');
    try {
      const { world } = await renderWithFeedback(<ReportForm />, {
        ...options,
        setup: (w) => seedDraft(w, completeDraft({ step: 'photos' })).then(() => undefined),
      });
      await heading('Ảnh chụp vấn đề');
      expect(load).not.toHaveBeenCalled();
      await pick(world, [pngFile('a.png')]);
      await waitFor(() => expect(load).toHaveBeenCalled());
      // Offline from here: the editor is on the phone already.
      act(() => world.platform.controls.update({ online: false }));
      next();
      await heading('Che mặt người, biển số xe');
      fireEvent.click(await screen.findByRole('button', { name: 'Che mờ ảnh 1' }));
      expect(await screen.findByRole('button', { name: 'Thêm vùng che' })).toBeTruthy();
    } finally {
      load.mockRestore();
    }
  });

  it('moves a photo earlier with a button, and removes one', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) => seedDraft(w, completeDraft({ step: 'photos' })).then(() => undefined),
    });
    await heading('Ảnh chụp vấn đề');
    await pick(world, [pngFile('a.png'), pngFile('b.png'), pngFile('c.png')]);
    const order = async () =>
      ((await world.storage.get(DRAFT_KEY)) as { photos: { name: string }[] }).photos.map(
        (p) => p.name,
      );
    fireEvent.click(screen.getByRole('button', { name: 'Đưa lên trước ảnh 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xoá ảnh 1' }));
    await act(() => new Promise((r) => setTimeout(r, 450)));
    expect(await order()).toEqual(['c.png', 'b.png']);
    expect(screen.getByText('Đã có 2 trên 5 ảnh')).toBeTruthy();
  });
});

describe('ReportForm: nothing typed is lost', () => {
  it('a reload resumes the same page with the text and photos', async () => {
    const first = await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) =>
        seedDraft(w, completeDraft({ step: 'description', description: '' })).then(() => undefined),
    });
    await heading('Mô tả vấn đề');
    fireEvent.change(screen.getByLabelText('Vấn đề đang gặp là gì?'), {
      target: { value: 'Cống tắc, nước tràn.' },
    });
    first.world.platform.controls.fire('hidden'); // Zalo hides the app: written at once
    await act(() => new Promise((r) => setTimeout(r, 20)));
    first.unmount();

    await renderWithFeedback(<ReportForm />, { ...options, world: first.world });
    await heading('Mô tả vấn đề');
    expect((screen.getByLabelText('Vấn đề đang gặp là gì?') as HTMLTextAreaElement).value).toBe(
      'Cống tắc, nước tràn.',
    );
    expect(
      screen.getByText('Phản ánh đang viết dở đã được mở lại, nội dung vẫn còn nguyên.'),
    ).toBeTruthy();
  });
});

/** A neighbour's open report like the draft's, and the draft complete on its check page. */
async function withSimilarReport(w: FeedbackWorld) {
  const photo = await w.service.uploadPhoto(storyNeighbour.id, pngFile(), {
    name: 'a.png',
    type: 'image/png',
  });
  await w.service.submit(storyNeighbour.id, {
    categoryId: 'ha-tang-giao-thong',
    description: 'Ổ gà lớn giữa đường, xe máy dễ ngã khi trời mưa.',
    photoIds: [photo.id],
    location: completeDraft().location.device as never,
    showName: false,
    publish: true,
    notify: false,
    idempotencyKey: 'neighbour-000001',
  });
  await seedDraft(w, completeDraft(), [pngFile()]);
}

describe('ReportForm: offline, duplicates, notifications', () => {
  it('offline: "Đang chờ gửi", then sent exactly once when the network is back', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, {
      ...options,
      online: false,
      setup: (w) => seedDraft(w, completeDraft(), [pngFile()]).then(() => undefined),
    });
    await heading('Kiểm tra trước khi gửi');
    expect(screen.getByText(/Phản ánh sẽ được lưu trên điện thoại cùng ảnh/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await heading('Phản ánh đang chờ gửi');
    expect(screen.getByText('Đang chờ gửi')).toBeTruthy();
    expect(memory(world).controls.reports()).toHaveLength(0);
    act(() => world.platform.controls.update({ online: true }));
    await heading('Đã gửi phản ánh');
    expect(memory(world).controls.reports()).toHaveLength(1);
  });

  it('similar reports nearby: "Tôi cũng gặp" joins one instead of filing', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: withSimilarReport,
    });
    await heading('Kiểm tra trước khi gửi');
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    await heading('Có phản ánh tương tự đang được xử lý');
    fireEvent.click(screen.getByRole('button', { name: /^Tôi cũng gặp/ }));
    await heading('Đã ghi nhận “Tôi cũng gặp”');
    const reports = memory(world).controls.reports();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.supporters).toEqual(['story-user']);
    expect(await world.storage.get(DRAFT_KEY)).toBeUndefined();
  });

  it('similar reports found but their page cannot be fetched: the report is filed', async () => {
    const load = vi
      .spyOn(duplicatesChunk, 'load')
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { world } = await renderWithFeedback(<ReportForm />, {
        ...options,
        setup: withSimilarReport,
      });
      await heading('Kiểm tra trước khi gửi');
      fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
      await heading('Đã gửi phản ánh');
      expect(load).toHaveBeenCalledOnce();
      expect(memory(world).controls.reports()).toHaveLength(2);
    } finally {
      load.mockRestore();
    }
  });

  it('asks Zalo for notifications only when "Báo cho tôi khi có trả lời" is ticked, and unticks if refused', async () => {
    const { world } = await renderWithFeedback(<ReportForm />, {
      ...options,
      simulator: { answers: { notifications: false } },
      setup: (w) => seedDraft(w, completeDraft({ step: 'choices' })).then(() => undefined),
    });
    await heading('Lựa chọn khi gửi');
    const asked = () =>
      world.platform.controls.history.filter((c) => c.api === 'requestSendNotification').length;
    expect(asked()).toBe(0);
    const box = screen.getByLabelText('Báo cho tôi khi có trả lời') as HTMLInputElement;
    fireEvent.click(box);
    await screen.findByText(/Zalo chưa cho phép gửi thông báo/);
    expect(asked()).toBe(1);
    expect(box.checked).toBe(false);
  });

  it('"Tiếp tục" on the choices page with nothing chosen names both questions', async () => {
    await renderWithFeedback(<ReportForm />, {
      ...options,
      setup: (w) =>
        seedDraft(
          w,
          completeDraft({ step: 'choices', showName: undefined, publish: undefined }),
        ).then(() => undefined),
    });
    await heading('Lựa chọn khi gửi');
    next();
    const text = (await summary()).textContent;
    expect(text).toContain('Vui lòng chọn có hiện tên người gửi hay không.');
    expect(text).toContain('Vui lòng chọn có cho phép công khai phản ánh hay không.');
  });

  it('speaks English when the app does', async () => {
    await renderWithFeedback(<ReportForm />, { ...options, locale: 'en' });
    await heading('What kind of problem is it?');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
  });
});
