/**
 * A strict reader for the XML subset GraphML export uses (declaration, elements, attributes, text,
 * character and predefined entity references). It throws on anything not well-formed, so tests can
 * tell that a document would load in Gephi or Cytoscape and read the values back.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" in character data at ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, ref: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated entity reference at ${where}`);
    if (ref in PREDEFINED) return PREDEFINED[ref]!;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
    if (!numeric) throw new Error(`unknown entity &${ref}; at ${where}`);
    const code = numeric[1] === undefined ? Number(numeric[2]) : Number.parseInt(numeric[1], 16);
    if (!isXmlChar(code)) throw new Error(`character reference to a non-XML character at ${where}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(source: string): XmlElement {
  for (const ch of source) {
    if (!isXmlChar(ch.codePointAt(0) ?? 0))
      throw new Error(`character U+${ch.codePointAt(0)?.toString(16)} is not allowed in XML`);
  }
  let pos = 0;
  const skipSpace = () => {
    while (pos < source.length && /\s/.test(source[pos]!)) pos++;
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    pos = end + 2;
  }
  skipSpace();

  const element = (): XmlElement => {
    if (source[pos] !== '<') throw new Error(`expected "<" at ${pos}`);
    pos++;
    const name = NAME.exec(source.slice(pos))?.[0];
    if (!name) throw new Error(`expected an element name at ${pos}`);
    pos += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) throw new Error(`expected whitespace before an attribute at ${pos}`);
      const attr = NAME.exec(source.slice(pos))?.[0];
      if (!attr) throw new Error(`expected an attribute name at ${pos}`);
      pos += attr.length;
      skipSpace();
      if (source[pos] !== '=') throw new Error(`expected "=" after ${attr} at ${pos}`);
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") throw new Error(`expected a quoted value for ${attr} at ${pos}`);
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) throw new Error(`unterminated value for ${attr}`);
      if (attr in attributes) throw new Error(`duplicate attribute ${attr} at ${pos}`);
      attributes[attr] = decode(source.slice(pos + 1, end), pos);
      pos = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) throw new Error(`element <${name}> is not closed`);
      text += decode(source.slice(pos, next).replace(/\r\n?/g, '\n'), pos);
      pos = next;
      if (source.startsWith('</', pos)) {
        pos += 2;
        if (!source.startsWith(name, pos)) throw new Error(`expected </${name}> at ${pos}`);
        pos += name.length;
        skipSpace();
        if (source[pos] !== '>') throw new Error(`expected ">" closing </${name}> at ${pos}`);
        pos++;
        return { name, attributes, children, text };
      }
      children.push(element());
    }
  };

  const root = element();
  skipSpace();
  if (pos !== source.length) throw new Error(`content after the root element at ${pos}`);
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
