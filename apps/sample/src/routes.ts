/** Every screen of the sample app, by path. */
export const routes = {
  home: '/',
  adminSearch: '/dia-ban',
  platform: '/nen-tang',
  display: '/co-chu',
  account: '/tai-khoan',
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
