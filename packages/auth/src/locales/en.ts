// English texts of @govmini/auth, by full message key. They load only when a citizen picks
// English (see ./pack.ts); the Vietnamese originals stay beside each screen in its messages.ts.
// Typed against every catalogue, so a missing or stray key fails the typecheck.
import type { CatalogueKeys } from '@govmini/ui/core';
import type { authErrorMessages } from '../messages/index';
import type { consentMessages, purposeMessages } from '../react/ConsentScreen/messages';
import type { consentSettingsMessages } from '../react/ConsentSettings/messages';
import type { locationMessages } from '../react/LocationRequest/messages';
import type { phoneMessages } from '../react/PhoneNumberRequest/messages';
import type { profileMessages } from '../react/ProfileSummary/messages';
import type { requireAuthMessages } from '../react/RequireAuth/messages';
import type { signInMessages } from '../react/SignInScreen/messages';

type Key =
  | CatalogueKeys<typeof authErrorMessages>
  | CatalogueKeys<typeof consentMessages>
  | CatalogueKeys<typeof purposeMessages>
  | CatalogueKeys<typeof consentSettingsMessages>
  | CatalogueKeys<typeof locationMessages>
  | CatalogueKeys<typeof phoneMessages>
  | CatalogueKeys<typeof profileMessages>
  | CatalogueKeys<typeof requireAuthMessages>
  | CatalogueKeys<typeof signInMessages>;

