// Math in stems and options: KaTeX from our own WebJar (org.webjars.npm:katex in the WAR, no CDN),
// loaded on first use, with the delimiters the bank stores: \( \), \[ \], $$ $$ (HtmlPolicy).
const KATEX = 'webjars/katex/0.16.44/dist/'; // the version pinned in the parent pom
let loading = null;

function script(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
}

function load() {
  if (!loading) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = KATEX + 'katex.min.css';
    document.head.append(css);
    loading = script(KATEX + 'katex.min.js').then(() => script(KATEX + 'contrib/auto-render.min.js'));
  }
  return loading;
}

/** Typesets every formula under {@code root}; a formula KaTeX cannot read stays as its TeX text. */
export async function renderMath(root) {
  try {
    await load();
    window.renderMathInElement(root, { throwOnError: false });
  } catch (e) {
    // Without KaTeX the TeX stays readable as text; nothing else depends on it.
  }
}
