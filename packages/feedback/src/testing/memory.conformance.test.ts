// @vitest-environment node
import { feedbackError } from '../core/errors';
import { describeFeedbackServiceConformance } from './conformance';
import { MEMORY_CAPABILITIES, memorySubject } from './memory-subject';

describeFeedbackServiceConformance('memory service', {
  capabilities: MEMORY_CAPABILITIES,
  make: async (fixture) => memorySubject(fixture).subject,
});

// How a backend that lacks behaviours reads in the output (as the Open311 adapter will): the
// cases it cannot pass are listed as skipped, each naming what was declared missing, and its
// methods for them must answer not_supported.
describeFeedbackServiceConformance('memory service without supporters, rating and reopening', {
  capabilities: { ...MEMORY_CAPABILITIES, supporters: false, rating: false, reopen: false },
  make: async (fixture) => {
    const { subject } = memorySubject(fixture);
    const refuse = async (): Promise<never> => {
      throw feedbackError('not_supported');
    };
    return {
      ...subject,
      service: { ...subject.service, support: refuse, rate: refuse, confirmResolved: refuse },
    };
  },
});
