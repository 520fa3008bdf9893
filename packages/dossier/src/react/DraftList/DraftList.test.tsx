import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { createDraftStore } from '../../core/drafts/index';
import { birthRegistration } from '../../examples/index';
import { createDossierWorld, renderWithDossier, sampleProcedure, storyUser } from '../test-support';
import { DraftList } from './DraftList';

describe('DraftList', () => {
  test('says so when there is nothing to continue', async () => {
    await renderWithDossier(<DraftList onResume={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Chưa có hồ sơ đang làm dở' })).toBeTruthy();
  });

  test('headingLevel 2 (a section of a page): the items and the empty state are h3', async () => {
    const empty = await renderWithDossier(
      <DraftList onResume={() => undefined} headingLevel={2} />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Hồ sơ đang làm dở' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Chưa có hồ sơ đang làm dở' }),
    ).toBeTruthy();
    empty.unmount();

    const world = await createDossierWorld();
    await world.drafts.create(sampleProcedure);
    await world.drafts.flush();
    await renderWithDossier(<DraftList onResume={() => undefined} headingLevel={2} />, { world });
    const [item] = await screen.findAllByRole('listitem');
    expect(within(item as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      'Xác nhận thông tin về cư trú',
    );
    // Only the list's title is at the level asked for.
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
  });

  test('lists drafts newest first with their time, resumes one, and deletes only after asking', async () => {
    const world = await createDossierWorld();
    const older = await world.drafts.create(birthRegistration);
    world.drafts.update(older.id, { pageId: 'noi-sinh' });
    await world.drafts.flush();
    await new Promise((r) => setTimeout(r, 5));
    const newer = await world.drafts.create(sampleProcedure);
    world.drafts.update(newer.id, { pageId: 'noi-cu-tru' });
    await world.drafts.flush();
    const onResume = vi.fn();
    await renderWithDossier(<DraftList onResume={onResume} />, { world });
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Xác nhận thông tin về cư trú',
      'Đăng ký khai sinh',
    ]);
    expect(items[0]?.textContent).toMatch(/Sửa lần cuối lúc \d\d:\d\d, \d\d\/\d\d\/\d{4}/);

    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: /^Làm tiếp/ }));
    expect(onResume).toHaveBeenCalledWith(
      expect.objectContaining({ id: newer.id, pageId: 'noi-cu-tru' }),
    );

    fireEvent.click(
      within(items[1] as HTMLElement).getByRole('button', {
        name: /^Xoá\s+hồ sơ Đăng ký khai sinh/,
      }),
    );
    const question = screen.getByRole('group', { name: /Xoá hồ sơ đang làm dở này\?/ });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(question).getByRole('button', { name: 'Xoá hồ sơ' }),
      ),
    );
    // "Giữ lại": nothing deleted, focus back on the row.
    fireEvent.click(within(question).getByRole('button', { name: 'Giữ lại' }));
    // (A fresh store over the phone's storage: what the provider's store wrote.)
    const stored = () =>
      createDraftStore({ storage: world.platform.storage.forUser(storyUser.id) }).list();
    expect(await stored()).toHaveLength(2);
    fireEvent.click(
      screen.getAllByRole('button', { name: /^Xoá\s+hồ sơ Đăng ký khai sinh/ })[0] as HTMLElement,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Xoá hồ sơ' })));
    await waitFor(async () => expect((await stored()).map((d) => d.id)).toEqual([newer.id]));
    expect(screen.getByText('Đã xoá hồ sơ “Đăng ký khai sinh”.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
  });
});