const en: Record<Key, string> = {
  // authErrorMessages (src/messages: AuthErrorCode texts, shared with the core and the HTTP client)
  'auth.error.zalo_refused':
    'Zalo was not allowed to share this information. Tap “Allow” when Zalo asks, or choose another way.',
  'auth.error.consent_required':
    'To use the service, the required items must be accepted. Read them again and choose “Agree”, or come back later.',
  'auth.error.invalid_token': 'Your Zalo account could not be verified. Please sign in again.',
  'auth.error.token_reused': 'This request was already used. Please start again.',
  'auth.error.token_expired': 'The request took too long. Please try again.',
  'auth.error.session_expired': 'Your session has ended. Please sign in again.',
  'auth.error.offline':
    'Your phone is offline or the connection is slow. Check the connection and try again.',
  'auth.error.server':
    'The agency’s system is busy or has a problem. Please try again in a few minutes.',
  'auth.error.unknown': 'Something went wrong. Please try again in a few minutes.',
  // consentMessages
  'auth.consent.title': 'Agree to the use of your personal data',
  'auth.consent.lead':
    'Please read each item, then choose “Agree” or “Do not agree”. An item left unanswered does not count as agreement.',
  'auth.consent.requiredHeading': 'Required to use the service',
  'auth.consent.requiredHint': 'Without these the service cannot process your application.',
  'auth.consent.optionalHeading': 'Optional',
  'auth.consent.optionalHint':
    'You can use the service without agreeing. You can withdraw an agreement at any time.',
  'auth.consent.question': 'Do you agree to “{title}”?',
  'auth.consent.grant': 'Agree',
  'auth.consent.refuse': 'Do not agree',
  'auth.consent.submit': 'Confirm my choices',
  'auth.consent.cancel': 'Do not use the service now',
  'auth.consent.undecided': 'Please choose “Agree” or “Do not agree” for “{title}”',
  'auth.consent.requiredRefused':
    'The service cannot be used without agreeing to “{title}”. Please choose “Agree” to continue',
  'auth.consent.requiredHelp':
    'Required items are the minimum data a public office needs to process an application. If you prefer not to share it, you can still apply in person at the one-stop office; in that case, choose “Do not use the service now”.',
  'auth.consent.empty': 'There is nothing to agree to.',
  // purposeMessages
  'auth.consent.data': 'Data used',
  'auth.consent.why': 'What for',
  'auth.consent.processor': 'Processed by',
  'auth.consent.retention': 'Kept for',
  // consentSettingsMessages
  'auth.settings.title': 'Personal data you agreed to',
  'auth.settings.lead': 'Each use of your personal data and the choice recorded.',
  'auth.settings.loading': 'Loading your choices…',
  'auth.settings.loadError': 'Your choices could not be loaded.',
  'auth.settings.retry': 'Try again',
  'auth.settings.decision': 'Choice',
  'auth.settings.granted': 'Agreed on {date}',
  'auth.settings.refused': 'Not agreed on {date}',
  'auth.settings.withdrawn': 'Withdrawn on {date}',
  'auth.settings.undecided': 'Not chosen',
  'auth.settings.required': 'Required',
  'auth.settings.optional': 'Optional',
  'auth.settings.kind': 'Type',
  'auth.settings.requiredNote':
    'A required item can only be withdrawn by stopping the service: sign out, then contact the province’s People’s Committee to ask for the data to be deleted.',
  'auth.settings.withdraw': 'Withdraw agreement',
  'auth.settings.confirmTitle': 'Withdraw your agreement to “{title}”?',
  'auth.settings.effect': 'If you withdraw:',
  'auth.settings.defaultEffect': 'This data will no longer be used for this purpose.',
  'auth.settings.confirm': 'Yes, withdraw',
  'auth.settings.keep': 'Keep as it is',
  'auth.settings.done': 'Your agreement to “{title}” was withdrawn.',
  'auth.settings.notSignedIn': 'Please sign in to see your choices.',
  'auth.settings.grantAgain': 'Give consent again',
  'auth.settings.grantEffect':
    'If you give consent again, the data above is used again for this purpose, and what this item offers works again. You can withdraw it at any time.',
  'auth.settings.grantDone': 'You gave consent again to “{title}”.',
  // locationMessages
  'auth.location.explainTitle': 'Why your location is needed',
  'auth.location.explainNext':
    'After tapping “Continue”, Zalo will ask whether to share your current location. It is sent only to the province’s system.',
  'auth.location.continue': 'Continue',
  'auth.location.typeInstead': 'Choose the address instead',
  'auth.location.working': 'Getting your location from Zalo…',
  'auth.location.fallbackTitle': 'Choose the address',
  'auth.location.refused':
    'The location was not shared through Zalo. Please choose the address below.',
  'auth.location.failed': 'Zalo could not give the location. Please choose the address below.',
  'auth.location.label': 'Address',
  'auth.location.submit': 'Confirm the address',
  'auth.location.missing': 'Please choose a province or city',
  'auth.location.retry': 'Try again with Zalo',
  'auth.location.done': 'Location received.',
  // phoneMessages
  'auth.phone.explainTitle': 'Why your phone number is needed',
  'auth.phone.explainNext':
    'After tapping “Continue”, Zalo will ask whether to share your phone number. It is sent only to the province’s system.',
  'auth.phone.continue': 'Continue',
  'auth.phone.typeInstead': 'Type the number instead',
  'auth.phone.working': 'Getting your phone number from Zalo…',
  'auth.phone.fallbackTitle': 'Enter your phone number',
  'auth.phone.refused': 'The phone number was not shared through Zalo. Please type it below.',
  'auth.phone.failed': 'Zalo could not give the phone number. Please type it below.',
  'auth.phone.label': 'Mobile phone number',
  'auth.phone.hint':
    'For example 0912 345 678. A typed number is checked later, for example by a text message or a call.',
  'auth.phone.submit': 'Confirm the number',
  'auth.phone.missing': 'Please enter your phone number',
  'auth.phone.retry': 'Try again with Zalo',
  'auth.phone.done': 'Phone number {phone} received.',
  // profileMessages
  'auth.profile.title': 'Account details',
  'auth.profile.name': 'Full name',
  'auth.profile.phone': 'Phone number',
  'auth.profile.cccd': 'Citizen ID (CCCD)',
  'auth.profile.masked': 'partly hidden, ending in {last}',
  'auth.profile.notSignedIn': 'Not signed in.',
  // requireAuthMessages
  'auth.require.checking': 'Checking sign-in…',
  // signInMessages
  'auth.signIn.title': 'Sign in',
  'auth.signIn.lead': 'Use your Zalo account. No new account is needed.',
  'auth.signIn.nextTitle': 'After tapping “Sign in with Zalo”:',
  'auth.signIn.step1':
    'The app confirms your Zalo account with the province’s system. Your Zalo password is never sent.',
  'auth.signIn.step2':
    'The next screen lists each use of your personal data, so you can choose “Agree” or “Do not agree”.',
  'auth.signIn.step3': 'You can review your choices and sign out at any time.',
  'auth.signIn.button': 'Sign in with Zalo',
  'auth.signIn.working': 'Signing in…',
  'auth.signIn.expiredTitle': 'Please sign in again',
  'auth.signIn.expired':
    'Your session ended to protect your information. Please sign in again; what you entered is kept.',
  'auth.signIn.errorTitle': 'Could not sign in',
};

export default en;
