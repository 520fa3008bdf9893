/** Every screen of the sample app, by path. */
export const routes = {
  home: '/',
  adminSearch: '/dia-ban',
  platform: '/nen-tang',
  display: '/co-chu',
  account: '/tai-khoan',
} as const;
