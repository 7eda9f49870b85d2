// Small SVG charts drawn by hand (no library, no CDN): bars, stacked bars, box plots, a histogram,
// a scatter. Every mark carries a <title>, so hovering (or a screen reader) explains what it is.
const NS = 'http://www.w3.org/2000/svg';

function svg(width, height) {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('viewBox', `0 0 ${width} ${height}`);
  s.setAttribute('role', 'img');
  return s;
}

function node(tag, attrs, title) {
  const n = document.createElementNS(NS, tag);
  Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
  if (title) { const t = document.createElementNS(NS, 'title'); t.textContent = title; n.append(t); }
  return n;
}

function text(x, y, value, anchor = 'middle') {
  const t = node('text', { x, y, 'text-anchor': anchor, class: 'chart-label' });
  t.textContent = value;
  return t;
}

/** Vertical bars: items [{label, value, title}] on a 0..max scale. */
export function bars(items, { max = 10, color = '#2563eb', format = String } = {}) {
  const w = 600, h = 220, left = 30, bottom = 40, top = 10;
  const s = svg(w, h);
  const step = (w - left) / Math.max(1, items.length);
  s.append(node('line', { x1: left, y1: h - bottom, x2: w, y2: h - bottom, class: 'chart-axis' }));
  for (let v = 0; v <= max; v += max / 5) s.append(text(left - 4, h - bottom - (v / max) * (h - bottom - top) + 4, format(v), 'end'));
  items.forEach((it, i) => {
    const value = it.value ?? 0;
    const bh = (Math.max(0, value) / max) * (h - bottom - top);
    const x = left + i * step + step * 0.15;
    s.append(node('rect', { x, y: h - bottom - bh, width: step * 0.7, height: bh, fill: it.color || color }, it.title));
    if (it.value !== null && it.value !== undefined) s.append(text(x + step * 0.35, h - bottom - bh - 3, format(value)));
    s.append(text(x + step * 0.35, h - bottom + 14, it.label));
  });
  return s;
}

/** Stacked horizontal bars: rows [{label, parts:[{value, color, title}]}]. */
export function stacked(rows, legend) {
  const w = 600, rowH = 26, left = 90, top = 24;
  const h = top + rows.length * rowH + 10;
  const s = svg(w, h);
  let lx = left;
  legend.forEach(l => {
    s.append(node('rect', { x: lx, y: 4, width: 10, height: 10, fill: l.color }));
    s.append(text(lx + 14, 13, l.label, 'start'));
    lx += 14 + l.label.length * 6.5 + 12;
  });
  rows.forEach((r, i) => {
    const total = r.parts.reduce((a, p) => a + p.value, 0) || 1;
    let x = left;
    const y = top + i * rowH;
    s.append(text(left - 6, y + 15, r.label, 'end'));
    r.parts.forEach(p => {
      const pw = (p.value / total) * (w - left - 10);
      if (pw > 0) s.append(node('rect', { x, y, width: pw, height: rowH - 6, fill: p.color }, p.title));
      if (pw > 18) s.append(text(x + pw / 2, y + 14, String(p.value)));
      x += pw;
    });
  });
  return s;
}

/** Box plots on 0..10: rows [{label, min, q1, median, q3, max, title}]. */
export function boxes(rows) {
  const w = 600, rowH = 30, left = 90, right = 10, top = 20;
  const h = top + rows.length * rowH + 10;
  const s = svg(w, h);
  const x = v => left + (v / 10) * (w - left - right);
  for (let v = 0; v <= 10; v += 2) {
    s.append(node('line', { x1: x(v), y1: top - 4, x2: x(v), y2: h - 6, class: 'chart-axis', 'stroke-dasharray': '2 3' }));
    s.append(text(x(v), top - 8, String(v)));
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH + rowH / 2;
    s.append(text(left - 6, y + 4, r.label, 'end'));
    if (r.median === null || r.median === undefined) return;
    const g = node('g', {}, r.title);
    g.append(node('line', { x1: x(r.min), y1: y, x2: x(r.max), y2: y, stroke: '#475569' }));
    g.append(node('rect', { x: x(r.q1), y: y - 9, width: Math.max(1, x(r.q3) - x(r.q1)), height: 18, fill: '#bfdbfe', stroke: '#1d4ed8' }));
    g.append(node('line', { x1: x(r.median), y1: y - 9, x2: x(r.median), y2: y + 9, stroke: '#1e3a8a', 'stroke-width': 2 }));
    s.append(g);
  });
  return s;
}

/** Scatter on 0..10 × 0..10 with the diagonal (periodic = regular): points [{x, y, title, flagged}]. */
export function scatter(points) {
  const w = 320, h = 320, pad = 30;
  const s = svg(w, h);
  const sx = v => pad + (v / 10) * (w - 2 * pad);
  const sy = v => h - pad - (v / 10) * (h - 2 * pad);
  s.append(node('rect', { x: pad, y: pad, width: w - 2 * pad, height: h - 2 * pad, fill: 'none', class: 'chart-axis' }));
  s.append(node('line', { x1: sx(0), y1: sy(0), x2: sx(10), y2: sy(10), stroke: '#94a3b8', 'stroke-dasharray': '4 4' }));
  for (let v = 0; v <= 10; v += 2) { s.append(text(sx(v), h - pad + 14, String(v))); s.append(text(pad - 6, sy(v) + 4, String(v), 'end')); }
  points.forEach(p => s.append(node('circle', { cx: sx(p.x), cy: sy(p.y), r: 5, fill: p.flagged ? '#dc2626' : '#2563eb', 'fill-opacity': 0.75 }, p.title)));
  return s;
}
