import { defineMessages } from '../i18n.ts';

export const loginMessages = defineMessages(
  'staff.login.',
  {
    title: 'Đăng nhập cán bộ',
    intro: 'Dành cho cán bộ tiếp nhận và xử lý hồ sơ, phản ánh của Tỉnh Mẫu.',
    expired: 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại để tiếp tục.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    usernameRequired: 'Vui lòng nhập tên đăng nhập',
    passwordRequired: 'Vui lòng nhập mật khẩu',
    wrong: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và nhập lại.',
  },
  {
    title: 'Staff sign-in',
    intro: 'For staff who receive and handle applications and reports for Tỉnh Mẫu.',
    expired: 'The session has ended. Please sign in again to continue.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter the username',
    passwordRequired: 'Enter the password',
    wrong: 'The username or password is wrong. Please check them and try again.',
  },
);
