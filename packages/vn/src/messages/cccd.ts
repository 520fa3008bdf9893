// Messages for cccd. Keys are `cccd.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const cccdMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
