// The sample app in server mode (VITE_GOVMINI_BACKEND=server) against the reference server's
// dev launcher, as `bash scripts/start-sample.sh` runs them: the simulated citizen signs in
// through the server (its simulated Zalo Graph vouching for the simulator's token), the
// procedures shown are the ones the server publishes, phone numbers come from the simulated
// Zalo through the server — also after a reload, when the simulator numbers its tokens from 1
// again — and a second simulated citizen is a different citizen on the server.
import { exampleProcedures } from '@govmini/dossier/examples';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerHarness, startServerHarness } from './server-harness';
import { answerFrom, signInHere } from './server-journey-support';

let harness: ServerHarness;
beforeAll(async () => {
  harness = await startServerHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** "Thêm số điện thoại" on the account page, through Zalo's one-time token. */
async function addPhoneThroughZalo(page: Page) {
  const exchanged = answerFrom(page, harness, '/auth/phone', 'POST');
  await page.getByRole('button', { name: 'Thêm số điện thoại' }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).first().click();
  return (await exchanged).status();
}

describe('the sample app on the reference server', () => {
  it('lists the procedures the server publishes and signs the simulated citizen in there', async () => {
    const page = await harness.newPage();
    const procedures = answerFrom(page, harness, '/dossier/procedures');
    await page.goto(`${harness.sampleUrl}/thu-tuc`);
    const answer = await procedures;
    expect(answer.status()).toBe(200);
    const served = ((await answer.json()) as { procedures: { id: string }[] }).procedures;
    expect(served.map((p) => p.id).sort()).toEqual(exampleProcedures.map((p) => p.id).sort());
    for (const procedure of exampleProcedures) {
      await page.getByText(procedure.title.vi, { exact: true }).first().waitFor();
    }

    await page.goto(`${harness.sampleUrl}/ho-so`);
    await signInHere(page, harness);
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
    expect(harness.query('select zalo_id, name from citizens')).toEqual([
      { zalo_id: 'sample-citizen-1', name: 'Nguyễn Thị Mẫu' },
    ]);
    const consents = harness.query<{ n: number }>(
      'select count(*) as n from consent_records where zalo_id = ?',
      'sample-citizen-1',
    );
    expect(consents[0]?.n).toBeGreaterThan(0);
    // The officer's side sees the same database (nothing filed yet).
    expect((await harness.staff.api.dossiers()).total).toBe(0);
  });

  it('gets each citizen’s phone number from the simulated Zalo through the server, also after a reload', async () => {
    const page = await harness.newPage({ citizen: 'sample-citizen-2' });
    await page.goto(`${harness.sampleUrl}/tai-khoan`);
    await signInHere(page, harness);
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    expect(await addPhoneThroughZalo(page)).toBe(200);
    const phoneOf = (id: string) =>
      harness.query<{ phone: string | null }>('select phone from citizens where zalo_id = ?', id)[0]
        ?.phone;
    expect(phoneOf('sample-citizen-2')).toBe('+84900000002');
    expect(await page.getByText('Trần Văn Thử').count()).toBeGreaterThan(0);

    // A new page load numbers the simulator's tokens from 1 again; the server, which refuses
    // a used token, must still get a token it has never seen.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    expect(await addPhoneThroughZalo(page)).toBe(200);
    expect(
      harness.query('select name from citizens where zalo_id = ?', 'sample-citizen-2'),
    ).toEqual([{ name: 'Trần Văn Thử' }]);
  });
});
