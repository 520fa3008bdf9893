// Messages for dossierCode. Keys are `dossierCode.<error code>`. Plain words: what is wrong, what to do.
const vi = {} as const;

export const dossierCodeMessages = {
  vi,
  en: {} satisfies Record<keyof typeof vi, string>,
};
