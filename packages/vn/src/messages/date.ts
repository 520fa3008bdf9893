// Messages for date. Keys are `date.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const dateMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
