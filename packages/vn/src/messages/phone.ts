// Messages for phone. Keys are `phone.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const phoneMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
