// Where the dossier screens live. The step of the filing journey is in the path and its draft
// in `?ban-nhap=`, so the back button and a reload land on the same page of the same draft.
export const paths = {
  journey: '/thu-tuc',
  mine: '/ho-so',
  lookup: '/tra-cuu',
  dossier: (code: string) => `/ho-so/${encodeURIComponent(code)}`,
};

/** `/thu-tuc/<step>?ban-nhap=<draft id>`: the step and the draft of the journey. */
export function journeyOf(pathname: string, search: string) {
  const match = /^\/thu-tuc(?:\/([^/]+))?\/?$/.exec(pathname);
  if (!match) return undefined;
  const draftId = new URLSearchParams(search).get('ban-nhap') ?? undefined;
  return { step: match[1] && decodeURIComponent(match[1]), draftId };
}

export const journeyPath = (step: string, draftId: string | undefined) =>
  `${paths.journey}/${encodeURIComponent(step)}${draftId ? `?ban-nhap=${encodeURIComponent(draftId)}` : ''}`;
