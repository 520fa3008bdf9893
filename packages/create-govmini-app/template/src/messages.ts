// The texts of the app's own screens (the module screens have theirs in src/modules/*).
import type { Catalogue } from './i18n';

const vi = {
  'app.name': '{{displayName}}',
  'home.intro': 'Dịch vụ công trực tuyến của {{provinceFullName}} trên Zalo.',
  'home.services': 'Dịch vụ',
  'home.account': 'Tài khoản',
  'home.account.description': 'Đăng nhập bằng Zalo, đồng ý sử dụng dữ liệu',
  'home.display': 'Cỡ chữ và ngôn ngữ',
  'home.display.description': 'Chữ to hơn, tương phản cao, tiếng Anh',
  'home.demo': 'Bản chạy thử: dữ liệu chỉ lưu trong trình duyệt, chưa gửi đến cơ quan nhà nước.',
  'back.home': 'Về trang chủ',
  'account.title': 'Tài khoản',
  'account.signOut': 'Đăng xuất',
  'display.title': 'Cỡ chữ và ngôn ngữ',
  'display.language': 'Ngôn ngữ',
  'display.vi': 'Tiếng Việt',
  'display.en': 'English',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang này không có trong ứng dụng. Vui lòng quay về trang chủ.',
};

export const appMessages: Catalogue<keyof typeof vi> = {
  vi,
  en: {
    'app.name': '{{displayName}}',
    'home.intro': 'Online public services of {{provinceNameEn}} on Zalo.',
    'home.services': 'Services',
    'home.account': 'Account',
    'home.account.description': 'Sign in with Zalo, consent to data use',
    'home.display': 'Text size and language',
    'home.display.description': 'Larger text, high contrast, Vietnamese',
    'home.demo': 'Trial version: data stays in this browser and is not sent to any authority.',
    'back.home': 'Back to the home page',
    'account.title': 'Account',
    'account.signOut': 'Sign out',
    'display.title': 'Text size and language',
    'display.language': 'Language',
    'display.vi': 'Tiếng Việt',
    'display.en': 'English',
    'notFound.title': 'Page not found',
    'notFound.body': 'This page is not in the app. Go back to the home page.',
  },
};
