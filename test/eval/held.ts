/**
 * A fixed fifth of each training set, chosen by a hash of the file name, is held apart: its
 * errors are not read while writing rules, and its figures are printed beside the rest.
 */
export function heldApart(name: string): boolean {
  return fifth(name) === 0;
}

/** Which fifth (0–4) a file falls in; fifth 0 is held apart. */
export function fifth(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 5;
}
