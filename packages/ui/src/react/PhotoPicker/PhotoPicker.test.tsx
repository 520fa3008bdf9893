import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { PhotoPicker, type PickedImage } from './PhotoPicker';

const MB = 1024 * 1024;
const photo = (name: string, bytes = 1000, type = 'image/jpeg') =>
  new File([new Uint8Array(bytes)], name, { type });
const picked = (file: File): PickedImage => ({
  file,
  name: file.name,
  type: file.type,
  size: file.size,
});

// jsdom has no object URLs: count what is made and revoked.
let made: string[] = [];
let revoked: string[] = [];
beforeEach(() => {
  made = [];
  revoked = [];
  URL.createObjectURL = vi.fn(() => {
    const url = `blob:test/${made.length + 1}`;
    made.push(url);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => {
    revoked.push(url);
  });
});
afterEach(cleanup);

const status = () => screen.getByRole('status');

describe('PhotoPicker', () => {
  it('is a fieldset that says its limits and count in plain words', () => {
    renderWithProvider(<PhotoPicker label="Ảnh hiện trường" hint="Chụp rõ chỗ hư hỏng." />);
    const group = screen.getByRole('group', { name: 'Ảnh hiện trường' });
    const hint = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Chụp rõ chỗ hư hỏng. Tối đa 5 ảnh, mỗi ảnh không quá 5 MB.');
    expect(within(group).getByText('0/5 ảnh').getAttribute('aria-hidden')).toBe('true');
    expect(within(group).getByText('Đã chọn 0 trên 5 ảnh')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chụp ảnh' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' })).toBeTruthy();
    expect(status().textContent).toBe('');
  });

  it('adds photos from the album with previews, a count and an announcement', async () => {
    const onChange = vi.fn();
    const { platform } = renderWithProvider(<PhotoPicker label="Ảnh" onChange={onChange} />);
    const spy = vi.spyOn(platform.media, 'pickImages');
    platform.controls.pickImagesWith([photo('IMG_0001.jpg'), photo('IMG_0002.jpg')]);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' }));
    await waitFor(() => expect(status().textContent).toBe('Đã thêm 2 ảnh.'));
    expect(spy).toHaveBeenCalledWith({ max: 5, maxBytes: 5 * MB, source: 'album' });
    expect(screen.getByRole('img', { name: 'Ảnh 1: IMG_0001.jpg' }).getAttribute('src')).toBe(
      'blob:test/1',
    );
    expect(screen.getByRole('img', { name: 'Ảnh 2: IMG_0002.jpg' })).toBeTruthy();
    expect(screen.getByText('2/5 ảnh')).toBeTruthy();
    expect(onChange).toHaveBeenCalledWith([
      expect.objectContaining({ name: 'IMG_0001.jpg' }),
      expect.objectContaining({ name: 'IMG_0002.jpg' }),
    ]);
  });

  it('asks the camera for only the photos still allowed', async () => {
    const { platform } = renderWithProvider(
      <PhotoPicker label="Ảnh" max={3} defaultValue={[picked(photo('a.jpg'))]} />,
    );
    const spy = vi.spyOn(platform.media, 'pickImages');
    platform.controls.pickImagesWith([photo('b.jpg')]);
    fireEvent.click(screen.getByRole('button', { name: 'Chụp ảnh' }));
    await waitFor(() => expect(screen.getByText('2/3 ảnh')).toBeTruthy());
    expect(spy).toHaveBeenCalledWith({ max: 2, maxBytes: 5 * MB, source: 'camera' });
  });

  it('explains the files it did not add', async () => {
    const { platform } = renderWithProvider(<PhotoPicker label="Ảnh" />);
    platform.controls.pickImagesWith([
      photo('IMG_0012.jpg', 5 * MB + 1),
      photo('don.pdf', 10, 'application/pdf'),
      photo('IMG_0013.jpg'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' }));
    await waitFor(() =>
      expect([...status().querySelectorAll('p')].map((p) => p.textContent)).toEqual([
        'Đã thêm 1 ảnh.',
        'Ảnh IMG_0012.jpg lớn hơn 5 MB nên chưa được thêm.',
        'Tệp don.pdf không phải là ảnh nên chưa được thêm.',
      ]),
    );
  });

  it('says nothing when the citizen closes the picker without choosing', async () => {
    const { platform } = renderWithProvider(<PhotoPicker label="Ảnh" />);
    platform.controls.pickImagesWith(null);
    const spy = vi.spyOn(platform.media, 'pickImages');
    fireEvent.click(screen.getByRole('button', { name: 'Chọn ảnh có sẵn' }));
    await waitFor(() => expect(spy).toHaveBeenCalledOnce());
    await expect(spy.mock.results[0]?.value).rejects.toMatchObject({ code: 'user_cancelled' });
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Chọn ảnh có sẵn' }).hasAttribute('aria-disabled'),
      ).toBe(false),
    );
    expect(status().textContent).toBe('');
  });

  it("shows the platform's own message for other failures", async () => {
    const { platform } = renderWithProvider(<PhotoPicker label="Ảnh" />, {
      simulator: { failures: { chooseImage: -1404 } },
    });
    platform.controls.pickImagesWith([photo('a.jpg')]);
    fireEvent.click(screen.getByRole('button', { name: 'Chụp ảnh' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Điện thoại hoặc phiên bản Zalo/));
  });

  it('ignores a second tap while the picker is open', async () => {
    const { platform } = renderWithProvider(<PhotoPicker label="Ảnh" />);
    platform.controls.pickImagesWith([photo('a.jpg')]);
    const spy = vi.spyOn(platform.media, 'pickImages');
    const button = screen.getByRole('button', { name: 'Chụp ảnh' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('1/5 ảnh')).toBeTruthy());
    expect(spy).toHaveBeenCalledOnce();
  });

  it('says so when full, without opening the picker', () => {
    const { platform } = renderWithProvider(
      <PhotoPicker label="Ảnh" max={1} defaultValue={[picked(photo('a.jpg'))]} />,
    );
    const spy = vi.spyOn(platform.media, 'pickImages');
    fireEvent.click(screen.getByRole('button', { name: 'Chụp ảnh' }));
    expect(spy).not.toHaveBeenCalled();
    expect(status().textContent).toBe(
      'Đã đủ 1 ảnh. Vui lòng xoá bớt một ảnh nếu muốn thêm ảnh khác.',
    );
  });

  it('removes a photo: revokes its URL, moves focus, announces it', () => {
    const onChange = vi.fn();
    const files = [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')];
    renderWithProvider(
      <PhotoPicker label="Ảnh" defaultValue={files.map(picked)} onChange={onChange} />,
    );
    expect(made).toEqual(['blob:test/1', 'blob:test/2', 'blob:test/3']);
    fireEvent.click(screen.getByRole('button', { name: 'Xoá ảnh 2' }));
    expect(revoked).toEqual(['blob:test/2']);
    expect(onChange).toHaveBeenCalledWith([picked(files[0] as File), picked(files[2] as File)]);
    expect(screen.getByRole('img', { name: 'Ảnh 2: c.jpg' }).getAttribute('src')).toBe(
      'blob:test/3',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Xoá ảnh 2' }));
    expect(status().textContent).toBe('Đã xoá ảnh 2.');
    fireEvent.click(screen.getByRole('button', { name: 'Xoá ảnh 2' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Xoá ảnh 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xoá ảnh 1' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Chụp ảnh' }));
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('revokes every URL on unmount', () => {
    const { unmount } = renderWithProvider(
      <PhotoPicker label="Ảnh" defaultValue={[picked(photo('a.jpg')), picked(photo('b.jpg'))]} />,
    );
    unmount();
    expect(revoked.sort()).toEqual(['blob:test/1', 'blob:test/2']);
  });

  it('is controlled by value', async () => {
    const onChange = vi.fn();
    const a = picked(photo('a.jpg'));
    const { platform, rerender } = renderWithProvider(
      <PhotoPicker label="Ảnh" value={[a]} onChange={onChange} />,
    );
    platform.controls.pickImagesWith([photo('b.jpg')]);
    fireEvent.click(screen.getByRole('button', { name: 'Chụp ảnh' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledOnce());
    expect(onChange.mock.calls[0]?.[0]).toHaveLength(2);
    expect(screen.getByText('1/5 ảnh')).toBeTruthy();
    rerender(<PhotoPicker label="Ảnh" value={onChange.mock.calls[0]?.[0]} onChange={onChange} />);
    expect(screen.getByText('2/5 ảnh')).toBeTruthy();
  });

  it('wires the error, the id and the ref', () => {
    const ref = createRef<HTMLFieldSetElement>();
    renderWithProvider(
      <PhotoPicker ref={ref} id="anh" label="Ảnh" error="Vui lòng thêm ít nhất 1 ảnh." />,
    );
    expect(ref.current?.tagName).toBe('FIELDSET');
    expect(ref.current?.getAttribute('aria-describedby')).toBe('anh-hint anh-error');
    expect(document.getElementById('anh-error')?.textContent).toBe(
      'Lỗi: Vui lòng thêm ít nhất 1 ảnh.',
    );
    expect(screen.getByRole('button', { name: 'Chụp ảnh' }).id).toBe('anh');
    expect(ref.current?.parentElement?.className).toContain('gm-form-group--error');
  });

  it('writes sizes the local way, and speaks English', () => {
    const { unmount } = renderWithProvider(<PhotoPicker label="Ảnh" max={2} maxBytes={1.5 * MB} />);
    expect(screen.getByText('Tối đa 2 ảnh, mỗi ảnh không quá 1,5 MB.')).toBeTruthy();
    unmount();
    renderWithProvider(<PhotoPicker label="Photos" max={2} maxBytes={500 * 1024} />, {
      locale: 'en',
    });
    expect(screen.getByText('Up to 2 photos, each no larger than 500 KB.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take a photo' })).toBeTruthy();
    expect(screen.getByText('0 of 2 photos chosen')).toBeTruthy();
  });
});
