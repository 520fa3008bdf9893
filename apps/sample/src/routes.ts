/** Every screen of the sample app, by path. */
export const routes = {
  home: '/',
  // Settings, account, guides and help
  settings: '/cai-dat',
  account: '/tai-khoan',
  guides: '/huong-dan',
  guide: '/huong-dan/:slug',
  help: '/tro-giup',
  /** The old "Cỡ chữ và màu sắc" page, now part of Cài đặt: kept so old links still work. */
  display: '/co-chu',
  // For developers (the simulated platform, the 2025 administrative units)
  adminSearch: '/dia-ban',
  platform: '/nen-tang',
  // Hồ sơ (@govmini/dossier)
  procedures: '/thu-tuc',
  /** `/thu-tuc/:procedureId/:step` (see src/dossier/paths.ts), kept out of AnimationRoutes. */
  procedure: '/thu-tuc/:procedureId/:step',
  drafts: '/ho-so-dang-lam',
  myDossiers: '/ho-so',
  dossier: '/ho-so/:code',
  lookup: '/tra-cuu',
  // Phản ánh (@govmini/feedback); `/phan-anh/:id` is a published report.
  sendReport: '/phan-anh/gui',
  myReports: '/phan-anh/cua-toi',
  myReport: '/phan-anh/cua-toi/:id',
  publicReports: '/phan-anh',
  publicReport: '/phan-anh/:id',
} as const;

/** `/huong-dan/nop-ho-so` */
export const guidePath = (slug: string) => `${routes.guides}/${encodeURIComponent(slug)}`;
