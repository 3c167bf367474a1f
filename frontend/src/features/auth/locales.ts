export default {
  vi: {
    title: 'Đăng nhập',
    intro: 'Theo dõi thực hiện kế hoạch công tác dân vận chính quyền và quy chế dân chủ ở cơ sở.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    required: 'Hãy nhập {{field}}',
    failed: 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.',
    expired: 'Phiên đăng nhập đã hết. Hãy đăng nhập lại: những gì bạn đang nhập dở vẫn được giữ trên máy này và sẽ được điền lại.',
  },
  en: {
    title: 'Sign in',
    intro: 'Track the plans for government mass mobilisation and grassroots democracy.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    required: 'Enter your {{field}}',
    failed: 'Wrong username or password, or the account is locked for now.',
    expired: 'Your session ended. Please sign in again: what you were typing is kept on this device and will be filled in again.',
  },
};
