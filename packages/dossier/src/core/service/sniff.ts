// A file's type from its first bytes, not from its name or the type the phone claims: a
// renamed PDF is a PDF, and a script named `anh.jpg` is nothing we accept. The sniffing and
// the file-name cleaning are @govmini/platform/media's (one implementation for every package
// and for the backend); this file says which of those types a dossier takes.
import { cleanFileName, SNIFF_BYTES, sniffType } from '@govmini/platform/media';

export { cleanFileName, SNIFF_BYTES };

/** The types a dossier accepts at all; procedures narrow this per field (`accept`). */
export const ACCEPTED_FILE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[number];

const isAccepted = (type: string | undefined): type is AcceptedFileType =>
  (ACCEPTED_FILE_TYPES as readonly (string | undefined)[]).includes(type);

/** `image/jpeg` | `image/png` | `image/webp` | `application/pdf`, or undefined for anything else. */
export function sniffFileType(head: Uint8Array): AcceptedFileType | undefined {
  const type = sniffType(head);
  return isAccepted(type) ? type : undefined;
}

/** Sniffs a Blob (reads only its first bytes). */
export async function sniffBlobType(blob: Blob): Promise<AcceptedFileType | undefined> {
  return sniffFileType(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()));
}
