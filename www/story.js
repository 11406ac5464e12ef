'use strict';
// The story: after files are read, the report opens as a run of full-screen cards, one fact
// each, drawn by the core (Report.drawStoryCard) on one 1080×1920 canvas. The core chose the
// cards and wrote their words (the answer's `story`, per language, amounts hidden and shown);
// this file only shows them: the card's words as text for screen readers and as the picture's
// label, progress dots, and moving through the cards by swipe, a tap on the left or right third,
// the arrow keys and the visible buttons. "All the details" scrolls to the dashboard below.
// Amounts stay off every card until the one toggle shows them. Each card saves as a PNG made in
// the page, also shown as an <img> to long-press (picture.js), or goes to the system share sheet.

const StoryView = (() => {
  let story = null; // {en, 'zh-CN'}: {hidden: [card], shown: [card]}, or null
  let report = null; // the report the story belongs to (for the file names)
  let index = 0;
  const $ = (id) => document.getElementById(id);

  function cards() {
    if (!story) return [];
    const words = story[currentLang] || story.en;
    return $('story-amounts').checked ? words.shown : words.hidden;
  }

  /** Shows the story of the worker's answer; `open` scrolls to it (after files were read). */
  function show(result, open) {
    const next = result && result.story && result.report ? result.story : null;
    story = next;
    report = next ? result.report : null;
    const area = $('story');
    if (!story || !cards().length) {
      area.hidden = true;
      $('story-open').hidden = true;
      return;
    }
    if (open) index = 0;
    index = Math.min(index, cards().length - 1);
    area.hidden = false;
    $('story-open').hidden = false;
    if (open) {
      area.scrollIntoView({ block: 'start' });
      $('story-stage').focus({ preventScroll: true });
    }
    // Reading the report into the core is a task of its own (a large report's is the longest
    // step on the main thread); the card is drawn in the next.
    setTimeout(() => {
      if (report !== result.report) return;
      ReportView.held();
      setTimeout(render, 0);
    }, 0);
  }

  /** Draws the current card and says it: label, live text, dots, buttons. */
  function render() {
    const list = cards();
    if (!list.length) return;
    const card = list[index];
    const canvas = $('story-canvas');
    const held = ReportView.held();
    try {
      if (held) held.drawStoryCard(index, canvas, currentLang, $('story-amounts').checked);
      canvas.dataset.drawn = held ? 'true' : 'false';
    } catch (error) {
      canvas.dataset.drawn = 'failed';
    }
    canvas.dataset.card = card.id;
    // A picture of another card (or of other amounts, another language) must not stay on screen.
    Picture.clear($('story-picture'));
    canvas.dataset.amounts = String($('story-amounts').checked);
    canvas.setAttribute('aria-label', card.alt);
    $('story-text').textContent = card.alt;
    $('story-position').textContent = t('storyPosition', { n: index + 1, count: list.length });
    $('story-prev').disabled = index === 0;
    $('story-next').disabled = index === list.length - 1;
    const dots = $('story-dots');
    if (dots.children.length !== list.length) {
      dots.replaceChildren(...list.map(() => document.createElement('li')));
    }
    [...dots.children].forEach((dot, i) => {
      dot.className = i === index ? 'current' : (i < index ? 'seen' : '');
    });
    const stage = $('story-stage');
    stage.dataset.index = String(index);
    stage.classList.remove('turn');
    // Restart the (motion-respecting) turn animation.
    void stage.offsetWidth;
    stage.classList.add('turn');
  }

  function go(step) {
    const next = Math.max(0, Math.min(cards().length - 1, index + step));
    if (next === index) return;
    index = next;
    render();
  }

  function pngFile() {
    const canvas = $('story-canvas');
    const card = cards()[index];
    if (!card) return Promise.resolve(null);
    const name = t('storyFile', { year: report.year, n: String(index + 1).padStart(2, '0'), id: card.id });
    return Picture.fileOf(canvas, name);
  }

  // Kept through Picture (picture.js), like the share card: a download where downloads work and
  // always the card as an <img> under it to long-press or right-click (the one way in the in-app
  // browsers of WeChat, Alipay and QQ), or the system share sheet.
  async function save() {
    const file = await pngFile();
    const card = cards()[index];
    if (file && card) await Picture.save($('story-picture'), file, card.alt);
  }

  async function share() {
    const file = await pngFile();
    if (file) await Picture.share(file, t('storyTitle'));
  }

  /** For printing: every card as a picture (a data: URL, which the CSP allows for images). */
  function printCards() {
    const box = $('story-print');
    box.replaceChildren();
    const held = ReportView.held();
    if (!held || $('story').hidden) return;
    const canvas = document.createElement('canvas');
    cards().forEach((card, i) => {
      try {
        held.drawStoryCard(i, canvas, currentLang, $('story-amounts').checked);
      } catch {
        return;
      }
      const img = document.createElement('img');
      img.src = canvas.toDataURL('image/png');
      img.alt = card.alt;
      box.append(img);
    });
  }

  /** Whether the story fills most of the screen (the arrow keys then turn its cards). */
  let inView = false;

  function wire() {
    const stage = $('story-stage');
    window.addEventListener('beforeprint', printCards);
    window.addEventListener('afterprint', () => $('story-print').replaceChildren());
    $('story-prev').addEventListener('click', () => go(-1));
    $('story-next').addEventListener('click', () => go(1));
    $('story-amounts').addEventListener('change', render);
    $('story-save').addEventListener('click', save);
    const native = $('story-share');
    native.hidden = !Picture.canShareFiles();
    // In an in-app browser a download does nothing; the button makes the picture to long-press.
    if (Picture.inApp()) $('story-save').dataset.t = 'shareSave';
    native.addEventListener('click', share);
    $('story-details').addEventListener('click', () => {
      const target = $('report');
      target.scrollIntoView({ block: 'start' });
      $('report-title').focus({ preventScroll: true });
    });
    $('story-open').addEventListener('click', () => {
      $('story').scrollIntoView({ block: 'start' });
      stage.focus({ preventScroll: true });
    });
    // A tap on the left third goes back, on the right third forward; a swipe goes either way.
    let start = null;
    stage.addEventListener('pointerdown', (event) => {
      start = { x: event.clientX, y: event.clientY };
    });
    stage.addEventListener('pointerup', (event) => {
      if (!start) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = null;
      if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) {
        go(dx < 0 ? 1 : -1);
        return;
      }
      if (Math.abs(dx) > 10 || Math.abs(dy) > 10) return;
      const rect = stage.getBoundingClientRect();
      const x = (event.clientX - rect.left) / rect.width;
      if (x < 1 / 3) go(-1);
      else if (x > 2 / 3) go(1);
    });
    stage.addEventListener('pointercancel', () => {
      start = null;
    });
    new IntersectionObserver((entries) => {
      inView = entries.some((entry) => entry.intersectionRatio >= 0.5);
    }, { threshold: [0, 0.5, 1] }).observe($('story'));
    document.addEventListener('keydown', (event) => {
      if ($('story').hidden || event.altKey || event.ctrlKey || event.metaKey) return;
      const inStory = $('story').contains(event.target);
      const typing = event.target.closest && event.target.closest('input, select, textarea');
      if (typing || (!inStory && !inView)) return;
      if (event.key === 'ArrowRight') go(1);
      else if (event.key === 'ArrowLeft') go(-1);
      else return;
      event.preventDefault();
    });
  }

  return {
    show,
    wire,
    /** Draws the card again in the current language. */
    relabel: () => render(),
    /** The poster in the current language, {index, alt}, or null when the story has none. */
    poster(showAmounts) {
      if (!story) return null;
      const words = story[currentLang] || story.en;
      const list = showAmounts ? words.shown : words.hidden;
      const index = list.findIndex((c) => c.id === 'poster');
      return index < 0 ? null : { index, alt: list[index].alt };
    },
    /** The card shown: {index, id}. */
    current: () => ({ index, id: (cards()[index] || {}).id }),
  };
})();
