// The province's feedback backend. Without VITE_GOVMINI_API_URL: simulated in the browser by
// @govmini/feedback's memory service, with an agency that receives and answers reports in
// working days, and the simulated Zalo's location tokens exchanged as a backend would. With it:
// the HTTP contract (node_modules/@govmini/feedback/openapi/feedback.yaml) under
// <VITE_GOVMINI_API_URL>/feedback, as GovMini's reference server (apps/server) serves it, or an
// Open311 back office through createOpen311FeedbackService from '@govmini/feedback/open311'.
import { createHttpFeedbackService, type FeedbackService } from '@govmini/feedback';
import { createMemoryFeedbackService, simulatorLocationExchange } from '@govmini/feedback/testing';
import { apiUrl, sessions, simulator } from '../../platform';
import { categories } from './categories';

const directory = sessions;

export const feedbackService: FeedbackService =
  directory && simulator
    ? createMemoryFeedbackService({
        categories,
        resolveSession: (token) => directory.citizenOf(token),
        exchangeLocation: simulatorLocationExchange(simulator),
      })
    : createHttpFeedbackService({ baseUrl: `${apiUrl}/feedback` });
