// Bytes to text. UTF-8, with a BOM or without; UTF-16 when a BOM says so. A NUL byte means a
// binary file (a PDF, an image renamed .txt); invalid UTF-8 is loaded with replacement
// characters and reported, pointing at the first one.

export type Decoded =
  | { kind: 'text'; text: string; invalidAt?: number }
  | { kind: 'binary' };

const utf8 = new TextDecoder('utf-8');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      return { kind: 'text', text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
    } catch {
      return { kind: 'binary' };
    }
  }
  if (bytes.indexOf(0) >= 0) return { kind: 'binary' };
  try {
    return { kind: 'text', text: utf8Strict.decode(bytes) };
  } catch {
    const text = utf8.decode(bytes);
    return { kind: 'text', text, invalidAt: Math.max(0, text.indexOf('\ufffd')) };
  }
}
