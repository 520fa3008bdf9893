// Where the feedback screens live.
export const paths = {
  send: '/phan-anh/gui',
  mine: '/phan-anh/cua-toi',
  public: '/phan-anh',
  myReport: (id: string) => `/phan-anh/cua-toi/${encodeURIComponent(id)}`,
  publicReport: (id: string) => `/phan-anh/${encodeURIComponent(id)}`,
};
