// Server mode: the province server's three contracts through the packages' public HTTP
// clients, over the simulated phone's network — while the simulated phone is offline (the
// "Nền tảng mô phỏng" switch, or the browser going offline) every request fails as on a phone
// with no signal, so the outbox and the screens behave as they would in Zalo.
import { type AuthService, createHttpAuthService } from '@govmini/auth';
import { createHttpDossierService, type DossierService } from '@govmini/dossier';
import { createHttpFeedbackService, type FeedbackService } from '@govmini/feedback';
import type { Platform } from '@govmini/platform';

export interface ServerBackend {
  readonly auth: AuthService;
  readonly dossier: DossierService;
  readonly feedback: FeedbackService;
}

const offline = () => new TypeError('The simulated phone is offline');

/** fetch, failing like a dropped connection while the phone is offline. */
function phoneFetch(phone: Platform): typeof globalThis.fetch {
  return (input, init) =>
    phone.system.getNetwork().online ? globalThis.fetch(input, init) : Promise.reject(offline());
}

/** XMLHttpRequest (uploads with progress), refusing to send while the phone is offline. */
function phoneXhr(phone: Platform): typeof globalThis.XMLHttpRequest | false {
  if (typeof globalThis.XMLHttpRequest === 'undefined') return false;
  return class PhoneXMLHttpRequest extends globalThis.XMLHttpRequest {
    override send(body?: Document | XMLHttpRequestBodyInit | null) {
      // The upload helper treats a throwing send as "nothing was sent": offline.
      if (!phone.system.getNetwork().online) throw offline();
      super.send(body);
    }
  };
}

/** The three services of the server at `baseUrl` (…/api), as the phone reaches them. */
export function connectToServer(phone: Platform, baseUrl: string): ServerBackend {
  const fetch = phoneFetch(phone);
  const XMLHttpRequest = phoneXhr(phone);
  return {
    auth: createHttpAuthService({ baseUrl, fetch }),
    dossier: createHttpDossierService({ baseUrl: `${baseUrl}/dossier`, fetch, XMLHttpRequest }),
    feedback: createHttpFeedbackService({ baseUrl: `${baseUrl}/feedback`, fetch, XMLHttpRequest }),
  };
}
