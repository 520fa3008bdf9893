// A private report's photo URLs are made for the session and expire (ReportPhoto.expiresAt):
// ReportDetail renews them by getting the report again — when a photo fails to load (once per
// URL, never in a loop) and when an expired file link is tapped.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MyReport, ReportPhoto } from '../../core/types';
import type { MemoryFeedbackService } from '../../testing/memory-service';
import { ReportDetail } from './ReportDetail';
import { renderSeeded } from './render-seeded';

const LONG_AGO = '2000-01-01T08:00:00+07:00';
const FAR_AHEAD = '2100-01-01T08:00:00+07:00';

/** getMine answers with URLs numbered by call (`?lan=n`, capped at `cap`), counting calls. */
function numberedUrls(
  service: MemoryFeedbackService,
  edit: (report: MyReport, call: number) => MyReport,
) {
  const calls = { count: 0 };
  const real = service.getMine.bind(service);
  service.getMine = async (token, id) => {
    calls.count++;
    return edit(await real(token, id), calls.count);
  };
  return calls;
}

const numbered = (photo: ReportPhoto, lan: number, expiresAt: string): ReportPhoto => ({
  ...photo,
  url: `https://anh.example.gov.vn/${photo.id}?lan=${lan}`,
  expiresAt,
});

afterEach(() => vi.restoreAllMocks());

describe('ReportDetail with expiring photo URLs', () => {
  it('gets the report again when a photo fails to load, once per URL', async () => {
    let calls = { count: 0 };
    await renderSeeded(
      (ids) => <ReportDetail id={ids[0] ?? ''} />,
      [{ stage: 'received', photos: 1 }],
      {
        before: (service) => {
          // The second and later answers carry the same URL: it is tried once, not for ever.
          calls = numberedUrls(service, (report, call) => ({
            ...report,
            photos: report.photos.map((p) => numbered(p, Math.min(call, 2), FAR_AHEAD)),
          }));
        },
      },
    );
    const photo = await screen.findByRole('img', { name: 'Ảnh 1/1 của phản ánh' });
    expect(photo.getAttribute('src')).toMatch(/\?lan=1$/);
    expect(calls.count).toBe(1);

    fireEvent.error(photo);
    await waitFor(() => expect(photo.getAttribute('src')).toMatch(/\?lan=2$/));
    expect(calls.count).toBe(2);
    // The report stayed on screen while it was fetched again (no loading page in between).
    expect(screen.getByRole('heading', { level: 1, name: 'Hạ tầng giao thông' })).toBeTruthy();

    fireEvent.error(photo);
    await waitFor(() => expect(calls.count).toBe(3));
    fireEvent.error(photo);
    await act(async () => {
      await Promise.resolve();
    });
    expect(calls.count).toBe(3);
    expect(photo.getAttribute('src')).toMatch(/\?lan=2$/);
  });

  it('renews an expired file link before opening it; a live one opens as it is', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    let calls = { count: 0 };
    await renderSeeded((ids) => <ReportDetail id={ids[0] ?? ''} />, [{ stage: 'answered' }], {
      before: (service) => {
        calls = numberedUrls(service, (report, call) => ({
          ...report,
          ...(report.answer && {
            answer: {
              ...report.answer,
              attachments: [
                numbered(
                  { id: 'bien-ban-1', url: '', type: 'application/pdf' },
                  call,
                  call === 1 ? LONG_AGO : FAR_AHEAD,
                ),
              ],
            },
          }),
        }));
      },
    });
    const link = await screen.findByRole('link', { name: 'Tệp đính kèm 1/1' });
    expect(link.getAttribute('href')).toMatch(/\?lan=1$/);
    // Whether the screen let the browser follow the link (then stopped: jsdom cannot navigate).
    const followed: boolean[] = [];
    const record = (event: Event) => {
      followed.push(!event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', record);

    fireEvent.click(link);
    expect(followed).toEqual([false]);
    await waitFor(() =>
      expect(open).toHaveBeenCalledWith(
        'https://anh.example.gov.vn/bien-ban-1?lan=2',
        '_blank',
        'noopener,noreferrer',
      ),
    );
    expect(calls.count).toBe(2);
    expect(link.getAttribute('href')).toMatch(/\?lan=2$/);

    fireEvent.click(link);
    document.removeEventListener('click', record);
    expect(followed).toEqual([false, true]);
    expect(calls.count).toBe(2);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
