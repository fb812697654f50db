import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'FIGCAPTION', 'TR', 'BR', 'HR', 'PRE', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/**
 * The article's text from an HTML page: Mozilla Readability picks the article body (dropping
 * navigation, share widgets and footers); block elements become paragraphs (one per line).
 */
export function htmlToArticle(html: string): { text: string; title?: string } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const title = article?.title?.trim() || undefined;
  const root = article?.content ? (parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as NodeLike) : (document.body as unknown as NodeLike | null);
  const parts: string[] = [];
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n');
  };
  if (root) walk(root);
  const body = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n\n');
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, ...(title ? { title } : {}) };
}
