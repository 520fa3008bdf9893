import { AuthProvider } from '@govmini/auth';
import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createDraftStore } from '../../core/drafts/index';
import { createMemoryDossierService } from '../../testing/memory-service';
import { sampleProcedure } from '../sample-procedure';
import { type DossierContextValue, MissingDossierProviderError, useDossier } from './context';
import { DossierProvider } from './DossierProvider';

afterEach(cleanup);

function Probe({ onValue }: { onValue: (value: DossierContextValue) => void }) {
  onValue(useDossier());
  return null;
}

describe('DossierProvider', () => {
  test('keeps drafts per signed-in user and writes them at once when Zalo hides the app', async () => {
    const platform = createSimulatedPlatform({ user: { id: 'u1', name: 'Nguyễn Thị Mai' } });
    const service = createMemoryDossierService({ procedures: [sampleProcedure] });
    let ctx: DossierContextValue | undefined;
    render(
      <GovMiniProvider platform={platform} applyTo="none">
        <DossierProvider service={service} userId="u1" getSessionToken={async () => 'u1'}>
          <Probe onValue={(v) => (ctx = v)} />
        </DossierProvider>
      </GovMiniProvider>,
    );
    const value = ctx as DossierContextValue;
    expect(value.platform).toBe(platform);
    expect(await value.getSessionToken()).toBe('u1');
    const draft = await value.drafts.create(sampleProcedure);
    value.drafts.update(draft.id, { answers: { hoTen: 'Nguyễn Thị Mai' } });
    // Not yet written (debounced)…
    const mine = createDraftStore({ storage: platform.storage.forUser('u1') });
    expect((await mine.get(draft.id))?.answers).not.toEqual({ hoTen: 'Nguyễn Thị Mai' });
    // …until the app is hidden: then at once.
    act(() => platform.controls.fire('hidden'));
    await waitFor(async () =>
      expect(
        (await createDraftStore({ storage: platform.storage.forUser('u1') }).get(draft.id))
          ?.answers,
      ).toEqual({
        hoTen: 'Nguyễn Thị Mai',
      }),
    );
    // Another citizen on the same phone does not see it.
    expect(await createDraftStore({ storage: platform.storage.forUser('u2') }).list()).toEqual([]);
    expect(await createDraftStore({ storage: platform.storage }).list()).toEqual([]);
  });

  test('inside AuthProvider, the session and the account details come from it', async () => {
    const platform = createSimulatedPlatform({ user: null });
    const service = createMemoryDossierService({ procedures: [sampleProcedure] });
    let ctx: DossierContextValue | undefined;
    const state = {
      status: 'signed_in' as const,
      session: {
        token: 'zalo-42',
        expiresAt: Date.now() + 3_600_000,
        profile: { zaloId: 'zalo-42', name: 'Lê Văn Tám', phone: '+84912000111' },
      },
    };
    const controller = {
      getState: () => state,
      subscribe: () => () => undefined,
      start: async () => undefined,
      dispose: () => undefined,
    };
    render(
      <GovMiniProvider platform={platform} applyTo="none">
        {/* biome-ignore lint/suspicious/noExplicitAny: a signed-in controller stub is enough here */}
        <AuthProvider controller={controller as any} purposes={[]}>
          <DossierProvider service={service}>
            <Probe onValue={(v) => (ctx = v)} />
          </DossierProvider>
        </AuthProvider>
      </GovMiniProvider>,
    );
    await waitFor(() => expect(ctx?.userId).toBe('zalo-42'));
    expect(await ctx?.getSessionToken()).toBe('zalo-42');
    expect(ctx?.prefill).toEqual({ 'profile.name': 'Lê Văn Tám', 'profile.phone': '+84912000111' });
  });

  test('without AuthProvider and without a token source, nothing is sent and nobody is assumed', async () => {
    const platform = createSimulatedPlatform({ user: null });
    let ctx: DossierContextValue | undefined;
    render(
      <GovMiniProvider platform={platform} applyTo="none">
        <DossierProvider service={createMemoryDossierService({ procedures: [sampleProcedure] })}>
          <Probe onValue={(v) => (ctx = v)} />
        </DossierProvider>
      </GovMiniProvider>,
    );
    expect(await ctx?.getSessionToken()).toBeUndefined();
    expect(ctx?.userId).toBeUndefined();
    expect(ctx?.prefill).toEqual({});
  });

  test('a screen outside the provider says what is missing', () => {
    const platform = createSimulatedPlatform({ user: null });
    expect(() =>
      render(
        <GovMiniProvider platform={platform} applyTo="none">
          <Probe onValue={() => undefined} />
        </GovMiniProvider>,
      ),
    ).toThrow(MissingDossierProviderError);
  });
});
