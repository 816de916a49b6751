/** Bytes to text: BOMs, UTF-16 and invalid UTF-8 handled; no file system here. */

export interface Decoded {
  text: string;
  binary: boolean;
}

const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

export function decodeBytes(bytes: Uint8Array): Decoded {
  let encoding = "utf-8";
  let offset = 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    offset = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    offset = 2;
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    offset = 3;
  }
  if (encoding === "utf-8" && looksBinary(bytes)) return { text: "", binary: true };
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(offset));
  return { text, binary: false };
}

/** A NUL byte, or many control characters, in the first 8 KiB marks a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const sample = new TextDecoder("latin1").decode(head);
  const controls = sample.match(CONTROL)?.length ?? 0;
  return head.length > 0 && controls / head.length > 0.1;
}
