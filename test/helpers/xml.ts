/**
 * XML 1.0 well-formedness, checked by saxes (the strict parser behind jsdom). fast-xml-parser's
 * validator, which @astrojs/rss uses, accepts characters XML forbids (U+000B, U+FFFF) and unknown
 * entities, which are exactly what breaks a feed in a strict reader.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The element's own text, decoded once as XML (entities and character references resolved). */
  text: string;
  children: XmlElement[];
}

/** The first well-formedness error, or null when the document is well-formed. */
export function xmlError(xml: string): string | null {
  try {
    parseXml(xml);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The document's root element; throws on the first well-formedness error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, text: '', children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` under `element`, in document order. */
export function elements(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...elements(child, name)]);
}
