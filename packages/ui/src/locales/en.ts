// English texts of @govmini/ui, by full message key. They load only when a citizen picks
// English (see ./pack.ts); the Vietnamese originals stay beside each screen in its messages.ts.
// Typed against every catalogue, so a missing or stray key fails the typecheck.
import type { CatalogueKeys } from '../core/locale';
import type { addressPickerMessages } from '../react/AddressPicker/messages';
import type { buttonMessages } from '../react/Button/messages';
import type { confirmDialogMessages } from '../react/ConfirmDialog/messages';
import type { dateInputMessages } from '../react/DateInput/messages';
import type { errorSummaryMessages } from '../react/ErrorSummary/messages';
import type { fieldMessages } from '../react/field/messages';
import type { linkMessages } from '../react/Link/messages';
import type { noticeMessages } from '../react/Notice/messages';
import type { phoneInputMessages } from '../react/PhoneInput/messages';
import type { photoPickerMessages } from '../react/PhotoPicker/messages';
import type { skeletonMessages } from '../react/Skeleton/messages';
import type { spinnerMessages } from '../react/Spinner/messages';
import type { statusTagMessages } from '../react/StatusTag/messages';
import type { stepIndicatorMessages } from '../react/StepIndicator/messages';
import type { summaryListMessages } from '../react/SummaryList/messages';
import type { taskListMessages } from '../react/TaskList/messages';
import type { textAreaMessages } from '../react/TextArea/messages';
import type { textSizeMessages } from '../react/TextSizeControl/messages';

type Key =
  | CatalogueKeys<typeof addressPickerMessages>
  | CatalogueKeys<typeof buttonMessages>
  | CatalogueKeys<typeof confirmDialogMessages>
  | CatalogueKeys<typeof dateInputMessages>
  | CatalogueKeys<typeof errorSummaryMessages>
  | CatalogueKeys<typeof linkMessages>
  | CatalogueKeys<typeof noticeMessages>
  | CatalogueKeys<typeof phoneInputMessages>
  | CatalogueKeys<typeof photoPickerMessages>
  | CatalogueKeys<typeof skeletonMessages>
  | CatalogueKeys<typeof spinnerMessages>
  | CatalogueKeys<typeof statusTagMessages>
  | CatalogueKeys<typeof stepIndicatorMessages>
  | CatalogueKeys<typeof summaryListMessages>
  | CatalogueKeys<typeof taskListMessages>
  | CatalogueKeys<typeof textAreaMessages>
  | CatalogueKeys<typeof textSizeMessages>
  | CatalogueKeys<typeof fieldMessages>;

