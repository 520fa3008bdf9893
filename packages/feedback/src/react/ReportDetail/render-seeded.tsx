// Test helper for the follow-up screens: a world over the sample backend with reports seeded at
// their stages, then `ui` rendered for them (it gets the reports' ids and the clock's today).
// Not exported.
import type { ReactElement } from 'react';
import type { MyReport } from '../../core/types';
import type { MemoryFeedbackService } from '../../testing/memory-service';
import {
  createFeedbackWorld,
  type RenderWithFeedbackOptions,
  type RenderWithFeedbackResult,
  renderWithFeedback,
} from '../test-support';
import { followUpService, type SampleReport, seedReports, serviceToday } from './sample-reports';

export interface SeededRender extends RenderWithFeedbackResult {
  readonly service: MemoryFeedbackService;
  readonly reports: readonly MyReport[];
  readonly today: string;
}

export async function renderSeeded(
  ui: (ids: readonly string[], today: string) => ReactElement,
  reports: readonly SampleReport[],
  options: RenderWithFeedbackOptions & {
    /** After seeding, before rendering (e.g. `service.controls.failNext`). */
    before?: (service: MemoryFeedbackService) => void;
  } = {},
): Promise<SeededRender> {
  const service = followUpService();
  const world = await createFeedbackWorld({ ...options, service: () => service });
  const seeded = await seedReports(service, reports);
  options.before?.(service);
  const today = serviceToday(service);
  const result = await renderWithFeedback(
    ui(
      seeded.map((r) => r.id),
      today,
    ),
    { ...options, world },
  );
  return Object.assign(result, { service, reports: seeded, today });
}
