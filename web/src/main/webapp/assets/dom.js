// The pages' DOM helpers, one copy (issue 12: el() existed in several versions).
//
// el(tag, props, ...children): props are element properties (className, textContent, value, disabled, htmlFor…);
// also accepted, for the pages written with attributes: class (the className), html (the innerHTML; only for HTML
// the server has sanitised), data-* / dataFoo and aria-* (attributes), and any other name the element has no
// property for (tabindex, colspan…) as an attribute. Children are nodes or text (null and undefined are nothing);
// arrays are flattened.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(props || {}).forEach(([k, v]) => {
    if (k === 'class') node.className = v;
    else if (k === 'html') node.innerHTML = v;
    else if (k.startsWith('aria-') || (k.startsWith('data') && k !== 'dataset')) node.setAttribute(k.replace(/[A-Z]/g, c => '-' + c.toLowerCase()), v);
    else if (k in node) node[k] = v;
    else node.setAttribute(k, v);
  });
  children.flat().forEach(c => { if (c !== null && c !== undefined) node.append(c); });
  return node;
}

/** The element with this id. */
export const $ = id => document.getElementById(id);
