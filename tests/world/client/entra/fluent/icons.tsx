/**
 * Fluent's icons normally come from a font on Microsoft's CDN, which the
 * world cannot reach; these stand-ins keep Fluent's markup (i[data-icon-name])
 * with glyphs drawn by us.
 */
import { registerIcons, setIconOptions } from '@fluentui/react';

const glyph = (text: string) => <span style={{ fontStyle: 'normal', fontFamily: 'Segoe UI, sans-serif' }}>{text}</span>;

export function registerWorldIcons(): void {
  setIconOptions({ disableWarnings: true });
  registerIcons({
    icons: {
      ChevronDown: glyph('⌄'),
      ChevronUp: glyph('⌃'),
      ChevronRight: glyph('›'),
      ChevronRightMed: glyph('›'),
      CheckMark: glyph('✓'),
      StatusCircleCheckmark: glyph('✓'),
      CircleRing: glyph('○'),
      Cancel: glyph('✕'),
      Clear: glyph('✕'),
      Add: glyph('+'),
      Save: glyph('💾'),
      Refresh: glyph('↻'),
      Edit: glyph('✎'),
      Delete: glyph('🗑'),
      Info: glyph('ⓘ'),
      Copy: glyph('⧉'),
      More: glyph('…'),
      Search: glyph('⌕'),
      Play: glyph('▶'),
      Stop: glyph('■'),
      Download: glyph('⤓'),
      Upload: glyph('⤒'),
      Feedback: glyph('♡'),
      ErrorBadge: glyph('⊗'),
      Completed: glyph('✓'),
      Warning: glyph('⚠'),
      Blocked2: glyph('⊘'),
      Lightning: glyph('⚡'),
      SortUp: glyph('↑'),
      SortDown: glyph('↓'),
      Filter: glyph('⏷'),
    },
  });
}
