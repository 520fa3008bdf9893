// English texts of @govmini/feedback, by full message key. They load only when a citizen picks
// English (see ./pack.ts); the Vietnamese originals stay beside each screen in its messages.ts.
// Typed against every catalogue, so a missing or stray key fails the typecheck.
import type { CatalogueKeys } from '@govmini/ui/core';
import type {
  feedbackErrorMessages,
  reportIssueMessages,
  reportStatusMessages,
} from '../core/messages';
import type { categoryPickerMessages } from '../react/CategoryPicker/messages';
import type { duplicateCheckMessages } from '../react/DuplicateCheck/messages';
import type { locationFieldMessages } from '../react/LocationField/messages';
import type { myReportsMessages } from '../react/MyReports/messages';
import type { outboxStatusMessages } from '../react/OutboxStatus/messages';
import type { photoRedactorMessages } from '../react/PhotoRedactor/messages';
import type { publicReportDetailMessages } from '../react/PublicReportDetail/messages';
import type { publicReportsMessages } from '../react/PublicReports/messages';
import type { reportRatingMessages } from '../react/RatingForm/messages';
import type { reportDetailMessages } from '../react/ReportDetail/messages';
import type { serviceErrorMessages } from '../react/ReportDetail/service-error';
import type { reportFormMessages } from '../react/ReportForm/messages';
import type { answerDueMessages, reportTimelineMessages } from '../react/ReportTimeline/messages';
import type { resolvedQuestionMessages } from '../react/ResolvedQuestion/messages';

type Key =
  | CatalogueKeys<typeof feedbackErrorMessages>
  | CatalogueKeys<typeof reportStatusMessages>
  | CatalogueKeys<typeof reportIssueMessages>
  | CatalogueKeys<typeof categoryPickerMessages>
  | CatalogueKeys<typeof duplicateCheckMessages>
  | CatalogueKeys<typeof locationFieldMessages>
  | CatalogueKeys<typeof myReportsMessages>
  | CatalogueKeys<typeof outboxStatusMessages>
  | CatalogueKeys<typeof photoRedactorMessages>
  | CatalogueKeys<typeof publicReportDetailMessages>
  | CatalogueKeys<typeof publicReportsMessages>
  | CatalogueKeys<typeof reportRatingMessages>
  | CatalogueKeys<typeof reportDetailMessages>
  | CatalogueKeys<typeof serviceErrorMessages>
  | CatalogueKeys<typeof reportFormMessages>
  | CatalogueKeys<typeof reportTimelineMessages>
  | CatalogueKeys<typeof answerDueMessages>
  | CatalogueKeys<typeof resolvedQuestionMessages>;

