// English texts of @govmini/dossier, by full message key. They load only when a citizen picks
// English (see ./pack.ts); the Vietnamese originals stay beside each screen in its messages.ts
// (and, for the core's messages, in core/definition/messages.ts, core/service/messages.ts and
// core/attachments/errors.ts).
// Typed against every catalogue, so a missing or stray key fails the typecheck.
import type { CatalogueKeys } from '@govmini/ui/core';
import type { attachmentErrorMessages } from '../core/attachments/errors';
import type { answerIssueMessages } from '../core/definition/messages';
import type { dossierErrorMessages } from '../core/service/messages';
import type { cancelDossierMessages } from '../react/CancelDossier/messages';
import type { checkAnswersMessages } from '../react/CheckAnswers/messages';
import type { confirmationMessages } from '../react/Confirmation/messages';
import type { declarationMessages } from '../react/Declaration/messages';
import type { dossierDetailMessages } from '../react/DossierDetail/messages';
import type { serviceErrorMessages } from '../react/DossierDetail/service-error';
import type { dossierLookupMessages } from '../react/DossierLookup/messages';
import type { draftListMessages } from '../react/DraftList/messages';
import type { feePaymentMessages } from '../react/FeePayment/messages';
import type { fileMessages } from '../react/fields/file-messages';
import type { groupMessages } from '../react/fields/group-messages';
import type { fieldMessages } from '../react/fields/messages';
import type { slotMessages } from '../react/fields/slot-messages';
import type { myDossiersMessages } from '../react/MyDossiers/messages';
import type { procedureFlowMessages } from '../react/ProcedureFlow/messages';
import type { questionPageMessages } from '../react/QuestionPage/messages';
import type { ratingFormMessages } from '../react/RatingForm/messages';
import type { startPageMessages } from '../react/StartPage/messages';
import type { dueDateMessages, statusTimelineMessages } from '../react/StatusTimeline/messages';
import type { supplementFormMessages } from '../react/SupplementForm/messages';

type Key =
  | CatalogueKeys<typeof cancelDossierMessages>
  | CatalogueKeys<typeof checkAnswersMessages>
  | CatalogueKeys<typeof confirmationMessages>
  | CatalogueKeys<typeof declarationMessages>
  | CatalogueKeys<typeof dossierDetailMessages>
  | CatalogueKeys<typeof serviceErrorMessages>
  | CatalogueKeys<typeof dossierLookupMessages>
  | CatalogueKeys<typeof draftListMessages>
  | CatalogueKeys<typeof feePaymentMessages>
  | CatalogueKeys<typeof myDossiersMessages>
  | CatalogueKeys<typeof procedureFlowMessages>
  | CatalogueKeys<typeof questionPageMessages>
  | CatalogueKeys<typeof ratingFormMessages>
  | CatalogueKeys<typeof startPageMessages>
  | CatalogueKeys<typeof statusTimelineMessages>
  | CatalogueKeys<typeof dueDateMessages>
  | CatalogueKeys<typeof supplementFormMessages>
  | CatalogueKeys<typeof fieldMessages>
  | CatalogueKeys<typeof fileMessages>
  | CatalogueKeys<typeof slotMessages>
  | CatalogueKeys<typeof groupMessages>
  | CatalogueKeys<typeof answerIssueMessages>
  | CatalogueKeys<typeof dossierErrorMessages>
  | CatalogueKeys<typeof attachmentErrorMessages>;

