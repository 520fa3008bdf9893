// Withdrawing a dossier: the words, Vietnamese first, English second. Keys `dossier.cancel.<key>`.
import { defineDossierMessages } from '../messages';

export const cancelDossierMessages = defineDossierMessages(
  'dossier.cancel.',
  {
    title: 'Rút hồ sơ',
    intro:
      'Có thể rút hồ sơ khi chưa có kết quả. Hồ sơ đã rút sẽ không được xử lý tiếp; khi cần, vui lòng nộp hồ sơ mới.',
    open: 'Rút hồ sơ',
    confirmTitle: 'Xác nhận rút hồ sơ {code}',
    confirmBody: 'Sau khi rút, hồ sơ không được xử lý tiếp và không thể khôi phục.',
    reason: 'Lý do rút hồ sơ',
    reasonHint: 'Ví dụ: nộp nhầm thủ tục, đã giải quyết ở nơi khác.',
    reasonRequired: 'Vui lòng nhập lý do rút hồ sơ.',
    tooLong: 'Lý do dài hơn {max} ký tự. Vui lòng rút gọn.',
    confirm: 'Xác nhận rút hồ sơ',
    keep: 'Không rút',
    failed: 'Chưa rút được hồ sơ',
    done: 'Đã rút hồ sơ',
    doneBody: 'Hồ sơ {code} đã được rút và không còn được xử lý.',
  },
  {
    title: 'Withdraw the application',
    intro:
      'An application can be withdrawn until there is a result. A withdrawn application is not processed further; apply again if needed.',
    open: 'Withdraw the application',
    confirmTitle: 'Confirm withdrawing application {code}',
    confirmBody: 'Once withdrawn, the application is not processed further and cannot be restored.',
    reason: 'Reason for withdrawing',
    reasonHint: 'For example: the wrong procedure was chosen, it was handled elsewhere.',
    reasonRequired: 'Please enter why the application is withdrawn.',
    tooLong: 'The reason is longer than {max} characters. Please shorten it.',
    confirm: 'Confirm withdrawal',
    keep: 'Do not withdraw',
    failed: 'The application could not be withdrawn',
    done: 'Application withdrawn',
    doneBody: 'Application {code} has been withdrawn and is no longer processed.',
  },
);
