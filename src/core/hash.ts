/** 32-bit FNV-1a hashes: of a string (with a seed, so one text can give independent hashes) and of numbers. */

export const FNV_OFFSET = 2166136261;

export function fnv1a(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function fnv1aNumbers(a: ArrayLike<number>): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i], 16777619);
  return h >>> 0;
}
