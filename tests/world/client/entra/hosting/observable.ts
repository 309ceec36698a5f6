/**
 * A tiny Knockout-style observable: call with no argument to read, with one to
 * write; subscribers run on change. Like Knockout's `value` binding, inputs
 * bound with bindValue update the model on `change` only, never on `input`.
 */
export interface Observable<T> {
  (): T;
  (next: T): void;
  subscribe(fn: (v: T) => void): () => void;
}

export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const subs = new Set<(v: T) => void>();
  function obs(): T;
  function obs(next: T): void;
  function obs(...args: [] | [T]): T | void {
    if (args.length === 0) return value;
    const [next] = args;
    if (Object.is(next, value)) return;
    value = next;
    for (const fn of subs) fn(value);
  }
  const o = obs as Observable<T>;
  o.subscribe = (fn) => {
    subs.add(fn);
    return () => subs.delete(fn);
  };
  return o;
}

/** Two-way `value` binding that listens to `change` only (Knockout's default valueUpdate). */
export function bindValue(input: HTMLInputElement, model: Observable<string>): void {
  input.value = model();
  input.addEventListener('change', () => model(input.value));
  model.subscribe((v) => {
    if (input.value !== v) input.value = v;
  });
}

export function bindText(el: HTMLElement, model: Observable<string>): void {
  el.textContent = model();
  model.subscribe((v) => {
    el.textContent = v;
  });
}

export function bindVisible(el: HTMLElement, model: Observable<boolean>): void {
  el.hidden = !model();
  model.subscribe((v) => {
    el.hidden = !v;
  });
}
