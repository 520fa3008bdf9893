/** `{ 'react/Button': 'src/react/Button/index.ts', … }` for the folders that have an index.ts. */
export function screenEntries(root?: string): Record<string, string>;
