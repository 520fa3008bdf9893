// @vitest-environment node
import { describeDossierServiceConformance } from './conformance';
import { createMemoryDossierService } from './memory-service';

describeDossierServiceConformance('memory service', async (setup) => {
  const citizens = ['citizen-a', 'citizen-b'] as const;
  const service = createMemoryDossierService({
    procedures: setup.procedures,
    now: setup.startAt,
    users: citizens,
  });
  return { service, citizens, invalidSession: 'citizen-c', officer: service.controls };
});
