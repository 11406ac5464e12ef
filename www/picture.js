'use strict';
// Pictures the page makes (the share card; any later card goes through here too) and the ways
// a person keeps one. A download link (`<a download>`) works in desktop browsers but not in the
// in-app browsers of WeChat, Alipay or QQ, where a person saves an image by long-pressing it; so
// every exported picture is also shown as an <img> (a data: URL, which the CSP's `img-src data:`
// allows and which those apps can save) with a one-line hint, and in a detected in-app browser
// that picture is offered first, instead of a download that would silently do nothing. Where the
// browser can share a file (Web Share with files), the system share sheet is offered too.

const Picture = (() => {
  // WeChat (MicroMessenger), Alipay (AlipayClient) and QQ (`QQ/…`; not QQBrowser, a full
  // browser) name themselves in the user agent on iOS and Android alike.
  const IN_APP = /MicroMessenger\/|AlipayClient\/|\bQQ\//;

  /** True in an in-app browser that ignores `<a download>` (a user agent string, or this one). */
  function inApp(userAgent = navigator.userAgent) {
    return IN_APP.test(String(userAgent || ''));
  }

  /** The PNG of `canvas` as a File called `name` (null when the browser cannot encode it). */
  function fileOf(canvas, name) {
    return new Promise((resolve) => {
      canvas.toBlob((blob) => resolve(blob ? new File([blob], name, { type: 'image/png' }) : null), 'image/png');
    });
  }

  /** A data: URL of a Blob, read without blocking the page (unlike canvas.toDataURL). */
  function dataUrlOf(blob) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  }

  /**
   * Shows `file` in `box` as an <img> to long-press or right-click, described by `alt`, with the
   * hint under it. Resolves once the picture is in place; a later call replaces it.
   */
  async function show(box, file, alt) {
    const token = (Number(box.dataset.pictureToken) || 0) + 1;
    box.dataset.pictureToken = String(token);
    const url = await dataUrlOf(file);
    // A newer picture (or clear()) came meanwhile: this one is stale.
    if (box.dataset.pictureToken !== String(token)) return;
    const image = document.createElement('img');
    image.className = 'picture-image';
    image.alt = alt;
    image.src = url;
    image.dataset.name = file.name;
    const hint = document.createElement('p');
    hint.className = 'picture-hint';
    hint.dataset.t = inApp() ? 'pictureHintInApp' : 'pictureHint';
    hint.textContent = t(hint.dataset.t);
    box.replaceChildren(image, hint);
    box.hidden = false;
    box.dataset.shown = 'true';
  }

  /** Takes the picture away (it no longer shows what the canvas shows). */
  function clear(box) {
    box.dataset.pictureToken = String((Number(box.dataset.pictureToken) || 0) + 1);
    box.replaceChildren();
    box.hidden = true;
    box.dataset.shown = 'false';
  }

  /** True when `box` holds a picture. */
  function showing(box) {
    return box.dataset.shown === 'true';
  }

  /**
   * Saves `file`: a download where downloads work, and in every browser the picture in `box`,
   * which is the one way in an in-app browser.
   */
  async function save(box, file, alt) {
    if (!inApp()) {
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
    await show(box, file, alt);
  }

  /** True where the browser can hand a picture to the system share sheet. */
  function canShareFiles() {
    if (!navigator.canShare || !navigator.share) return false;
    try {
      return navigator.canShare({ files: [new File([new Uint8Array(1)], 'x.png', { type: 'image/png' })] });
    } catch {
      return false;
    }
  }

  /** Hands `file` to the system share sheet; a dismissed sheet is not an error. */
  async function share(file, title) {
    if (!navigator.canShare || !navigator.canShare({ files: [file] })) return;
    try {
      await navigator.share({ files: [file], title });
    } catch {
      // Dismissed by the user: nothing to do.
    }
  }

  return { inApp, fileOf, show, clear, showing, save, canShareFiles, share };
})();