const en: Record<Key, string> = {
  // cancelDossierMessages
  'dossier.cancel.title': 'Withdraw the application',
  'dossier.cancel.intro':
    'An application can be withdrawn until there is a result. A withdrawn application is not processed further; apply again if needed.',
  'dossier.cancel.open': 'Withdraw the application',
  'dossier.cancel.confirmTitle': 'Confirm withdrawing application {code}',
  'dossier.cancel.confirmBody':
    'Once withdrawn, the application is not processed further and cannot be restored.',
  'dossier.cancel.reason': 'Reason for withdrawing',
  'dossier.cancel.reasonHint':
    'For example: the wrong procedure was chosen, it was handled elsewhere.',
  'dossier.cancel.reasonRequired': 'Please enter why the application is withdrawn.',
  'dossier.cancel.tooLong': 'The reason is longer than {max} characters. Please shorten it.',
  'dossier.cancel.confirm': 'Confirm withdrawal',
  'dossier.cancel.keep': 'Do not withdraw',
  'dossier.cancel.failed': 'The application could not be withdrawn',
  'dossier.cancel.done': 'Application withdrawn',
  'dossier.cancel.doneBody': 'Application {code} has been withdrawn and is no longer processed.',
  // checkAnswersMessages
  'dossier.check.title': 'Check the answers before sending',
  'dossier.check.lead':
    'Please look through each item. Press “Change” to correct one; you come back here afterwards.',
  'dossier.check.change': 'Change',
  'dossier.check.onBehalf': 'Who is applying',
  'dossier.check.forWhom': 'Applying for',
  'dossier.check.self': 'Myself',
  'dossier.check.other': 'Someone else: {relationship}',
  'dossier.check.filer': 'Applicant filing it',
  'dossier.check.delivery': 'How to get the result',
  'dossier.check.fee': 'Fee',
  'dossier.check.item': '{label}: {value}',
  'dossier.check.continue': 'Continue',
  'dossier.check.back': 'Back',
  'dossier.check.delivery.in_person': 'In person where the application was filed',
  'dossier.check.delivery.online': 'Electronic copy in the app',
  'dossier.check.delivery.post': 'By post',
  // confirmationMessages
  'dossier.confirmation.title': 'Application sent',
  'dossier.confirmation.codeLabel': 'Application code',
  'dossier.confirmation.copy': 'Copy the code',
  'dossier.confirmation.copied': 'Application code copied.',
  'dossier.confirmation.copyFailed': 'It could not be copied. Please write the code down.',
  'dossier.confirmation.keepCode': 'Please keep this code to look up the application.',
  'dossier.confirmation.qr':
    'QR code of application code {code}. Show it to the officer when collecting the result.',
  'dossier.confirmation.qrCaption': 'Show this QR code to the officer when collecting the result.',
  'dossier.confirmation.due': 'Expected result date',
  'dossier.confirmation.dueNote':
    'Weekends, public holidays and Tết are not counted. The official date is on the receipt.',
  'dossier.confirmation.sameDay': 'The same day',
  'dossier.confirmation.next': 'What happens next',
  'dossier.confirmation.feeTitle': 'A fee is due',
  'dossier.confirmation.fee':
    'The application has a fee of {amount}. It can be paid now by bank transfer, with the QR code on the application’s page.',
  'dossier.confirmation.pay': 'Pay the fee',
  'dossier.confirmation.myDossiers': 'See my applications',
  'dossier.confirmation.view': 'See this application',
  'dossier.confirmation.queuedTitle': 'Application waiting to be sent',
  'dossier.confirmation.queued':
    'The phone is offline, so the application has not been sent yet. It is saved on the phone and will be sent as soon as the connection is back; there is no need to apply again.',
  'dossier.confirmation.queuedRetry': 'Try sending now',
  'dossier.confirmation.sending': 'Sending the application…',
  // declarationMessages
  'dossier.declaration.title': 'Declare and send',
  'dossier.declaration.agree': 'I have read and agree with the declaration above',
  'dossier.declaration.required': 'Please tick the declaration box to send the application',
  'dossier.declaration.submit': 'Send the application',
  'dossier.declaration.back': 'Back',
  'dossier.declaration.errorTitle': 'There is a problem',
  'dossier.declaration.failed': 'The application was not sent',
  'dossier.declaration.kept':
    'The application is still kept on this phone; nothing needs to be entered again.',
  'dossier.declaration.error.unauthenticated':
    'The sign-in has expired. Please sign in again, then press “Send the application”.',
  'dossier.declaration.error.procedure_changed':
    'The procedure has just been updated. Please check the answers, then send again.',
  'dossier.declaration.error.invalid_answers':
    'The receiving office says some answers are not right. Please correct them and send again.',
  'dossier.declaration.error.conflict':
    'This application was already sent with other answers. Please look in My applications.',
  'dossier.declaration.error.other': 'The system has a problem. Please try again in a few minutes.',
  // dossierDetailMessages
  'dossier.detail.back': 'Back to the list of applications',
  'dossier.detail.loading': 'Loading the application…',
  'dossier.detail.loadingPayment': 'Loading how to pay the fee…',
  'dossier.detail.paymentFailed':
    'How to pay the fee could not be loaded. Please check the connection, then press “Try again”.',
  'dossier.detail.paymentRetry': 'Try again',
  'dossier.detail.errorTitle': 'The application could not be opened',
  'dossier.detail.notFoundTitle': 'Application not found',
  'dossier.detail.signInNeeded': 'Please sign in to see the application.',
  'dossier.detail.nextTitle': 'What to do now',
  'dossier.detail.next.1':
    'Nothing to do yet. The office will check the application and confirm acceptance within 8 working hours.',
  'dossier.detail.next.2':
    'Nothing to do yet. The application is being passed to the department handling it.',
  'dossier.detail.next.3':
    'Please read the reason, prepare the documents as advised and apply again.',
  'dossier.detail.next.4':
    'Nothing to do yet. When there is a result or more documents are needed, it will show here.',
  'dossier.detail.next.5': 'Please send the extra documents asked for below.',
  'dossier.detail.next.5.due': 'Please send the extra documents asked for below by {date}.',
  'dossier.detail.next.6':
    'Please pay the fees as the office advises so that processing can continue.',
  'dossier.detail.next.6.amount':
    'Please pay {amount} in fees as the office advises so that processing can continue.',
  'dossier.detail.next.6.pay':
    'Please pay {amount} in fees as shown under “Pay the fee” below so that processing can continue.',
  'dossier.detail.next.6.pending':
    'The transfer has been reported. Processing continues once the office confirms it has received the money.',
  'dossier.detail.next.pay': 'Please pay the {amount} fee as shown under “Pay the fee” below.',
  'dossier.detail.next.7':
    'The application was withdrawn; nothing more to do. Apply again if needed.',
  'dossier.detail.next.8':
    'Please read why processing stopped. For more explanation, please contact the office.',
  'dossier.detail.next.9.in_person':
    'Please collect the result at the place given under Result, bringing an ID card.',
  'dossier.detail.next.9.post': 'The result is sent by post to the address given under Result.',
  'dossier.detail.next.9.online': 'The electronic result is under Result below.',
  'dossier.detail.next.10': 'The result has been delivered. Please rate the service below.',
  'dossier.detail.next.10.rated': 'The result has been delivered. Nothing more to do.',
  'dossier.detail.reason': 'Reason: {reason}',
  'dossier.detail.factsTitle': 'Application details',
  'dossier.detail.fact.code': 'Application code',
  'dossier.detail.fact.procedure': 'Procedure',
  'dossier.detail.fact.submitted': 'Submitted on',
  'dossier.detail.fact.due': 'Appointment date',
  'dossier.detail.fact.completed': 'Result ready on',
  'dossier.detail.fact.delivery': 'How the result is received',
  'dossier.detail.fact.fee': 'Fees',
  'dossier.detail.delivery.in_person': 'In person at the office',
  'dossier.detail.delivery.online': 'Electronic copy in the app',
  'dossier.detail.delivery.post': 'By post',
  'dossier.detail.free': 'No fee',
  'dossier.detail.fee.unpaid': '{amount}, not paid yet',
  'dossier.detail.fee.pending_confirmation': '{amount}, waiting for the office to confirm',
  'dossier.detail.fee.paid': '{amount}, paid',
  'dossier.detail.historyTitle': 'Progress',
  'dossier.detail.supplementTitle': 'More documents needed',
  'dossier.detail.supplementAsked': 'Asked by the office at {time}.',
  'dossier.detail.supplementDocuments': 'Documents to add',
  'dossier.detail.supplementDue': 'Send them by',
  'dossier.detail.supplementAnswered': 'Documents sent at {time}.',
  'dossier.detail.resultTitle': 'Result',
  'dossier.detail.pickupPlace': 'Where to collect it',
  'dossier.detail.pickupHours': 'Opening hours',
  'dossier.detail.postTo': 'Sent to',
  'dossier.detail.resultFiles': 'Result files',
  'dossier.detail.fileSize': '{name} ({size})',
  // serviceErrorMessages
  'dossier.serviceError.notFound':
    'This application was not found in the account. Please check the code on the appointment slip.',
  'dossier.serviceError.retry': 'Try again',
  // dossierLookupMessages
  'dossier.lookup.title': 'Look up an application',
  'dossier.lookup.intro':
    'Enter the application code printed on the appointment slip to see its status. No sign-in needed.',
  'dossier.lookup.code': 'Application code',
  'dossier.lookup.codeHint':
    'For example: 000.00.06.H56-261129-0001. Lower case is fine; dots and dashes can be left out.',
  'dossier.lookup.search': 'Look up',
  'dossier.lookup.resultTitle': 'Result',
  'dossier.lookup.status': 'Status',
  'dossier.lookup.procedure': 'Procedure',
  'dossier.lookup.submitted': 'Submitted on',
  'dossier.lookup.due': 'Appointment date',
  'dossier.lookup.completed': 'Result ready on',
  'dossier.lookup.statusOnly':
    'A lookup shows the status only. To see details, send documents or rate the service, please sign in.',
  'dossier.lookup.notFoundTitle': 'Application {code} was not found',
  'dossier.lookup.notFoundCheck': 'Please check:',
  'dossier.lookup.check.digits':
    'the code matches the appointment slip letter by letter, digit by digit;',
  'dossier.lookup.check.province':
    'the application was made at an office of the province being searched.',
  'dossier.lookup.notFoundContact':
    'If it still cannot be found, please contact the office where it was made.',
  'dossier.lookup.failed': 'The lookup did not work',
  // draftListMessages
  'dossier.drafts.title': 'Unfinished applications',
  'dossier.drafts.lead':
    'Applications not sent yet, kept on this phone. Continue exactly where you stopped.',
  'dossier.drafts.emptyTitle': 'No unfinished applications',
  'dossier.drafts.empty': 'An application started but not sent is kept here to continue later.',
  'dossier.drafts.loading': 'Loading unfinished applications…',
  'dossier.drafts.failed':
    'The applications kept on this phone could not be read. Please try again.',
  'dossier.drafts.changed': 'Last changed at {time}',
  'dossier.drafts.unknownProcedure': 'Procedure {id}',
  'dossier.drafts.resume': 'Continue',
  'dossier.drafts.resumeHidden': '{title}',
  'dossier.drafts.delete': 'Delete',
  'dossier.drafts.deleteHidden': 'the application {title}',
  'dossier.drafts.confirmTitle': 'Delete this unfinished application?',
  'dossier.drafts.confirmBody':
    'What was entered for “{title}” will be removed from this phone and cannot be recovered.',
  'dossier.drafts.confirmDelete': 'Delete the application',
  'dossier.drafts.keep': 'Keep it',
  'dossier.drafts.deleted': 'The application “{title}” was deleted.',
  // myDossiersMessages
  'dossier.myDossiers.title': 'Submitted applications',
  'dossier.myDossiers.loading': 'Loading the list of applications…',
  'dossier.myDossiers.errorTitle': 'The list of applications could not be loaded',
  'dossier.myDossiers.signInNeeded': 'Please sign in to see submitted applications.',
  'dossier.myDossiers.emptyTitle': 'No applications yet',
  'dossier.myDossiers.emptyBody':
    'Applications made in the app appear here, so their progress can be followed.',
  'dossier.myDossiers.emptyTitle.in_progress': 'No applications in progress',
  'dossier.myDossiers.emptyTitle.finished': 'No finished applications yet',
  'dossier.myDossiers.filter': 'Show',
  'dossier.myDossiers.filter.all': 'All',
  'dossier.myDossiers.filter.in_progress': 'In progress',
  'dossier.myDossiers.filter.finished': 'Finished',
  'dossier.myDossiers.count': '{count} applications.',
  'dossier.myDossiers.code': 'Application code',
  'dossier.myDossiers.submitted': 'Submitted on',
  'dossier.myDossiers.due': 'Appointment date',
  'dossier.myDossiers.fee.unpaid': 'Fee not paid',
  'dossier.myDossiers.fee.pending_confirmation': 'Transfer reported, awaiting confirmation',
  // procedureFlowMessages
  'dossier.flow.loading': 'Opening the application…',
  'dossier.flow.exit': 'Back',
  'dossier.flow.onBehalf.title': 'Who is applying',
  'dossier.flow.onBehalf.forWhom': 'Who is this application for?',
  'dossier.flow.onBehalf.self': 'For myself',
  'dossier.flow.onBehalf.other': 'For someone else',
  'dossier.flow.onBehalf.otherHint':
    'For example an elderly parent, a child, someone who authorised me',
  'dossier.flow.onBehalf.relationship': 'Relationship to the person',
  'dossier.flow.onBehalf.filerName': 'Full name of the person filing',
  'dossier.flow.onBehalf.filerCccd': 'Citizen ID number of the person filing',
  'dossier.flow.onBehalf.filerPhone': 'Phone number of the person filing',
  'dossier.flow.onBehalf.note':
    'The next pages ask about the person the application is for, not the person filing.',
  'dossier.flow.delivery.title': 'Getting the result',
  'dossier.flow.delivery.label': 'How should the result be delivered?',
  'dossier.flow.delivery.in_person': 'In person where the application was filed',
  'dossier.flow.delivery.in_person.hint': 'Bring the citizen ID card and the original documents',
  'dossier.flow.delivery.online': 'Electronic copy in the app',
  'dossier.flow.delivery.online.hint': 'Legally valid like a paper one (Decree 45/2020/NĐ-CP)',
  'dossier.flow.delivery.post': 'By post',
  'dossier.flow.delivery.post.hint': 'Public postal service; postage paid on delivery',
  'dossier.flow.migrated.title': 'The procedure has been updated',
  'dossier.flow.migrated.changed': 'Please answer these again:',
  'dossier.flow.migrated.removed': 'Some answers are no longer needed and were removed.',
  'dossier.flow.migrated.kept': 'All other answers are kept.',
  'dossier.flow.missing':
    'This unfinished application is not on this phone. It can be started again.',
  'dossier.flow.part.failed':
    'The next page could not be loaded. The answers are kept. Please check the connection, then press “Try again”.',
  'dossier.flow.part.retry': 'Try again',
  'dossier.flow.savedFailed':
    'The application could not be saved on this phone. What was entered is still on the screen.',
  // questionPageMessages
  'dossier.questionPage.continue': 'Continue',
  'dossier.questionPage.back': 'Back',
  'dossier.questionPage.saved': 'Saved automatically on this phone',
  'dossier.questionPage.errorTitle': 'There is a problem',
  'dossier.questionPage.issueFallback': 'This answer is missing or not right. Please check it.',
  'dossier.questionPage.serverErrors':
    'The receiving office says the answers below are not right. Please correct them and send again.',
  // ratingFormMessages
  'dossier.rating.title': 'Rate the service',
  'dossier.rating.intro':
    'Feedback helps the office serve better. Each application can be rated once.',
  'dossier.rating.question': 'How satisfied are you with how the application was handled?',
  'dossier.rating.very_satisfied': 'Very satisfied',
  'dossier.rating.satisfied': 'Satisfied',
  'dossier.rating.unsatisfied': 'Not satisfied',
  'dossier.rating.comment': 'More comments',
  'dossier.rating.commentHint':
    'For example: how staff behaved, waiting time, whether the guidance was clear.',
  'dossier.rating.reason': 'Why not satisfied',
  'dossier.rating.reasonHint': 'Please say what went wrong so the office can fix it.',
  'dossier.rating.send': 'Send rating',
  'dossier.rating.chooseLevel': 'Please choose how satisfied you are.',
  'dossier.rating.reasonRequired': 'Please enter why you are not satisfied.',
  'dossier.rating.tooLong': 'The comment is longer than {max} characters. Please shorten it.',
  'dossier.rating.sendFailed': 'The rating could not be sent',
  'dossier.rating.given': 'Rated: {level}',
  'dossier.rating.givenOn': 'Sent at {time}.',
  'dossier.rating.givenComment': 'Comment: {comment}',
  'dossier.rating.thanks': 'Thank you for the rating.',
  // startPageMessages
  'dossier.start.code': 'Procedure code: {code}',
  'dossier.start.agency': 'Handled by',
  'dossier.start.documents': 'What you need',
  'dossier.start.documentsLead': 'Please have these documents ready (clear photos to attach):',
  'dossier.start.originals': '{count} original(s)',
  'dossier.start.copies': '{count} copy(ies)',
  'dossier.start.optional': 'if any',
  'dossier.start.fee': 'Fee',
  'dossier.start.free': 'Free',
  'dossier.start.feeRange': 'From {min} to {max}, depending on the answers',
  'dossier.start.feeAssessed': 'The office tells the amount after reviewing the application',
  'dossier.start.feeTransfer': 'Paid by bank transfer in the app, with a QR code to scan.',
  'dossier.start.time': 'Processing time',
  'dossier.start.days': '{count} working days',
  'dossier.start.sameDay': 'Within the working day',
  'dossier.start.who': 'Who can apply',
  'dossier.start.onBehalf': 'You can also apply for a relative or as an authorised person.',
  'dossier.start.legal': 'Legal basis',
  'dossier.start.start': 'Start',
  'dossier.start.startNew': 'Start a new application',
  'dossier.start.resumeTitle': 'Unfinished applications',
  'dossier.start.resumeLead':
    'There is an unsent application for this procedure. Continue where you stopped:',
  'dossier.start.resume': 'Continue',
  'dossier.start.resumeHidden': 'the application changed at {time}',
  'dossier.start.changed': 'Last changed at {time}',
  // statusTimelineMessages
  'dossier.timeline.event.1': 'Application submitted',
  'dossier.timeline.event.2': 'The office accepted the application',
  'dossier.timeline.event.3': 'The application was not accepted',
  'dossier.timeline.event.4': 'The application was passed on for processing',
  'dossier.timeline.event.4.citizen': 'Documents sent; processing continues',
  'dossier.timeline.event.5': 'The office asked for more documents',
  'dossier.timeline.event.6': 'The office asked for fees to be paid',
  'dossier.timeline.event.7': 'Application withdrawn',
  'dossier.timeline.event.8': 'Processing stopped',
  'dossier.timeline.event.9': 'Result ready',
  'dossier.timeline.event.10': 'Result delivered',
  'dossier.timeline.current': 'Current step',
  'dossier.timeline.citizen': 'The applicant',
  'dossier.timeline.by': 'By: {by}',
  'dossier.timeline.note': 'Note: {note}',
  'dossier.timeline.empty': 'No steps yet.',
  // dueDateMessages
  'dossier.due.left': '{count} working days left',
  'dossier.due.today': 'due today',
  'dossier.due.overdue': '{count} working days overdue',
  'dossier.due.none': 'No appointment date yet',
  // supplementFormMessages
  'dossier.supplement.title': 'Send the extra documents',
  'dossier.supplement.photos': 'Photos of the extra documents',
  'dossier.supplement.photosHint':
    'Please photograph each page clearly, with all four corners visible.',
  'dossier.supplement.note': 'Note for the officer',
  'dossier.supplement.noteHint':
    'For example: which documents are sent, or why one is not available.',
  'dossier.supplement.nothing':
    'Please add photos of the documents asked for, or a note for the officer.',
  'dossier.supplement.tooLong': 'The note is longer than {max} characters. Please shorten it.',
  'dossier.supplement.send': 'Send documents',
  'dossier.supplement.uploading': 'Sending photo {done} of {total}…',
  'dossier.supplement.sending': 'Sending…',
  'dossier.supplement.failed': 'The documents could not be sent',
  'dossier.supplement.done': 'Documents sent',
  'dossier.supplement.doneBody':
    'The extra documents have been sent. The application goes back to processing.',
  // feePaymentMessages
  'dossier.payment.title': 'Pay the fee',
  'dossier.payment.status': 'Payment',
  'dossier.payment.status.unpaid': 'Not paid yet',
  'dossier.payment.status.pending_confirmation': 'Waiting for the office to confirm',
  'dossier.payment.status.paid': 'Paid',
  'dossier.payment.amount': 'Amount',
  'dossier.payment.amountWords': 'In words: {words}',
  'dossier.payment.scan':
    'Open a banking or e-wallet app, choose to scan a QR code and scan the code below. The amount and the transfer message are filled in; just check them and confirm.',
  'dossier.payment.qr':
    'VietQR code to transfer {amount} to account {account} at {bank}, message {content}.',
  'dossier.payment.qrCaption':
    'Scan it with another phone, or save it to this phone and pick the picture in the banking app’s QR scanner.',
  'dossier.payment.save': 'Save the QR code to this phone',
  'dossier.payment.saved': 'The QR code picture is saved on this phone.',
  'dossier.payment.saveFailed':
    'The QR code picture could not be saved. Please take a screenshot to keep the code.',
  'dossier.payment.screenshot': 'You can take a screenshot to keep this QR code.',
  'dossier.payment.noQr':
    'A QR code could not be made for this account. Please transfer using the details below.',
  'dossier.payment.manual': 'Or transfer using these details',
  'dossier.payment.bank': 'Bank',
  'dossier.payment.accountNumber': 'Account number',
  'dossier.payment.accountName': 'Account holder',
  'dossier.payment.content': 'Transfer message',
  'dossier.payment.copy': 'Copy',
  'dossier.payment.copied': 'The {what} is copied.',
  'dossier.payment.copyFailed': 'It could not be copied. Please write down the {what}.',
  'dossier.payment.what.accountNumber': 'account number',
  'dossier.payment.what.content': 'transfer message',
  'dossier.payment.contentWarning':
    'Please write the transfer message exactly as shown, so that the office knows which application the money is for.',
  'dossier.payment.desk':
    'Please pay {amount} at the office’s one-stop desk, with the application code {code}.',
  'dossier.payment.report': 'I have made the transfer',
  'dossier.payment.reportHint':
    'Press this once the money is sent, so that the office checks and confirms it.',
  'dossier.payment.reportFailed': 'The transfer could not be reported',
  'dossier.payment.pendingTitle': 'Waiting for the office to confirm',
  'dossier.payment.pending':
    'Transfer reported at {time}. The office confirms it when the money arrives; the status updates here.',
  'dossier.payment.pendingNoTime':
    'Transfer reported. The office confirms it when the money arrives; the status updates here.',
  'dossier.payment.again': 'See the transfer details again',
  'dossier.payment.paidTitle': 'Paid',
  'dossier.payment.paid': 'The office received the full {amount} at {time}.',
  'dossier.payment.paidNoTime': 'The office received the full {amount}.',
  'dossier.payment.declinedTitle': 'The office has not received the money',
  'dossier.payment.declined': 'Reason: {note}. Please check and transfer again as shown below.',
  'dossier.payment.image.amount': 'Amount: {amount}',
  'dossier.payment.image.account': '{bank} – {account}',
  'dossier.payment.image.content': 'Message: {content}',
  'dossier.payment.image.file': 'fee-qr-code-{code}.png',
  // fieldMessages, fileMessages, slotMessages, groupMessages
  'dossier.fields.unit': 'Unit: {unit}',
  'dossier.fields.moneyHint': 'Amount in đồng, for example 1,500,000',
  'dossier.fields.yes': 'Yes',
  'dossier.fields.no': 'No',
  'dossier.fields.selectPlaceholder': 'Choose one',
  'dossier.fields.prefill.profile': 'From the Zalo account',
  'dossier.fields.prefill.chip': 'From the chip of the citizen ID card',
  'dossier.fields.prefill.change': 'Change',
  'dossier.fields.prefill.changeHidden': '{label}',
  'dossier.fields.group.remove': 'Remove {item}',
  'dossier.fields.group.removed': '{item} removed.',
  'dossier.fields.group.added': '{item} added.',
  'dossier.fields.group.full': '{max} items already.',
  'dossier.fields.file.limits': 'Up to {max} files, each no larger than {size}. Accepted: {types}.',
  'dossier.fields.file.photoLimits': 'Up to {max} photos, each no larger than {size}.',
  'dossier.fields.file.choose': 'Choose a file',
  'dossier.fields.file.camera': 'Take a photo',
  'dossier.fields.file.album': 'Choose a photo',
  'dossier.fields.file.count': '{count} of {max} files',
  'dossier.fields.file.queued': 'Waiting to upload',
  'dossier.fields.file.compressing': 'Making the photo smaller',
  'dossier.fields.file.uploading': 'Uploading {percent} %',
  'dossier.fields.file.done': 'Uploaded',
  'dossier.fields.file.saved': 'Saved',
  'dossier.fields.file.failed': 'Not uploaded.',
  'dossier.fields.file.retry': 'Try again',
  'dossier.fields.file.retryHidden': 'uploading {name}',
  'dossier.fields.file.remove': 'Remove',
  'dossier.fields.file.removeHidden': 'file {name}',
  'dossier.fields.file.removed': 'File {name} removed.',
  'dossier.fields.file.added': '{count} files added.',
  'dossier.fields.file.full': '{max} files already. Please remove one to add another.',
  'dossier.fields.file.tooLarge':
    'File {name} is larger than {size}, so it was not added. Please choose a smaller one.',
  'dossier.fields.file.wrongType':
    'File {name} is not an accepted type ({types}), so it was not added.',
  'dossier.fields.file.pickFailed': 'The photo could not be added. Please try again.',
  'dossier.fields.file.error.offline':
    'No connection. The file will upload when the connection is back.',
  'dossier.fields.file.error.other': 'Please press “Try again”.',
  'dossier.fields.slot.loading': 'Loading appointment times…',
  'dossier.fields.slot.failed':
    'Appointment times could not be loaded. Please check the connection and try again.',
  'dossier.fields.slot.retry': 'Load appointment times again',
  'dossier.fields.slot.none':
    'No free appointment in the next {days} days. Please come back later.',
  'dossier.fields.slot.time': '{start} – {end}',
  'dossier.fields.slot.left': '{count} places left',
  'dossier.fields.slot.full': 'Full',
  'dossier.fields.slot.chosen': 'Chosen: {when}',
  'dossier.fields.slot.day': 'Day',
  'dossier.fields.slot.dayName': '{weekday}, {date}',
  'dossier.fields.slot.moreDays': 'Show {count} more days',
  'dossier.fields.slot.times': 'Time',
  'dossier.fields.part.loading': 'Loading the question…',
  'dossier.fields.part.failed':
    'This question could not be loaded. Please check the connection, then press “Try again”.',
  'dossier.fields.part.retry': 'Try again',
  // answerIssueMessages (core/definition/messages.ts)
  'dossier.answer.required': 'Enter {labelLower}.',
  'dossier.answer.required.select': 'Select {labelLower}.',
  'dossier.answer.required.question': 'Select an answer to “{label}”.',
  'dossier.answer.required.yesNo': 'Select yes or no for “{label}”.',
  'dossier.answer.required.address':
    'Select the province or city and the commune or ward for {labelLower}.',
  'dossier.answer.required.upload': 'Upload {labelLower}.',
  'dossier.answer.required.add': 'Add {labelLower}.',
  'dossier.answer.required.upload_missing':
    'The file for {labelLower} did not arrive. Upload it again.',
  'dossier.answer.too_short': '{label} must be {min} characters or more.',
  'dossier.answer.too_long':
    '{label} must be {max} characters or fewer; it has {length}. Shorten it.',
  'dossier.answer.pattern': '{label} is not in the right format. Check it and try again.',
  'dossier.answer.not_a_number': '{label} must be a number, like 3.',
  'dossier.answer.not_integer': '{label} must be a whole number.',
  'dossier.answer.not_integer.money': '{label} must be a whole number of đồng.',
  'dossier.answer.too_small': '{label} must be {min} or more.',
  'dossier.answer.too_large': '{label} must be {max} or less.',
  'dossier.answer.invalid_date': '{label} must be a real date, like 27/03/2007.',
  'dossier.answer.date_too_early': '{label} must be on or after {min}.',
  'dossier.answer.date_too_early.today': '{label} must be today or in the future.',
  'dossier.answer.date_too_late': '{label} must be on or before {max}.',
  'dossier.answer.date_too_late.today': '{label} must be today or in the past.',
  'dossier.answer.invalid_option': 'Select one of the options for {labelLower}.',
  'dossier.answer.too_few_selected': 'Select at least {min} options for {labelLower}.',
  'dossier.answer.too_many_selected': 'Select no more than {max} options for {labelLower}.',
  'dossier.answer.invalid_email':
    'Enter {labelLower} in the correct format, like name@example.com.',
  'dossier.answer.invalid_phone': '{label} is not correct. Check the prefix and each digit.',
  'dossier.answer.invalid_phone.not_digits': '{label} must contain digits only, like 0912 345 678.',
  'dossier.answer.invalid_phone.too_short':
    '{label} is missing digits. A mobile number has 10 digits, like 0912 345 678.',
  'dossier.answer.invalid_phone.too_long':
    '{label} has too many digits. A mobile number has 10 digits, like 0912 345 678.',
  'dossier.answer.invalid_phone.old_prefix':
    '{label} uses an old prefix; the number is now {suggestion}. Enter the new number.',
  'dossier.answer.invalid_phone.not_vietnamese':
    'Enter a Vietnamese phone number, like 0912 345 678.',
  'dossier.answer.invalid_phone.not_mobile':
    '{label} must be a mobile number, like 0912 345 678, not a landline.',
  'dossier.answer.invalid_cccd': '{label} must have 12 digits. Check it on the citizen ID card.',
  'dossier.answer.invalid_cccd.not_digits':
    '{label} must contain digits only. Remove letters and other symbols.',
  'dossier.answer.invalid_cccd.length':
    '{label} must have 12 digits; you entered {count}. Check it on the citizen ID card.',
  'dossier.answer.invalid_cccd.old_cmnd':
    'This is an old, expired identity card (CMND) number of 9 digits. Enter the 12-digit number on the citizen ID card.',
  'dossier.answer.invalid_cccd.unknown_province':
    'The first three digits of {labelLower} are not a province code. Check each digit on the card.',
  'dossier.answer.invalid_cccd.future_birth_year':
    '{label} gives a birth year that has not come yet. A digit may be mistyped; check it.',
  'dossier.answer.cccd_mismatch':
    '{label} does not match the date of birth or sex given. Check them.',
  'dossier.answer.cccd_mismatch.birth_year_mismatch':
    'The birth year {actual} does not match {labelLower} (it gives {expected}). Check one of them.',
  'dossier.answer.cccd_mismatch.sex_mismatch':
    'The sex selected does not match {labelLower}. Check the sex or the ID number.',
  'dossier.answer.invalid_tax_code': '{label} is not correct: a digit may be mistyped. Check it.',
  'dossier.answer.invalid_tax_code.not_digits':
    '{label} must contain digits only, like 0100233488.',
  'dossier.answer.invalid_tax_code.length':
    '{label} has 10 digits, or 13 for a branch, like 0100233488-001.',
  'dossier.answer.invalid_plate':
    '{label} is not correct. A plate looks like 51A-123.45 or 29-B1 123.45.',
  'dossier.answer.invalid_address': 'Select {labelLower} again.',
  'dossier.answer.invalid_address.province': 'Select the province or city for {labelLower}.',
  'dossier.answer.invalid_address.commune':
    'Select the commune or ward for {labelLower} from the list of the province chosen.',
  'dossier.answer.invalid_address.street':
    'Enter the house number and street, or the village, for {labelLower}.',
  'dossier.answer.too_few_files': 'Upload at least {min} files for {labelLower}.',
  'dossier.answer.too_many_files': 'Upload no more than {max} files for {labelLower}. Remove some.',
  'dossier.answer.file_too_large':
    'The file “{name}” is larger than {maxSize}. Choose a smaller file.',
  'dossier.answer.file_type': 'The file “{name}” is not the right type. Upload a {accept} file.',
  'dossier.answer.too_few_items': 'Add at least {min} entries for {labelLower}.',
  'dossier.answer.too_many_items': 'Add no more than {max} entries for {labelLower}. Remove some.',
  'dossier.answer.invalid_slot': 'The appointment chosen is no longer free. Choose another one.',
  'dossier.answer.invalid_slot.past': 'The appointment chosen has passed. Choose another one.',
  'dossier.answer.invalid_slot.shape':
    'The appointment was not chosen properly. Choose {labelLower} again.',
  'dossier.answer.invalid_dossier_code':
    '{label} is not correct. The dossier code is on the receipt, like 000.00.06.H56-250715-0001.',
  'dossier.answer.invalid_value': '{label} is not correct. Enter it again.',
  'dossier.answer.rule': 'Check {labelLower}.',
  'dossier.answer.unknown_field':
    'This answer is not part of the procedure. Reload the page and send again.',
  'dossier.answer.item': '{itemLabel}: {message}',
  'dossier.answer.defaultLabel': 'This answer',
  // dossierErrorMessages (core/service/messages.ts)
  'dossier.error.unauthenticated': 'The sign-in has expired. Please sign in again to continue.',
  'dossier.error.forbidden':
    'This account may not see or change this. Please check which Zalo account is being used.',
  'dossier.error.not_found':
    'The application or page was not found. Please check the application code on the appointment slip.',
  'dossier.error.invalid_answers':
    'Some answers are missing or not right. Please look at the marked questions and correct them.',
  'dossier.error.procedure_changed':
    'The office has just updated this procedure. Please check the answers again; everything entered is kept.',
  'dossier.error.not_allowed':
    'This cannot be done at the application’s current stage. Please reload to see its latest status.',
  'dossier.error.too_large':
    'The file is too large. Please take the photo again or choose a smaller file.',
  'dossier.error.unsupported_type':
    'This type of file is not accepted. Please send a photo (JPG, PNG, WebP) or a PDF.',
  'dossier.error.conflict':
    'This application was already sent with different answers. Please open “My applications” to check.',
  'dossier.error.not_supported':
    'The office’s system does not offer this. Please contact the office handling the application directly.',
  'dossier.error.offline':
    'The phone is offline or the connection is weak. Everything entered is kept; please check the connection and try again.',
  'dossier.error.timeout':
    'The system took too long to answer. Everything entered is kept; please try again in a few minutes.',
  'dossier.error.server':
    'The office’s system is busy or has a problem. Everything entered is kept; please try again in a few minutes.',
  'dossier.error.unknown': 'Something went wrong. Please try again in a few minutes.',
  // attachmentErrorMessages (core/attachments/errors.ts)
  'dossier.attachment.too_large':
    'The file is too large, even after shrinking it. Please take the photo closer or choose a smaller file.',
  'dossier.attachment.file_type':
    'This type of file is not accepted here. Please choose a JPG or PNG photo or a PDF.',
  'dossier.attachment.heic_unsupported':
    'This iPhone HEIC photo cannot be read on this phone. Please take a screenshot of it, or set Settings › Camera › Formats to “Most Compatible” and take it again.',
  'dossier.attachment.cannot_compress':
    'This image cannot be read on this phone. Please take it again or choose another one.',
  'dossier.attachment.attachment_lost':
    'An attachment had not been sent before the app closed. Please choose that file again, then submit.',
};

export default en;
