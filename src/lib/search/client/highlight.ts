/** Elements inside a passage that are not its text: ¶ links, note markers, editorial labels. */
export const APPARATUS = '.pilcrow, .ref, [data-apparatus]';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(APPARATUS) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Wraps characters [start, end) of the element's reading text in <mark>, across text nodes. */
function mark(nodes: Text[], start: number, end: number) {
  let at = 0;
  for (const node of nodes) {
    const [from, to] = [Math.max(start - at, 0), Math.min(end - at, node.data.length)];
    at += node.data.length;
    if (from >= to) continue;
    const piece = node.splitText(from);
    piece.splitText(to - from);
    const m = document.createElement('mark');
    m.className = 'hit';
    piece.replaceWith(m);
    m.append(piece);
  }
}

/**
 * A search result opens `page.html?hl=雏型#p57`: mark every occurrence of each `hl` string in
 * the element the anchor names, so the reader sees the hit itself, not just its paragraph.
 */
export function highlightHits(): void {
  const wanted = new URLSearchParams(location.search).getAll('hl').filter(Boolean);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!wanted.length || !target) return;
  const text = textNodes(target).map((n) => n.data).join('');
  const ranges: [number, number][] = [];
  for (const w of wanted) for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + w.length)) ranges.push([i, i + w.length]);
  // Last first, so that splitting nodes never moves a range still to be marked.
  for (const [s, e] of ranges.sort((a, b) => b[0] - a[0])) mark(textNodes(target), s, e);
}
