/**
 * Toolbar icons, drawn with DOM calls (no markup strings). 20×20 viewBox, `currentColor`,
 * hidden from assistive technology: every button carrying one has its own accessible name.
 */
const PATHS = {
  // A speaker with two sound waves.
  speaker: 'M3 7.5h3l4-3.5v12l-4-3.5H3z M13 7a4 4 0 0 1 0 6 M15.5 4.5a7.5 7.5 0 0 1 0 11',
  play: 'M6 4l10 6-10 6z',
  pause: 'M6 4h3v12H6z M11 4h3v12h-3z',
  stop: 'M5 5h10v10H5z',
  // Sliders: reading settings.
  settings: 'M3 6h8 M15 6h2 M3 14h2 M9 14h8 M13 4v4 M7 12v4',
  reload: 'M16 10a6 6 0 1 1-1.8-4.3 M16 3.5v3.5h-3.5',
} as const;

export type IconName = keyof typeof PATHS;

const SVG = 'http://www.w3.org/2000/svg';
const FILLED: ReadonlySet<IconName> = new Set(['play', 'pause', 'stop']);

export function icon(doc: Document, name: IconName): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name}`);
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[name]);
  if (FILLED.has(name)) path.setAttribute('fill', 'currentColor');
  else {
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.6');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
  }
  svg.appendChild(path);
  return svg;
}
