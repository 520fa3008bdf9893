// The home tiles' pictures: simple line drawings in the text colour, decorative only (each
// tile is named by its label). Inline, so they cost no request and follow high contrast.
const icon = (d: string) => (
  <svg
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.75"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d={d} />
  </svg>
);

export const serviceIcons = {
  apply: icon('M6 2.5h8l4 4v15H6Zm7 0v5h5M9 14h6M12 11v6'),
  myDossiers: icon('M3 6.5h6l2 2h10v11H3Zm0 4h18'),
  lookup: icon('M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM15.5 15.5 21 21'),
  report: icon('M4 4h16v12H9l-5 4ZM12 7v4M12 13v.5'),
  myReports: icon('M4 4h16v12H9l-5 4ZM8 8h8M8 12h5'),
  answered: icon('M4 4h16v12H9l-5 4ZM8.5 10l2.5 2.5 4.5-4.5'),
  guides: icon('M12 6c-2-1.5-5-2-8-2v14c3 0 6 .5 8 2 2-1.5 5-2 8-2V4c-3 0-6 .5-8 2Zm0 0v14'),
  help: icon(
    'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z',
  ),
};
