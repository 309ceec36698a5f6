/** @jsxImportSource react */
import { Icon, Label, registerIcons, setIconOptions, ThemeProvider, TooltipHost } from '@fluentui/react';
import { useEffect, useId, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeJudge, markReady, type Judged } from './judge';

/**
 * Fluent UI 8 in a React view, as the corpus draws it. Fluent's icons come
 * from a font on Microsoft's CDN, which the corpus cannot reach: glyphs of our
 * own stand in, keeping Fluent's markup (`i[data-icon-name]`).
 */

const glyph = (text: string): ReactElement => <span style={{ fontStyle: 'normal' }}>{text}</span>;

function registerGlyphs(): void {
  setIconOptions({ disableWarnings: true });
  registerIcons({
    icons: {
      ChevronDown: glyph('⌄'),
      ChevronUp: glyph('⌃'),
      ChevronRight: glyph('›'),
      CheckMark: glyph('✓'),
      CircleRing: glyph('○'),
      StatusCircleCheckmark: glyph('✓'),
      Cancel: glyph('✕'),
      Clear: glyph('✕'),
      Add: glyph('+'),
      Save: glyph('💾'),
      Delete: glyph('🗑'),
      Info: glyph('ⓘ'),
      Copy: glyph('⧉'),
      Feedback: glyph('☺'),
      Refresh: glyph('↻'),
      Edit: glyph('✎'),
      Hide3: glyph('◌'),
      RedEye: glyph('👁'),
    },
  });
}

/** Draws a view into the document's body. */
export function mountFluent(view: ReactElement): void {
  registerGlyphs();
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  createRoot(root).render(<ThemeProvider>{view}</ThemeProvider>);
}

/** Reports the view's state to the judge after every render, and says when the form is drawn. */
export function useJudge(read: () => Judged, drawn = true): void {
  useEffect(() => {
    exposeJudge(read);
  });
  useEffect(() => {
    if (drawn) markReady();
  }, [drawn]);
}

/** A DOM-safe id (React's contain colons). */
export function useDomId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * A label holding an info TooltipHost, as portal forms draw them (evidence 5):
 * the TooltipHost always renders a hidden div with the tooltip sentence, so the
 * label's text content holds that sentence, though its accessible name does not.
 */
export function InfoLabel(props: { id: string; htmlFor?: string; required?: boolean; tooltip: string; children: ReactNode }): ReactElement {
  return (
    <Label id={props.id} htmlFor={props.htmlFor} required={props.required} styles={{ root: { display: 'flex', gap: 4 } }}>
      {props.children}
      <TooltipHost content={props.tooltip}>
        <Icon iconName="Info" tabIndex={0} />
      </TooltipHost>
    </Label>
  );
}
