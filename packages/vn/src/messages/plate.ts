// Messages for plate. Keys are `plate.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const plateMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
