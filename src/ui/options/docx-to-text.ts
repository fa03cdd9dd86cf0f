/** A .docx file as Markdown: mammoth (loaded only when a .docx is opened) gives HTML, read here into lines. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { value: html } = await mammoth.convertToHtml({ arrayBuffer: buffer });
  // DOMParser builds an inert document: no script in the file runs, no image loads.
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    for (const child of Array.from(element.children)) {
      const tag = child.tagName.toLowerCase();
      const heading = /^h([1-6])$/.exec(tag);
      if (heading) lines.push('', `${'#'.repeat(Number(heading[1]))} ${child.textContent?.trim() ?? ''}`, '');
      else if (tag === 'ul' || tag === 'ol') walk(child, depth + 1);
      else if (tag === 'li') {
        const own = Array.from(child.childNodes)
          .filter((node) => !(node instanceof Element && /^(ul|ol)$/i.test(node.tagName)))
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        lines.push(`${'  '.repeat(Math.max(0, depth - 1))}- ${own}`);
        for (const inner of Array.from(child.children))
          if (/^(ul|ol)$/i.test(inner.tagName)) walk(inner, depth + 1);
      } else if (/^(table|tbody|thead|tfoot)$/.test(tag)) walk(child, depth);
      else if (tag === 'tr') {
        // One row is one line of the policy ("Designated Safeguarding Lead – Ms R. Okafor"): its cells alone would
        // read as short headings.
        const cells = Array.from(child.children)
          .map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .filter(Boolean);
        if (cells.length > 0) lines.push(`- ${cells.join(' – ')}`);
      } else if (child.textContent?.trim()) lines.push('', child.textContent.trim(), '');
    }
  };
  walk(body, 0);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