const en: Record<Key, string> = {
  // categoryPickerMessages
  'feedback.category.label': 'What kind of problem is it?',
  'feedback.category.hint': 'Choose the closest; the office will pass it on if needed.',
  'feedback.category.agency': 'Handled by: {agency}.',
  'feedback.category.answerDays': 'Answer within {days} working days.',
  'feedback.category.loading': 'Loading the kinds of problem…',
  'feedback.category.loadFailed':
    'The kinds of problem could not be loaded. Please check the connection and try again.',
  'feedback.category.retry': 'Load the list again',
  'feedback.category.empty':
    'The province has not set up any kinds of problem. Please contact the office by its hotline.',
  // duplicateCheckMessages
  'feedback.duplicates.title': 'Similar reports are being handled',
  'feedback.duplicates.lead':
    'There are reports of the same kind nearby with a similar description. If one of them is the same problem, please press “Me too” instead of sending another: the office learns how many people are affected, and tells everyone when it answers.',
  'feedback.duplicates.code': 'Report code',
  'feedback.duplicates.sentOn': 'Sent on {date}',
  'feedback.duplicates.supporters': '{count} people have the same problem',
  'feedback.duplicates.noSupporters': 'Nobody else is following it yet',
  'feedback.duplicates.photo': 'Photo of report {code}',
  'feedback.duplicates.support': 'Me too',
  'feedback.duplicates.supportFor': 'the problem of report {code}',
  'feedback.duplicates.supporting': 'Recording…',
  'feedback.duplicates.fileNew': 'No, send a new report',
  'feedback.duplicates.fileNewHint':
    'If the problem is different from the reports above, the report entered is sent as usual.',
  'feedback.duplicates.signedOut': 'Please sign in to follow this report.',
  // locationFieldMessages
  'feedback.location.label': 'Where is the problem?',
  'feedback.location.hint':
    'Take the current location when standing at the problem, or choose the commune by hand.',
  'feedback.location.useDevice': 'Use the current location',
  'feedback.location.locating': 'Finding the location…',
  'feedback.location.found': 'Location found',
  'feedback.location.check': 'Please check this is where the problem is.',
  'feedback.location.coordinates': 'Coordinates {latitude}, {longitude}',
  'feedback.location.noAddress':
    'No address was found for this location; the office will use the coordinates.',
  'feedback.location.place': 'More about the place',
  'feedback.location.placeHint':
    'For example: in front of the market gate, at the start of lane 12, lamp post 5.',
  'feedback.location.byHand': 'Choose the commune by hand',
  'feedback.location.byHandTitle': 'Choose where the problem is',
  'feedback.location.byHandHint':
    'After choosing the commune, please say exactly where: house number, street, or a landmark such as “in front of the market gate”.',
  'feedback.location.useDeviceInstead': 'Take the current location instead',
  'feedback.location.denied':
    'The app may not use the phone’s location. Please choose the commune by hand, or allow Zalo to use the location in the settings and try again.',
  'feedback.location.openSettings': 'Open permission settings',
  'feedback.location.offline':
    'The phone is offline, so the location cannot be found. Please choose the commune by hand; the report is sent when the phone is back online.',
  'feedback.location.failed':
    'The location could not be found right now. Please try again or choose the commune by hand.',
  'feedback.location.cancelled':
    'No location was taken. When ready, please press “Use the current location” again or choose by hand.',
  // myReportsMessages
  'feedback.myReports.title': 'My reports',
  'feedback.myReports.loading': 'Loading the list of reports…',
  'feedback.myReports.errorTitle': 'The list of reports could not be loaded',
  'feedback.myReports.emptyTitle': 'No reports yet',
  'feedback.myReports.emptyBody':
    'Reports sent, and reports joined with “Me too”, appear here, so their answers can be followed.',
  'feedback.myReports.count': '{count} reports.',
  'feedback.myReports.code': 'Report code',
  'feedback.myReports.sent': 'Sent on',
  'feedback.myReports.due': 'Answer due',
  'feedback.myReports.supporter': 'Also affected (“Me too”)',
  // outboxStatusMessages
  'feedback.outbox.title': 'Reports waiting to be sent',
  'feedback.outbox.empty': 'No reports are waiting to be sent.',
  'feedback.outbox.pending': 'Waiting to be sent',
  'feedback.outbox.sending': 'Sending…',
  'feedback.outbox.failed': 'Not sent',
  'feedback.outbox.sent': 'Sent',
  'feedback.outbox.offline':
    'The phone is offline. The report and its photos are saved on the phone and are sent by themselves when it is back online.',
  'feedback.outbox.waiting': 'It is tried again in a few minutes.',
  'feedback.outbox.photos': '{count} photos',
  'feedback.outbox.createdAt': 'Made at {time}',
  'feedback.outbox.code': 'Report code: {code}',
  'feedback.outbox.retry': 'Try again now',
  'feedback.outbox.retryFor': 'the report made at {time}',
  'feedback.outbox.remove': 'Delete this unsent report',
  'feedback.outbox.confirmRemove':
    'Delete this report and its photos from the phone? It has not reached the office.',
  'feedback.outbox.confirmYes': 'Delete',
  'feedback.outbox.confirmNo': 'Keep it',
  'feedback.outbox.photo_missing':
    'The photos of this report were removed from the phone’s storage, so it cannot be sent. Please delete it and make it again with new photos.',
  // photoRedactorMessages
  'feedback.redactor.hint':
    'Cover faces, number plates or private details before sending: touch and drag on the photo to draw a box. Or press “Add a box” and adjust it with the buttons below.',
  'feedback.redactor.stage': 'Photo {n} and its boxes',
  'feedback.redactor.keys':
    'While the photo is selected: arrow keys move the box, Shift with an arrow key resizes it, Delete removes it.',
  'feedback.redactor.alt': 'Photo {n} to cover',
  'feedback.redactor.count': 'Boxes: {count}',
  'feedback.redactor.none': 'No boxes yet.',
  'feedback.redactor.add': 'Add a box',
  'feedback.redactor.undo': 'Undo',
  'feedback.redactor.selected': 'Adjusting box {n}',
  'feedback.redactor.select': 'Adjust box {n}',
  'feedback.redactor.left': 'Left',
  'feedback.redactor.right': 'Right',
  'feedback.redactor.up': 'Up',
  'feedback.redactor.down': 'Down',
  'feedback.redactor.wider': 'Wider',
  'feedback.redactor.narrower': 'Narrower',
  'feedback.redactor.taller': 'Taller',
  'feedback.redactor.shorter': 'Shorter',
  'feedback.redactor.remove': 'Remove box {n}',
  'feedback.redactor.added': 'Box {n} added.',
  'feedback.redactor.removed': 'A box was removed. {count} left.',
  'feedback.redactor.undone': 'Undone. {count} boxes.',
  'feedback.redactor.moved':
    'Box {n}: {x}% from the left, {y}% from the top, {w}% wide, {h}% high.',
  'feedback.redactor.apply': 'Cover and save the photo',
  'feedback.redactor.applying': 'Covering the photo…',
  'feedback.redactor.cancel': 'Cancel, keep the photo as it was',
  'feedback.redactor.failed':
    'The photo could not be covered on this phone. The boxes are kept; please try again.',
  'feedback.redactor.note':
    'Once covered, only the covered photo is kept and sent; the original is not sent.',
  // publicReportDetailMessages
  'feedback.publicDetail.back': 'Back to the list of reports',
  'feedback.publicDetail.supporters': '{count} other people have the same problem.',
  'feedback.publicDetail.supportersNone': 'Nobody else has said they have this problem yet.',
  // publicReportsMessages
  'feedback.publicReports.title': 'Answered reports',
  'feedback.publicReports.intro': 'Reports sent by residents and the office’s public answers.',
  'feedback.publicReports.search': 'Search the text',
  'feedback.publicReports.searchHint': 'For example: pothole, street light. Accents are optional.',
  'feedback.publicReports.filters': 'Filter by kind, commune, time',
  'feedback.publicReports.filtersOn': 'Filter by kind, commune, time (filtering)',
  'feedback.publicReports.category': 'Kind of problem',
  'feedback.publicReports.allCategories': 'All kinds',
  'feedback.publicReports.commune': 'Commune or ward',
  'feedback.publicReports.allCommunes': 'All communes and wards',
  'feedback.publicReports.from': 'From',
  'feedback.publicReports.to': 'To',
  'feedback.publicReports.dateHint': 'For example: 1 11 2026',
  'feedback.publicReports.toBeforeFrom':
    'The “To” date must be on or after the “From” date. Please correct it.',
  'feedback.publicReports.submit': 'Search',
  'feedback.publicReports.clear': 'Clear filters',
  'feedback.publicReports.loading': 'Loading reports…',
  'feedback.publicReports.errorTitle': 'The list of reports could not be loaded',
  'feedback.publicReports.emptyTitle': 'No answered reports yet',
  'feedback.publicReports.emptyBody':
    'When the office answers reports that are public, they appear here.',
  'feedback.publicReports.noMatchTitle': 'No matching reports',
  'feedback.publicReports.noMatchBody': 'Please try other words or fewer filters.',
  'feedback.publicReports.found': '{total} reports found.',
  'feedback.publicReports.showing': 'Showing {count} reports.',
  'feedback.publicReports.showingOf': 'Showing {count} of {total} reports.',
  'feedback.publicReports.added': '{count} more reports added.',
  'feedback.publicReports.more': 'Show more',
  'feedback.publicReports.moreCount': 'Show more ({count} left)',
  'feedback.publicReports.moreFailed': 'More reports could not be loaded',
  'feedback.publicReports.code': 'Report code',
  'feedback.publicReports.place': 'Place',
  'feedback.publicReports.answered': 'Answered on',
  'feedback.publicReports.supporters': '{count} people also affected',
  // reportRatingMessages
  'feedback.rating.title': 'Rate the answer',
  'feedback.rating.intro':
    'Feedback helps the office answer better. Each report can be rated once.',
  'feedback.rating.question': 'How satisfied are you with the office’s answer?',
  'feedback.rating.very_satisfied': 'Very satisfied',
  'feedback.rating.satisfied': 'Satisfied',
  'feedback.rating.unsatisfied': 'Not satisfied',
  'feedback.rating.comment': 'More comments',
  'feedback.rating.commentHint':
    'For example: whether the answer was clear and about the problem reported.',
  'feedback.rating.reason': 'Why not satisfied',
  'feedback.rating.reasonHint': 'Please say what was wrong so the office can look again.',
  'feedback.rating.send': 'Send rating',
  'feedback.rating.chooseLevel': 'Please choose how satisfied you are.',
  'feedback.rating.reasonRequired': 'Please enter why you are not satisfied.',
  'feedback.rating.tooLong':
    'The comment is longer than {max} characters. Please remove {over} characters.',
  'feedback.rating.sendFailed': 'The rating could not be sent',
  'feedback.rating.thanks': 'Thank you for the rating.',
  'feedback.rating.given': 'Rated: {level}',
  'feedback.rating.givenComment': 'Comment: {comment}',
  'feedback.rating.givenOn': 'Sent at {time}.',
  // reportDetailMessages
  'feedback.detail.back': 'Back to the list of reports',
  'feedback.detail.loading': 'Loading the report…',
  'feedback.detail.errorTitle': 'The report could not be opened',
  'feedback.detail.notFoundTitle': 'Report not found',
  'feedback.detail.untitled': 'Report',
  'feedback.detail.code': 'Report code',
  'feedback.detail.next.reopened':
    'The report was reopened because the problem was not solved. The unit in charge is handling it again; the new answer will appear here.',
  'feedback.detail.next.answered.done': 'The office has answered. Nothing more to do.',
  'feedback.detail.next.answered.supporter':
    'The office has answered. Please read the answer below.',
  'feedback.detail.rejectedTitle': 'Why it was not accepted',
  'feedback.detail.descriptionTitle': 'What was reported',
  'feedback.detail.photoAlt': 'Photo {index} of {count} of the report',
  'feedback.detail.placeTitle': 'Place',
  'feedback.detail.coordinates': 'Coordinates {latitude}, {longitude}',
  'feedback.detail.answerTitle': 'The office’s answer',
  'feedback.detail.answerTitleEarlier': 'The office’s earlier answer',
  'feedback.detail.answerAgency': 'Answered by',
  'feedback.detail.answerTime': 'Answered at',
  'feedback.detail.attachmentsTitle': 'Files with the answer',
  'feedback.detail.attachmentAlt': 'Picture {index} of {count} with the answer',
  'feedback.detail.attachmentFile': 'Attached file {index} of {count}',
  'feedback.detail.factsTitle': 'About the report',
  'feedback.detail.category': 'Kind of problem',
  'feedback.detail.agency': 'Handled by',
  'feedback.detail.sent': 'Sent on',
  'feedback.detail.due': 'Answer due',
  'feedback.detail.supporters': 'Others affected',
  'feedback.detail.supportersCount': '{count} people have the same problem',
  'feedback.detail.supportersNone': 'Nobody yet',
  'feedback.detail.role': 'Role',
  'feedback.detail.role.reporter': 'Sent the report',
  'feedback.detail.role.supporter': 'Also affected (“Me too”)',
  'feedback.detail.showName': 'Name shown publicly',
  'feedback.detail.publish': 'Report made public',
  'feedback.detail.yes': 'Yes',
  'feedback.detail.no': 'No',
  'feedback.detail.reporter': 'Reported by',
  'feedback.detail.historyTitle': 'How it was handled',
  // serviceErrorMessages
  'feedback.serviceError.notFound':
    'This report was not found. It may have been hidden or the link is wrong; please open it again from the list.',
  'feedback.serviceError.retry': 'Try again',
  'feedback.serviceError.signInNeeded': 'Please sign in to see the reports sent.',
  // reportFormMessages
  'feedback.form.back': 'Back',
  'feedback.form.continue': 'Continue',
  'feedback.form.loading': 'Opening the report…',
  'feedback.form.resumed': 'The report being written was opened again, with everything entered.',
  'feedback.form.lostPhotos':
    '{count} photos were removed from the phone’s storage. Please add them again.',
  'feedback.form.step.category': 'Kind of problem',
  'feedback.form.step.description': 'Description',
  'feedback.form.step.photos': 'Photos',
  'feedback.form.step.blur': 'Cover private details',
  'feedback.form.step.location': 'Location',
  'feedback.form.step.choices': 'Choices',
  'feedback.form.step.check': 'Check',
  'feedback.form.description.title': 'Describe the problem',
  'feedback.form.description.label': 'What is the problem?',
  'feedback.form.description.hint':
    'Please say what the problem is, since when, and how it affects people. Do not write ID numbers, phone numbers or other people’s private details.',
  'feedback.form.description.markup':
    'The text has < or >: the report shows exactly what was typed, with no formatting or links.',
  'feedback.form.photos.title': 'Photos of the problem',
  'feedback.form.photos.hint':
    'At least 1 and at most {max} clear photos. Photos are made smaller on the phone before they are kept and sent.',
  'feedback.form.photos.camera': 'Take a photo',
  'feedback.form.photos.album': 'Choose a photo',
  'feedback.form.photos.preparing': 'Making the photos smaller…',
  'feedback.form.photos.count': '{count} of {max} photos',
  'feedback.form.photos.alt': 'Photo {n}',
  'feedback.form.photos.up': 'Move earlier',
  'feedback.form.photos.down': 'Move later',
  'feedback.form.photos.remove': 'Remove',
  'feedback.form.photos.which': 'photo {n}',
  'feedback.form.photos.added': '{count} photos added.',
  'feedback.form.photos.removed': 'Photo {n} removed.',
  'feedback.form.photos.moved': 'The photo is now number {n}.',
  'feedback.form.photos.full':
    'There are already {max} photos. Please remove one to replace it with another.',
  'feedback.form.photos.overLimit': '{count} photos were not added: at most {max} can be sent.',
  'feedback.form.photos.too_large':
    '“{name}” is too large ({size}). Please choose a photo taken with a phone, under {limit}.',
  'feedback.form.photos.unsupported_type':
    '“{name}” is not a JPG, PNG or WebP photo. Please choose another.',
  'feedback.form.photos.heic':
    '“{name}” is a HEIC photo this phone cannot open. Please press “Take a photo” to take it again, or choose a JPG.',
  'feedback.form.photos.unreadable':
    '“{name}” is damaged or cannot be opened. Please choose another photo.',
  'feedback.form.photos.storage_full':
    'The app’s storage on the phone is full, so “{name}” was not kept. Please delete unsent reports and try again.',
  'feedback.form.photos.failed':
    'The camera or the photo library could not be opened. Please try again.',
  'feedback.form.blur.title': 'Cover faces and number plates',
  'feedback.form.blur.lead':
    'If a photo shows faces, number plates or someone’s papers, please cover them before sending. This is done on the phone; the uncovered photo is not sent.',
  'feedback.form.blur.none': 'If nothing needs covering, please press “Continue”.',
  'feedback.form.blur.edit': 'Cover parts of photo {n}',
  'feedback.form.blur.editAgain': 'Cover more of photo {n}',
  'feedback.form.blur.done': 'Covered',
  'feedback.form.blur.applied': 'Photo {n} covered and saved.',
  'feedback.form.blur.opening': 'Opening the photo covering tool…',
  'feedback.form.blur.unavailable':
    'The photo covering tool could not be opened: the network is weak or down. The photos and everything entered are kept; please check the connection and press “Try again”.',
  'feedback.form.blur.retry': 'Try again',
  'feedback.form.blur.back': 'Back to the photos',
  'feedback.form.choices.title': 'Choices for this report',
  'feedback.form.showName.label': 'Show the sender’s name when the report is published?',
  'feedback.form.showName.yes': 'Yes, show the name',
  'feedback.form.showName.yesHint': 'The Zalo account’s name is shown with the report.',
  'feedback.form.showName.no': 'No, hide the name',
  'feedback.form.showName.noHint':
    'Only the office knows who sent it. Phone numbers and accounts are never published.',
  'feedback.form.showName.required': 'Please choose whether to show the sender’s name.',
  'feedback.form.publish.label': 'May this report be published?',
  'feedback.form.publish.yes': 'Yes, it may be published',
  'feedback.form.publish.yesHint':
    'The description, photos and the office’s answer are published for everyone to see.',
  'feedback.form.publish.no': 'No, only for the office',
  'feedback.form.publish.noHint': 'Only the sender and the office can see it.',
  'feedback.form.publish.required': 'Please choose whether the report may be published.',
  'feedback.form.notify.label': 'Tell me when there is an answer',
  'feedback.form.notify.hint': 'When ticked, Zalo asks to allow the app to send notifications.',
  'feedback.form.notify.refused':
    'Zalo did not allow notifications. The answer can still be read in “My reports”.',
  'feedback.form.notify.failed':
    'Zalo could not be asked right now (perhaps no network). Please tick again when online; the answer can still be read in “My reports”.',
  'feedback.form.location.commune': 'Please choose the commune where the problem is.',
  'feedback.form.check.title': 'Check before sending',
  'feedback.form.check.lead': 'Please read it again. Press “Change” to correct any part.',
  'feedback.form.check.category': 'Kind of problem',
  'feedback.form.check.description': 'Description',
  'feedback.form.check.photos': 'Photos',
  'feedback.form.check.photosValue': '{count} photos',
  'feedback.form.check.blurred': '{count} covered',
  'feedback.form.check.location': 'Where',
  'feedback.form.check.coordinates': 'Coordinates {latitude}, {longitude}',
  'feedback.form.check.showName': 'Show the sender’s name',
  'feedback.form.check.publish': 'Publish the report',
  'feedback.form.check.notify': 'Tell me when answered',
  'feedback.form.check.yes': 'Yes',
  'feedback.form.check.no': 'No',
  'feedback.form.check.submit': 'Send the report',
  'feedback.form.check.offline':
    'The phone is offline. The report is kept on the phone with its photos and sent by itself when online.',
  'feedback.form.check.queueFailed':
    'The report could not be kept on the phone. Everything entered is still here; please try again.',
  'feedback.form.check.storageFull':
    'The app’s storage on the phone is full, so the report was not kept. Everything entered is still here; please delete unsent reports and try again.',
  'feedback.form.sent.title': 'Report sent',
  'feedback.form.sent.code': 'Report code',
  'feedback.form.sent.next': 'What happens next',
  'feedback.form.sent.agency':
    '{agency} will look into it and answer by {date} ({days} working days).',
  'feedback.form.sent.notify': 'When there is an answer, Zalo sends a notification.',
  'feedback.form.sent.noNotify': 'The answer will be in “My reports”.',
  'feedback.form.sent.public':
    'Once answered, the report and the answer are published, without the sender’s phone number or account.',
  'feedback.form.sent.private': 'Only the sender and the office can see the report.',
  'feedback.form.sent.myReports': 'See my reports',
  'feedback.form.sent.another': 'Send another report',
  'feedback.form.queued.title': 'The report is waiting to be sent',
  'feedback.form.queued.lead':
    'The report and its photos are kept on the phone. It is sent by itself when online; the app can be closed without losing anything.',
  'feedback.form.queued.sending': 'Sending the report…',
  'feedback.form.queued.retry': 'Try again now',
  'feedback.form.failed.title': 'The report was not sent',
  'feedback.form.failed.fix': 'Correct the report',
  'feedback.form.supported.title': '“Me too” recorded',
  'feedback.form.supported.lead':
    'Report {code} is now followed. When the office answers, it shows in “My reports”.',
  // reportTimelineMessages
  'feedback.timeline.event.sent': 'Report sent',
  'feedback.timeline.event.received': 'The office received the report',
  'feedback.timeline.event.in_progress': 'The unit in charge is handling it',
  'feedback.timeline.event.reopened': 'Reopened because the problem was not solved',
  'feedback.timeline.event.answered': 'The office answered',
  'feedback.timeline.event.closed': 'Report closed',
  'feedback.timeline.event.rejected': 'The office did not accept the report',
  'feedback.timeline.current': 'Current step',
  'feedback.timeline.reason': 'Reason: {note}',
  'feedback.timeline.note': 'Note: {note}',
  'feedback.timeline.empty': 'No steps yet.',
  // answerDueMessages
  'feedback.due.left': '{count} working days left',
  'feedback.due.today': 'due today',
  'feedback.due.overdue': '{count} working days overdue',
  'feedback.due.none': 'No answer date yet',
  // resolvedQuestionMessages
  'feedback.resolved.title': 'Is it solved?',
  'feedback.resolved.question': 'After the office’s answer, has the problem been solved?',
  'feedback.resolved.yes': 'Solved',
  'feedback.resolved.no': 'Not solved yet',
  'feedback.resolved.noHint': 'The report will be reopened for the office to handle further.',
  'feedback.resolved.reopenBody':
    'The report goes back to “Being handled” and is passed again to the unit in charge. When there is a new answer it appears here.',
  'feedback.resolved.comment': 'More comments',
  'feedback.resolved.commentHint':
    'For example: the pothole was filled but sank again after the rain.',
  'feedback.resolved.noCommentHint':
    'Please say what is still wrong, so the office handles the right thing.',
  'feedback.resolved.send': 'Send',
  'feedback.resolved.sendReopen': 'Send and reopen the report',
  'feedback.resolved.choose': 'Please choose whether the problem has been solved.',
  'feedback.resolved.tooLong':
    'The comment is longer than {max} characters. Please remove {over} characters.',
  'feedback.resolved.sendFailed': 'The answer could not be sent',
  'feedback.resolved.givenYes': 'Confirmed that the problem is solved. Thank you for saying so.',
  'feedback.resolved.givenNo':
    'Said the problem is not solved; the report was reopened for the office to handle further.',
  'feedback.resolved.givenComment': 'Comment: {comment}',
  'feedback.resolved.givenOn': 'Sent at {time}.',
  // feedbackErrorMessages (core/messages.ts)
  'feedback.error.unauthenticated': 'The sign-in has expired. Please sign in again to continue.',
  'feedback.error.forbidden':
    'This account may not do this. Please check which Zalo account is being used.',
  'feedback.error.not_found':
    'This report was not found. Please open it again from the list of reports.',
  'feedback.error.invalid_report':
    'Some details of the report are missing or not right. Everything entered is kept; please look at the marked parts and correct them.',
  'feedback.error.not_allowed':
    'This cannot be done at the report’s current stage. Please reload to see its latest status.',
  'feedback.error.too_large':
    'The photo or text is too large. Please choose another photo or shorten the text; everything entered is kept.',
  'feedback.error.unsupported_type':
    'This type of file is not accepted. Please choose a JPG, PNG or WebP photo.',
  'feedback.error.conflict':
    'This report was already sent with different content. Please open “My reports” to check.',
  'feedback.error.not_supported':
    'The office’s system does not offer this. Please contact the office directly if needed.',
  'feedback.error.offline':
    'The phone is offline or the connection is weak. Everything entered is kept; please check the connection and try again.',
  'feedback.error.timeout':
    'The system took too long to answer. Everything entered is kept; please try again in a few minutes.',
  'feedback.error.server':
    'The office’s system is busy or has a problem. Everything entered is kept; please try again in a few minutes.',
  'feedback.error.unknown':
    'Something went wrong. Everything entered is kept; please try again in a few minutes.',
  // reportStatusMessages (core/messages.ts)
  'feedback.status.sent': 'Sent',
  'feedback.status.sent.next':
    'The report has reached the system and waits for the office to receive it in office hours.',
  'feedback.status.received': 'Received',
  'feedback.status.received.next':
    'The office has the report and has passed it to the unit in charge.',
  'feedback.status.in_progress': 'Being handled',
  'feedback.status.in_progress.next':
    'The unit in charge is checking and handling it; the answer is sent when there is a result.',
  'feedback.status.answered': 'Answered',
  'feedback.status.answered.next':
    'The office has answered. Please read the answer and say whether the problem is solved.',
  'feedback.status.closed': 'Closed',
  'feedback.status.closed.next': 'Handling has ended; the answer stays here to read again.',
  'feedback.status.rejected': 'Not accepted',
  'feedback.status.rejected.next':
    'The office did not accept this report. Please read the reason below before sending again.',
  // reportIssueMessages (core/messages.ts)
  'feedback.issue.required': 'Please fill this in.',
  'feedback.issue.too_long':
    'The text is longer than {max} characters. Please remove {over} characters.',
  'feedback.issue.control_characters':
    'The text has special characters that cannot be shown (often from pasting). Please delete and retype that part.',
  'feedback.issue.too_few_photos': 'Please add at least {min} photo of the problem.',
  'feedback.issue.too_many_photos': 'At most {max} photos can be sent. Please remove {over}.',
  'feedback.issue.unknown_photo':
    'A photo could not be uploaded or was kept too long. Please choose it again.',
  'feedback.issue.unknown_category':
    'This kind of problem is no longer on the list. Please choose again.',
  'feedback.issue.invalid_location':
    'This place could not be found. Please take the current location again or choose the commune by hand.',
  'feedback.issue.comment_required':
    'Please say why you are not satisfied, so the office can look again.',
  'feedback.issue.categoryId.required': 'Please choose the kind of problem.',
  'feedback.issue.description.required': 'Please describe the problem.',
  'feedback.issue.location.required':
    'Please say where the problem is: take the current location or choose the commune.',
  'feedback.issue.location.too_long':
    'The place is longer than {max} characters. Please shorten it.',
  'feedback.issue.rating.required': 'Please choose how satisfied you are.',
  'feedback.issue.comment.required': 'Please say whether the problem has been solved.',
  'feedback.issue.rating.too_long':
    'The comment is longer than {max} characters. Please remove {over}.',
  'feedback.issue.comment.too_long':
    'The comment is longer than {max} characters. Please remove {over}.',
  'feedback.issue.location.required.place':
    'Please say exactly where, e.g. “in front of the market gate”, “lane 12”.',
  'feedback.issue.noParams.too_long': 'The text is too long. Please shorten it.',
  'feedback.issue.noParams.too_few_photos': 'Please add a photo of the problem.',
  'feedback.issue.noParams.too_many_photos': 'There are too many photos. Please remove some.',
};

export default en;
