/** Knockout blades' generated element ids look like "_tsx_e_123" (evidence 4). */
let next = 100;
export function tsxId(): string {
  next += 1;
  return `_tsx_e_${next}`;
}
