// Messages for taxCode. Keys are `taxCode.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const taxCodeMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
