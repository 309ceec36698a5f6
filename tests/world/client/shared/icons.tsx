/** Small inline SVG icons (the machine's fonts may lack the symbol glyphs). */
const base = {
  width: 14,
  height: 14,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.3,
  'aria-hidden': true,
} as const;

export const CopyIcon = () => (
  <svg {...base}>
    <rect x="5" y="5" width="8.5" height="9" rx="1" />
    <path d="M3 11V3a1 1 0 0 1 1-1h6" />
  </svg>
);
export const TrashIcon = () => (
  <svg {...base}>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" />
  </svg>
);
export const SaveIcon = () => (
  <svg {...base}>
    <path d="M2.5 2.5h9l2 2v9h-11z" />
    <path d="M5 2.5v3.5h5V2.5M5 13.5V9.5h6v4" />
  </svg>
);
export const InfoIcon = () => (
  <svg {...base}>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 7.2V11.5M8 4.6v.4" />
  </svg>
);
