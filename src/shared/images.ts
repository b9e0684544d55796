/** An author's or commenter's photo, by its class or file name: part of the byline, not of the article. */
export const AUTHOR_PHOTO = /avatar|author|profile-(image|pic|photo)|headshot/i;

/**
 * Avatars, icons, logos, QR codes and spacer images: nothing a reader wants in the
 * article (a byline card's avatar, a share bar's icons).
 */
export function isDecorativeImage(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  if ((w > 0 && w <= 64) || (h > 0 && h <= 64)) return true;
  const names = `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`;
  return AUTHOR_PHOTO.test(names) || /icon|logo|emoji|qrcode|qr-code|spacer|badge|pixel\.gif|blank\.gif/i.test(names);
}
