// Pictures of items are served with access control: GET api/v1/bank/media/<sha-256> needs the bearer
// token (staff; a student only while their attempt holding the item is open), so an <img> cannot
// fetch them itself. This watches the page, takes such sources off the <img> before the browser asks
// without the token, loads the picture with the token and shows it as a blob: URL (CSP img-src blob:).
import { token } from './api.js';

const MEDIA = /(?:^|\/)api\/v1\/bank\/media\/([0-9a-f]{64})$/;
const loaded = new Map(); // hash → Promise of an object URL

function hashOf(src) {
  const m = MEDIA.exec(src || '');
  return m ? m[1] : null;
}

function load(hash) {
  if (!loaded.has(hash)) {
    const url = fetch('api/v1/bank/media/' + hash, { headers: { Authorization: 'Bearer ' + token() } })
      .then(r => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then(blob => URL.createObjectURL(blob));
    url.catch(() => loaded.delete(hash));
    loaded.set(hash, url);
  }
  return loaded.get(hash);
}

function show(img) {
  const hash = hashOf(img.getAttribute('src'));
  if (!hash) return;
  img.dataset.media = hash;
  img.removeAttribute('src');
  load(hash).then(url => { img.src = url; }, () => { img.classList.add('media-missing'); });
}

function scan(root) {
  if (root.querySelectorAll) root.querySelectorAll('img[src*="api/v1/bank/media/"]').forEach(show);
}

new MutationObserver(records => {
  for (const r of records) {
    if (r.type === 'attributes') {
      if (r.target.tagName === 'IMG') show(r.target);
    } else {
      r.addedNodes.forEach(n => {
        if (n.nodeType !== 1) return;
        if (n.tagName === 'IMG') show(n); else scan(n);
      });
    }
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
scan(document);
