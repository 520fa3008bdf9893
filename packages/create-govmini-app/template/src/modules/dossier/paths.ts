// Where the dossier screens live. The procedure and the step of the filing journey are in the
// path and its draft in `?ban-nhap=`, so the back button and a reload land on the same page of
// the same draft.
export const paths = {
  journey: '/thu-tuc',
  procedure: (id: string) => `/thu-tuc/${encodeURIComponent(id)}`,
  mine: '/ho-so',
  lookup: '/tra-cuu',
  dossier: (code: string) => `/ho-so/${encodeURIComponent(code)}`,
};

/** `/thu-tuc[/<procedure id>[/<step>]]?ban-nhap=<draft id>`: the procedure, step and draft. */
export function journeyOf(pathname: string, search: string) {
  const match = /^\/thu-tuc(?:\/([^/]+)(?:\/([^/]+))?)?\/?$/.exec(pathname);
  if (!match) return undefined;
  const draftId = new URLSearchParams(search).get('ban-nhap') ?? undefined;
  return {
    procedureId: match[1] && decodeURIComponent(match[1]),
    step: match[2] && decodeURIComponent(match[2]),
    draftId,
  };
}

export const journeyPath = (procedureId: string, step: string, draftId: string | undefined) =>
  `${paths.procedure(procedureId)}/${encodeURIComponent(step)}${draftId ? `?ban-nhap=${encodeURIComponent(draftId)}` : ''}`;
