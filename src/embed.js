/*! Cloud Server Refund Calculator · embed script (no dependencies). Copied to dist/embed.js.
 *
 * Snippet for an article (inputs optional; the link is what feed readers without scripts show):
 *   <div data-refund-calculator data-lang="zh" data-amount="1200.00">
 *     <a href="https://CALCULATOR/">云服务器退款计算器</a></div>
 *   <script src="https://CALCULATOR/embed.js" async></script>
 *
 * Each such div becomes an iframe of CALCULATOR/?embed=1&origin=<this page's origin>&… where
 * data-lang, data-policy and the input attributes (data-billing, data-paid, data-asof,
 * data-months, data-amount, data-thirdparty, data-promo, data-requests) become the URL keys of
 * the same name. The embedded page posts its content height to this page:
 *   { type: "refund-calculator:height", height: <integer CSS px> }
 * and the iframe takes that height if the message comes from the calculator's origin (the origin
 * of this script's src) AND from that very iframe; anything else is ignored.
 */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return; // only as a classic <script src>: that is how we find home
  const home = new URL('./', script.src);
  const TYPE = 'refund-calculator:height';
  const KEYS = ['lang', 'policy', 'billing', 'paid', 'asof', 'months', 'amount', 'thirdparty', 'promo', 'requests'];
  const TITLES = { zh: '云服务器退款计算器', en: 'Cloud server refund calculator' };
  const frames = [];

  // Inline !important beats any host stylesheet, so an article theme cannot squash the widget.
  const setStyle = (el, styles) => {
    for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
  };

  const mount = (box) => {
    if (box.hasAttribute('data-refund-calculator-mounted')) return; // the snippet was pasted twice
    box.setAttribute('data-refund-calculator-mounted', '');
    const lang = box.dataset.lang;
    // The English page is prerendered in English: it paints right before the app starts.
    const src = new URL(lang === 'en' ? 'en/' : './', home);
    src.searchParams.set('embed', '1');
    src.searchParams.set('origin', location.origin);
    for (const key of KEYS) {
      const value = box.dataset[key];
      if (value != null) src.searchParams.set(key, value);
    }
    // #calculator lets the prerendered page hide its header and guide with CSS (:target) before
    // the app starts, so the widget does not flash the full page.
    src.hash = 'calculator';
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = Object.hasOwn(TITLES, lang) ? TITLES[lang] : `${TITLES.zh} · ${TITLES.en}`;
    frame.loading = 'lazy';
    frame.allow = 'clipboard-write'; // the "copy result" button
    setStyle(frame, {
      display: 'block', width: '100%', 'min-width': '0', 'max-width': '100%',
      height: '640px', 'min-height': '0', 'max-height': 'none',
      border: '0', padding: '0', 'box-sizing': 'content-box', overflow: 'hidden',
    });
    frames.push(frame);
    box.replaceChildren(frame);
  };

  const mountAll = () => document.querySelectorAll('[data-refund-calculator]').forEach(mount);

  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== home.origin || !data || data.type !== TYPE) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height)) return;
    const px = Math.min(10000, Math.max(100, Math.ceil(height)));
    for (const frame of frames) {
      if (event.source && frame.contentWindow === event.source) setStyle(frame, { height: `${px}px` });
    }
  });

  mountAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
})();
