/** The control's own styles, inside its shadow root so the portal's CSS cannot reach it (nor ours the portal). */
export const CONTROL_CSS = `
:host { all: initial; display: block; margin: 6px 0 10px; font: 13px/1.4 'Segoe UI', system-ui, sans-serif; color: #242424; }
.box { border: 1px solid #0f6cbd; border-left-width: 4px; border-radius: 6px; background: #f5f9fd; padding: 6px 10px; }
.head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.brand { font-weight: 600; color: #0f6cbd; }
.grow { flex: 1; }
button { font: inherit; cursor: pointer; border: 1px solid #0f6cbd; border-radius: 4px; background: #fff; color: #0f6cbd; padding: 2px 10px; }
button.primary { background: #0f6cbd; color: #fff; }
button:disabled, button.waiting { opacity: .6; cursor: default; }
button:focus-visible { outline: 2px solid #242424; outline-offset: 2px; }
ul { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 4px; }
li { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.st { font-weight: 600; }
.filled .st, .already-right .st { color: #107c10; }
.conflict .st { color: #bc4b09; }
.not-found .st, .failed .st { color: #c50f1f; }
.note { color: #3b3b3b; margin: 6px 0 0; }
.warn { color: #bc4b09; }
.next { margin: 6px 0 0; font-weight: 600; }
.done { margin: 6px 0 0; color: #107c10; font-weight: 600; }
.missing { list-style: disc; margin: 4px 0 0 18px; display: block; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6e6e6; }
  .box { background: #1b2a38; border-color: #479ef5; }
  .brand, button { color: #479ef5; border-color: #479ef5; }
  button { background: #1f1f1f; }
  button.primary { background: #479ef5; color: #111; }
  .note { color: #cfcfcf; }
}
`;
