// Messages for money. Keys are `money.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const moneyMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
