// The CJK text check run in every engine (fonts.spec.mjs in Chromium, engines/page.engine.mjs in
// Firefox ESR and WebKitGTK): the charts' font list (theme.rs FONT_FAMILY, read back from a drawn
// canvas) must resolve in each engine to a real CJK font, and text must measure the same in the
// DOM (where the chart library measures it, a <span>) as on the canvas (where it draws it), or
// labels overlap or are cut differently from one engine to another.

/** Runs in the page (Playwright's evaluate, WebDriver's executeScript): self-contained. */
export function measureCjk() {
  const drawn = document.querySelector('#sections canvas[data-chart][data-drawn="true"]');
  if (!drawn) return { error: 'no chart drawn yet' };
  // The last font the chart library set: "<size>px <family list>".
  const font = drawn.getContext('2d').font;
  const family = font.replace(/^.*?\d+(?:\.\d+)?px\s+/, '');
  const size = 40;
  const context = document.createElement('canvas').getContext('2d');
  const onCanvas = (text, list) => {
    context.font = `${size}px ${list}`;
    return context.measureText(text).width;
  };
  const inDom = (text, list) => {
    const span = document.createElement('span');
    // CSSOM, not a style attribute: the page's CSP forbids the latter.
    span.style.font = `${size}px ${list}`;
    span.style.position = 'absolute';
    span.style.whiteSpace = 'pre';
    span.style.visibility = 'hidden';
    span.textContent = text;
    document.body.append(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
  };
  const cjk = '年度账单支付宝微信消费';
  const mixed = '2025 年 ¥1,234.56 星期三';
  return {
    font,
    family,
    size,
    cjkLength: cjk.length,
    cjkCanvas: onCanvas(cjk, family),
    cjkDom: inDom(cjk, family),
    cjkNoto: onCanvas(cjk, '"Noto Sans CJK SC"'),
    mixedCanvas: onCanvas(mixed, family),
    mixedDom: inDom(mixed, family),
  };
}

/** What must hold of measureCjk()'s answer; a list of problems, empty when all is well. */
export function cjkProblems(measured) {
  if (measured.error) return [measured.error];
  const problems = [];
  const em = measured.size * measured.cjkLength;
  if (!/Noto Sans CJK SC/.test(measured.family) || !/sans-serif\s*$/.test(measured.family)) {
    problems.push(`the charts' font list ${JSON.stringify(measured.family)} lacks Noto Sans CJK SC or the sans-serif fallback`);
  }
  // A CJK font draws every ideograph one em wide; a missing-glyph box or a Latin font does not.
  if (Math.abs(measured.cjkCanvas - em) > em * 0.02) problems.push(`CJK text is ${measured.cjkCanvas} px on the canvas, not ${em} (1 em per ideograph)`);
  if (Math.abs(measured.cjkCanvas - measured.cjkNoto) > 0.5) problems.push(`the font list measures ${measured.cjkCanvas} px, Noto Sans CJK SC ${measured.cjkNoto}`);
  // Measured where the library measures (DOM) as where it draws (canvas).
  if (Math.abs(measured.cjkCanvas - measured.cjkDom) > 1) problems.push(`CJK text: canvas ${measured.cjkCanvas} px, DOM ${measured.cjkDom} px`);
  if (Math.abs(measured.mixedCanvas - measured.mixedDom) > 1) problems.push(`mixed text: canvas ${measured.mixedCanvas} px, DOM ${measured.mixedDom} px`);
  return problems;
}