const en: Record<Key, string> = {
  // addressPickerMessages
  'addressPicker.province.label': 'Province or city',
  'addressPicker.province.hint':
    'Type a few letters of the name, with or without accents; names from before July 2025 work too. For example: sai gon, binh duong.',
  'addressPicker.province.all': 'Or choose from the list below',
  'addressPicker.province.chosen': 'Province or city',
  'addressPicker.commune.label': 'Commune, ward or special zone',
  'addressPicker.commune.hint':
    'Type a few letters of the name, with or without accents. For example: ben thanh.',
  'addressPicker.commune.freeHint': 'Please type the full name, for example: Phường Bến Thành.',
  'addressPicker.commune.chosen': 'Commune or ward',
  'addressPicker.street.label': 'House number and street',
  'addressPicker.street.hint':
    'For example: No. 12, lane 34, Láng street. You can add the village or hamlet.',
  'addressPicker.results': 'Results found: {count}',
  'addressPicker.noResults':
    'Nothing found with that name. Please type fewer letters or check the spelling.',
  'addressPicker.legacy': 'former {legacy}',
  'addressPicker.now': 'now part of {name}',
  'addressPicker.change': 'Change',
  // buttonMessages
  'button.loading': 'Processing…',
  // confirmDialogMessages
  'confirmDialog.confirm': 'Confirm',
  'confirmDialog.cancel': 'Cancel',
  // dateInputMessages
  'dateInput.day': 'Day',
  'dateInput.month': 'Month',
  'dateInput.year': 'Year',
  'dateInput.hint': 'For example, 27 3 1958',
  'dateInput.and': 'and',
  'dateInput.missing': 'Please enter the {fields}.',
  'dateInput.not_digits': 'The day, month and year are numbers only, for example 27 3 1958.',
  'dateInput.year_length': 'Please enter the year with 4 digits, for example 1958.',
  'dateInput.lunar': 'Lunar calendar: {date}',
  // errorSummaryMessages
  'errorSummary.title': 'There is a problem',
  // linkMessages
  'link.external': '(opens in a new tab)',
  // noticeMessages
  'notice.info': 'Information:',
  'notice.success': 'Success:',
  'notice.warning': 'Important:',
  'notice.error': 'Error:',
  // phoneInputMessages
  'phoneInput.oldPrefix': 'This number uses an old prefix. Is the new number {number}?',
  'phoneInput.useSuggestion': 'Use this number',
  // photoPickerMessages
  'photoPicker.limits': 'Up to {max} photos, each no larger than {size}.',
  'photoPicker.count': '{count}/{max} photos',
  'photoPicker.countSpoken': '{count} of {max} photos chosen',
  'photoPicker.camera': 'Take a photo',
  'photoPicker.album': 'Choose a photo',
  'photoPicker.alt': 'Photo {n}: {name}',
  'photoPicker.remove': 'Remove photo {n}',
  'photoPicker.added': '{count} photos added.',
  'photoPicker.removed': 'Photo {n} removed.',
  'photoPicker.tooLarge': 'Photo {name} is larger than {size}, so it was not added.',
  'photoPicker.notImage': 'File {name} is not a photo, so it was not added.',
  'photoPicker.overLimit': 'Only {max} photos can be added, so some were left out.',
  'photoPicker.full': '{max} photos already chosen. Please remove one to add another.',
  'photoPicker.failed': 'The photo could not be added. Please try again.',
  // skeletonMessages
  'skeleton.loading': 'Loading…',
  // spinnerMessages
  'spinner.label': 'Loading…',
  // statusTagMessages
  'statusTag.1': 'Submitted, waiting to be accepted',
  'statusTag.1.description': 'The application has been sent. The office will check and accept it.',
  'statusTag.2': 'Accepted',
  'statusTag.2.description':
    'The office has accepted the application and will pass it to the department handling it.',
  'statusTag.3': 'Not accepted',
  'statusTag.3.description':
    'The application was not accepted. Please read the reason and apply again if needed.',
  'statusTag.4': 'Being processed',
  'statusTag.4.description':
    'The application is being processed. The result is expected by the appointment date.',
  'statusTag.5': 'More documents needed',
  'statusTag.5.description':
    'The application needs more documents. Please read what is asked and send them before the deadline.',
  'statusTag.6': 'Fees to pay',
  'statusTag.6.description': 'Please pay the fees so that processing can continue.',
  'statusTag.7': 'Withdrawn',
  'statusTag.7.description':
    'The application was withdrawn on request and is no longer being processed.',
  'statusTag.8': 'Processing stopped',
  'statusTag.8.description':
    'Processing stopped because the conditions are not met. Please read the reason in the office’s notice.',
  'statusTag.9': 'Result ready, waiting to be delivered',
  'statusTag.9.description':
    'The result is ready. Please collect it in the way chosen when applying.',
  'statusTag.10': 'Result delivered',
  'statusTag.10.description':
    'The result has been delivered. Please rate how satisfied you are with the service.',
  // stepIndicatorMessages
  'stepIndicator.position': 'Step {current} of {total}',
  'stepIndicator.separator': ': ',
  'stepIndicator.list': 'Steps',
  'stepIndicator.done': 'Done:',
  // summaryListMessages
  'summaryList.change': 'Change',
  'summaryList.empty': 'Not provided',
  // taskListMessages
  'taskList.status.done': 'Completed',
  'taskList.status.inProgress': 'In progress',
  'taskList.status.notStarted': 'Not yet started',
  'taskList.status.cannotStart': 'Cannot start yet',
  // textAreaMessages
  'textArea.limit': 'Up to {max} characters.',
  'textArea.remaining': 'Characters left: {count}',
  'textArea.over': 'Characters over the limit: {count}',
  // textSizeMessages
  'textSize.legend': 'Text size',
  'textSize.option': '{percent}%',
  'textSize.sample': 'Aa',
  'textSize.highContrast': 'High contrast',
  'textSize.highContrastHint': 'Darker text on a clearer background, easier to read in sunlight.',
  // fieldMessages
  'field.optional': '(optional)',
  'field.errorPrefix': 'Error:',
};

export default en;
