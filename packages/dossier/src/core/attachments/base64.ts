// Bytes as base64 text for platform storage (JSON values only). Base64 is the densest text that
// survives JSON untouched: a raw binary string would have its control characters escaped to
// six characters each and lone surrogates mangled.
const CHUNK = 0x8000; // keeps String.fromCharCode's argument list well under engine limits

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
