import { convertTexts } from '../convert/convert-article';
import { noConversion as identity, type Convert } from '../convert/opencc-converters';

const HAN = /\p{Script=Han}/u;

/**
 * The article's text on screen, in the reader's script. Every text node of the article
 * (title, source, byline, body, captions, speaker names, removed items) is registered
 * once with the text the page gave; a script change writes `convert(original)` into each
 * node. Conversions never chain (简 → 繁 → 简 is 简 again, whatever OpenCC does with a
 * round trip), the DOM is not rebuilt (focus, open details, scroll position and the
 * read-aloud highlight stay), and only text nodes change: never URLs or attributes.
 */
export class ScriptedText {
  private readonly nodes: Text[] = [];
  private readonly originals: string[] = [];
  private readonly langRoots: Element[] = [];
  private convert: Convert = identity;
  private lang: string | null = null;

  /** Text under `root` joins; it is shown in the current script at once. */
  add(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    const added: Text[] = [];
    if (root.nodeType === 3) added.push(root as Text);
    else {
      const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) added.push(n as Text);
    }
    const han = added.filter((n) => HAN.test(n.data));
    const originals = han.map((n) => n.data);
    this.nodes.push(...han);
    this.originals.push(...originals);
    if (this.convert !== identity) convertTexts(originals, this.convert).forEach((text, i) => (han[i]!.data = text));
  }

  /** An element whose `lang` follows the script (the article; removed entries outside it). */
  addLangRoot(element: Element, originalLang: string | null): void {
    this.langRoots.push(element);
    element.setAttribute('data-original-lang', originalLang ?? '');
    this.setLang(element);
  }

  /** Show every registered text as `convert(original)`; `lang` null restores each root's own. */
  apply(convert: Convert, lang: string | null): void {
    this.convert = convert;
    this.lang = lang;
    const texts = convert === identity ? this.originals : convertTexts(this.originals, convert);
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i]!;
      const text = texts[i]!;
      if (node.data !== text) node.data = text;
    }
    for (const root of this.langRoots) this.setLang(root);
  }

  get size(): number {
    return this.nodes.length;
  }

  private setLang(element: Element): void {
    const lang = this.lang ?? element.getAttribute('data-original-lang') ?? '';
    if (lang) element.setAttribute('lang', lang);
    else element.removeAttribute('lang');
  }
}
