/**
 * jsdom has no DataTransfer, and its `input.files` setter accepts only its own
 * FileList. This test-only stand-in builds one through jsdom's wrapper/impl
 * symbols, so setFileInput runs its real path (new DataTransfer, items.add,
 * input.files = transfer.files) in tests. Chrome has all of this natively.
 */

function implOf(wrapper: object): unknown {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  if (!symbol) throw new Error('not a jsdom wrapper');
  return (wrapper as Record<symbol, unknown>)[symbol];
}

export function installDataTransfer(win: Window & typeof globalThis): void {
  class TestDataTransfer {
    readonly files: FileList;
    readonly items: { add: (file: File) => void };
    constructor() {
      const holder = win.document.createElement('input');
      holder.type = 'file';
      const files = holder.files;
      if (!files) throw new Error('jsdom gave no FileList');
      this.files = files;
      const list = implOf(files) as unknown[];
      this.items = { add: (file: File) => void list.push(implOf(file)) };
    }
  }
  Object.defineProperty(win, 'DataTransfer', { value: TestDataTransfer, configurable: true, writable: true });
}
