'use strict';
// The report area: the core's headline (its title and a line per currency), then one block per
// section (heading, plain-sentence summary, a chart on a canvas, "show data" tables), then the
// share card. Every word and number comes from the core (the worker's Session describes the
// sections and builds the headline); this file only places them, always through textContent. Charts are drawn one per task so the page stays responsive, at the canvas's CSS
// size × devicePixelRatio, and again when the size, the pixel ratio, the colour scheme or the
// language changes.

// The chart library measures text with a <span> whose style it sets as an attribute
// (setAttribute('style', …)). The CSP allows no inline style attribute at all; the same
// declarations set through the CSSOM (element.style.cssText) are not inline markup and are
// allowed. So a style attribute set from script goes through the CSSOM; nothing else in the page
// sets one, and no statement text ever becomes markup or style.
(() => {
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function setAttributeThroughCssom(name, value) {
    if (typeof name === 'string' && name.toLowerCase() === 'style' && this.style) {
      this.style.cssText = String(value);
      return;
    }
    setAttribute.call(this, name, value);
  };
})();

const ReportView = (() => {
  let shown = null; // the worker's answer on screen: {report, headline, sections}
  let held = null; // its report read once by the core (wasm_bindgen.Report), for drawing
  let specs = null; // the charts and the size each is designed for (chartSpecs)
  /** What the page does for the report's actions (set by app.js). */
  const handlers = { removePlace: null, removedPlaces: () => [], restorePlaces: null, chooseYear: null, chooseCurrency: null };
  let printing = false;
  const drawQueue = new Set();
  let drawScheduled = false;

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  /** The core's charts with the size each is designed for: [{id, width, height}]. */
  function chartSpecs() {
    if (!specs) specs = Array.from(wasm_bindgen.chartSpecs());
    return specs;
  }

  /**
   * The report on screen as the core holds it: read once, then every chart, redraw and the
   * share card use it without passing the report across again.
   */
  function heldReport() {
    if (!held && shown && shown.report) held = new wasm_bindgen.Report(shown.report);
    return held;
  }

  /**
   * The year picker: every year in the data with its rows (the core's `years`), the reported
   * one selected; hidden when the data holds one year.
   */
  function renderYears(report) {
    const select = document.getElementById('year');
    const years = report.years || [];
    select.replaceChildren(...years.map((y) => {
      const option = el('option', null, t('yearOption', { year: y.year, n: y.transactions, count: formatCount(y.transactions) }));
      option.value = String(y.year);
      option.selected = y.year === report.year;
      return option;
    }));
    document.getElementById('year-choice').hidden = years.length < 2;
    // The currencies of the year: the sections follow the one chosen, nothing is converted.
    const currencies = Object.entries(report.currencies || {});
    const currency = document.getElementById('currency');
    currency.replaceChildren(...currencies.map(([code, totals]) => {
      const option = el('option', null, t('currencyOption', { code, n: totals.payments, count: formatCount(totals.payments) }));
      option.value = code;
      option.selected = code === report.currency;
      return option;
    }));
    document.getElementById('currency-choice').hidden = currencies.length < 2;
  }

  /** The core's headline: the title, and one line per currency (spending, income, rows). */
  function renderHeadline(headline) {
    document.getElementById('report-title').textContent = pick(headline.title);
    const box = document.getElementById('report-summary');
    box.replaceChildren(...headline.lines.map((line) => {
      const paragraph = el('p', 'headline', pick(line.text));
      paragraph.dataset.currency = line.currency;
      return paragraph;
    }));
  }

  /**
   * A table of display strings. With `action` ({label, run}), each row whose id the core gave
   * (table.rowIds) gets a button that runs the action on that id.
   */
  function renderTable(table, action) {
    const wrap = el('div', 'table-scroll');
    const element = el('table');
    if (table.caption) element.append(el('caption', null, table.caption));
    const head = el('thead');
    const headRow = el('tr');
    table.columns.forEach((column, index) => {
      const th = el('th', table.numeric && table.numeric[index] ? 'num' : null, column);
      th.scope = 'col';
      headRow.append(th);
    });
    const ids = action && table.rowIds && table.rowIds.length === table.rows.length ? table.rowIds : null;
    if (ids) {
      const th = el('th', null, action.heading);
      th.scope = 'col';
      headRow.append(th);
    }
    head.append(headRow);
    const body = el('tbody');
    table.rows.forEach((row, rowIndex) => {
      const tr = el('tr');
      row.forEach((cell, index) => tr.append(el('td', table.numeric && table.numeric[index] ? 'num' : null, cell)));
      if (ids) {
        const button = el('button', 'secondary small', action.label);
        button.type = 'button';
        button.setAttribute('aria-label', `${action.label}: ${row[0]}`);
        button.addEventListener('click', () => action.run(ids[rowIndex]));
        const td = el('td');
        td.append(button);
        tr.append(td);
      }
      body.append(tr);
    });
    element.append(head, body);
    wrap.append(element);
    return wrap;
  }

  /** A "show data" disclosure whose table is built when first opened (or printed). */
  function renderData(table, action) {
    const details = el('details', 'data');
    const summary = el('summary', null, table.caption ? t('showDataFor', { what: table.caption }) : t('showData'));
    details.append(summary);
    const build = () => {
      if (!details.dataset.built) {
        details.dataset.built = 'true';
        details.append(renderTable(table, action));
      }
    };
    details.addEventListener('toggle', () => details.open && build());
    details.buildTable = build;
    return details;
  }

  function renderSection(section, specs) {
    const block = el('section', 'report-section');
    block.id = `section-${section.id}`;
    block.dataset.section = section.id;
    const heading = el('h3', null, section.title);
    heading.id = `title-${section.id}`;
    block.setAttribute('aria-labelledby', heading.id);
    block.append(heading);
    for (const sentence of section.summary || []) block.append(el('p', 'summary', sentence));
    if (section.chart) {
      const spec = specs.find((s) => s.id === section.chart) || { id: section.chart };
      const figure = el('figure', 'chart');
      const canvas = el('canvas');
      canvas.dataset.chart = section.chart;
      canvas.dataset.drawn = 'false';
      canvas.setAttribute('role', 'img');
      // The canvas is described by the section's sentences, which say what it shows.
      canvas.setAttribute('aria-label', [section.title, ...(section.summary || [])].join(' '));
      if (spec.width && spec.height) {
        // CSSOM, not a style attribute: allowed by the CSP.
        canvas.style.aspectRatio = `${spec.width} / ${spec.height}`;
        canvas.style.maxHeight = `${spec.height}px`;
      }
      figure.append(canvas);
      block.append(figure);
    }
    if (section.note) block.append(el('p', 'note', section.note));
    // A wrongly inferred place can be removed: the places section's rows carry their ids.
    const action = section.id === 'places' && handlers.removePlace
      ? { heading: t('placeAction'), label: t('placeRemove'), run: handlers.removePlace }
      : null;
    for (const table of section.tables) {
      if (table && table.columns && table.rows && table.rows.length) block.append(renderData(table, action));
    }
    if (section.id === 'places' && handlers.removedPlaces().length) {
      const restore = el('button', 'secondary small', t('placeRestore', { n: handlers.removedPlaces().length, count: handlers.removedPlaces().length }));
      restore.type = 'button';
      restore.addEventListener('click', handlers.restorePlaces);
      const line = el('p', 'note');
      line.append(restore);
      block.append(line);
    }
    return block;
  }

  let showing = 0; // bumps with every show(), so a stale build never lands on a newer report

  /**
   * Shows the worker's answer (`{report, headline, sections}`, the sections by language) in the
   * current language: the headline at once, the sections in the next task, and each chart in a
   * task of its own when it comes near the screen, so that no task keeps the page busy long and
   * a phone never draws what nobody looks at.
   */
  function show(next) {
    if (held && (!next || !shown || next.report !== shown.report)) {
      held.free();
      held = null;
    }
    shown = next && next.report ? next : null;
    showing += 1;
    const area = document.getElementById('report');
    const container = document.getElementById('sections');
    drawQueue.clear();
    if (!shown) {
      area.hidden = true;
      container.replaceChildren();
      Share.show(null);
      return;
    }
    renderHeadline(shown.headline);
    renderYears(shown.report);
    area.hidden = false;
    const current = showing;
    setTimeout(() => {
      if (current !== showing) return;
      const sections = shown.sections[currentLang] || shown.sections.en;
      container.replaceChildren(...sections.map((section) => renderSection(section, chartSpecs())));
      for (const canvas of container.querySelectorAll('canvas[data-chart]')) {
        resizeObserver.observe(canvas);
        nearScreen.observe(canvas);
      }
      Share.show(shown.report);
    }, 0);
  }

  function dark() {
    return !printing && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  /**
   * Sets the canvas as tall as the core lays the chart out at its CSS width (charts grow taller
   * on a phone, lists are as tall as their rows), sizes the backing store to CSS size ×
   * devicePixelRatio and draws the chart.
   */
  function draw(canvas) {
    if (!heldReport() || !canvas.isConnected) return;
    const cssWidth = canvas.getBoundingClientRect().width;
    if (cssWidth === 0) return;
    // CSSOM, not a style attribute: allowed by the CSP.
    canvas.style.aspectRatio = 'auto';
    canvas.style.minHeight = '0';
    canvas.style.maxHeight = 'none';
    canvas.style.height = `${heldReport().chartHeight(canvas.dataset.chart, cssWidth, currentLang)}px`;
    const rect = canvas.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    const scale = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(rect.width * scale));
    const height = Math.max(1, Math.round(rect.height * scale));
    canvas.width = width;
    canvas.height = height;
    canvas.dataset.size = `${width}x${height}`;
    try {
      heldReport().drawChart(canvas.dataset.chart, canvas, scale, dark(), currentLang);
      canvas.dataset.drawn = 'true';
    } catch (error) {
      canvas.dataset.drawn = 'failed';
      const figure = canvas.parentElement;
      if (figure && !figure.querySelector('.chart-error')) {
        figure.append(el('figcaption', 'chart-error', t('chartFailed', { error: String(error) })));
      }
    }
  }

  /** Draws queued charts one per task: a long report never blocks the page. */
  function scheduleDraw(canvas) {
    drawQueue.add(canvas);
    if (drawScheduled) return;
    drawScheduled = true;
    const step = () => {
      const next = drawQueue.values().next();
      if (next.done) {
        drawScheduled = false;
        return;
      }
      if (!held && shown) {
        // Reading a large report into the core is a task of its own; the first chart the next.
        heldReport();
        setTimeout(step, 0);
        return;
      }
      drawQueue.delete(next.value);
      draw(next.value);
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  // Charts on or near the screen; the others are drawn when they come near it.
  const visible = new Set();
  const nearScreen = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        visible.add(entry.target);
        if (entry.target.dataset.drawn !== 'true') scheduleDraw(entry.target);
      } else {
        visible.delete(entry.target);
      }
    }
  }, { rootMargin: '300px 0px' });

  /** Everything must be drawn again (colours, pixel ratio, language): visible charts now. */
  function redrawAll() {
    for (const canvas of document.querySelectorAll('#sections canvas[data-chart]')) {
      canvas.dataset.drawn = 'false';
      if (visible.has(canvas)) scheduleDraw(canvas);
    }
    Share.redraw();
  }

  const lastWidth = new WeakMap();
  const resizeObserver = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const width = Math.round(entry.contentRect.width);
      if (lastWidth.get(entry.target) !== width) {
        if (lastWidth.has(entry.target)) {
          entry.target.dataset.drawn = 'false';
          if (visible.has(entry.target)) scheduleDraw(entry.target);
        }
        lastWidth.set(entry.target, width);
      }
    }
  });

  function watchPixelRatio() {
    // Fires when the window moves to a screen with another pixel ratio, or on zoom.
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', () => {
      redrawAll();
      watchPixelRatio();
    }, { once: true });
  }

  function wire() {
    watchPixelRatio();
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);
    // Printing: each section's first (summary) table in, not every long list; charts in light
    // colours, drawn now (a printout cannot wait). The story's cards print before them.
    const opened = [];
    window.addEventListener('beforeprint', () => {
      printing = true;
      const summaries = [...document.querySelectorAll('#sections .report-section')]
        .map((section) => section.querySelector('details.data'))
        .filter(Boolean);
      for (const details of summaries) {
        if (details.buildTable) details.buildTable();
        if (!details.open) {
          details.open = true;
          opened.push(details);
        }
      }
      for (const canvas of document.querySelectorAll('#sections canvas[data-chart]')) draw(canvas);
    });
    window.addEventListener('afterprint', () => {
      printing = false;
      for (const details of opened.splice(0)) details.open = false;
      redrawAll();
    });
    document.getElementById('year').addEventListener('change', (event) => {
      if (handlers.chooseYear) handlers.chooseYear(Number(event.target.value));
    });
    document.getElementById('currency').addEventListener('change', (event) => {
      if (handlers.chooseCurrency) handlers.chooseCurrency(event.target.value);
    });
  }

  return {
    show,
    wire,
    /** Renders the report again in the current language. */
    relabel: () => show(shown),
    /** Sets the actions: {removePlace(id), removedPlaces(), restorePlaces(), chooseYear(year), chooseCurrency(code)}. */
    setHandlers: (given) => Object.assign(handlers, given),
    /** The report on screen (as the worker sent it), or null. */
    current: () => (shown ? shown.report : null),
    /** The report on screen as the core holds it (for the share card), or null. */
    held: () => heldReport(),
  };
})();

// The share card (the story's poster, or the core's share card when the data tells no story):
// drawn by the core on a canvas, amounts hidden unless the user shows them, kept through Picture
// (picture.js): a PNG made in the page, downloaded where downloads work and always also shown as
// an <img> to long-press or right-click (in an in-app browser, at once and in place of the
// canvas), or handed to the system share sheet where the browser can.
const Share = (() => {
  let report = null;
  const canvas = () => document.getElementById('share-canvas');
  const pictureBox = () => document.getElementById('share-picture');

  function show(next) {
    // A picture of another report (or of none) must not stay on screen.
    if (next !== report) Picture.clear(pictureBox());
    report = next;
    document.getElementById('share').hidden = !report;
    stale();
  }

  function fileName() {
    return t('shareFile', { year: report.year });
  }

  function draw() {
    const held = report && ReportView.current() === report ? ReportView.held() : null;
    if (!held) return;
    const target = canvas();
    const showAmounts = document.getElementById('share-amounts').checked;
    try {
      // The story's poster when there is one (the person's facts, said in its label too);
      // the core's share card otherwise.
      const poster = StoryView.poster(showAmounts);
      if (poster) {
        held.drawStoryCard(poster.index, target, currentLang, showAmounts);
        target.setAttribute('aria-label', poster.alt);
      } else {
        held.drawShareCard(target, currentLang, showAmounts);
        target.removeAttribute('aria-label');
      }
      target.dataset.drawn = 'true';
      target.dataset.amounts = String(showAmounts);
    } catch (error) {
      target.dataset.drawn = 'failed';
      return;
    }
    // A picture on show must show what the card now says (the amounts, the language); in an
    // in-app browser the picture is the way to keep it, so it is made as soon as the card is.
    if (Picture.inApp() || Picture.showing(pictureBox())) {
      // Without a picture the card is still on its canvas and in the download: nothing to say.
      refreshPicture().catch(() => Picture.clear(pictureBox()));
    }
  }

  async function refreshPicture() {
    const file = await Picture.fileOf(canvas(), fileName());
    if (file) await Picture.show(pictureBox(), file, t('shareAlt'));
  }

  // Drawn when the card's section comes near the screen (it is a 1080×1920 picture), or before
  // it is saved. The section, not the canvas: in an in-app browser the canvas is not shown.
  let near = false;
  const observer = new IntersectionObserver((entries) => {
    near = entries.some((entry) => entry.isIntersecting);
    if (near && canvas().dataset.drawn !== 'true') setTimeout(draw, 0);
  }, { rootMargin: '300px 0px' });

  /** The card must be drawn again (new report, language, colours): now if it is in view. */
  function stale() {
    canvas().dataset.drawn = 'false';
    if (near) setTimeout(draw, 0);
  }

  function pngFile() {
    if (canvas().dataset.drawn !== 'true') draw();
    return Picture.fileOf(canvas(), fileName());
  }

  async function download() {
    const file = await pngFile();
    if (file) await Picture.save(pictureBox(), file, t('shareAlt'));
  }

  async function share() {
    const file = await pngFile();
    if (file) await Picture.share(file, t('shareTitle'));
  }

  function wire() {
    observer.observe(document.getElementById('share'));
    document.getElementById('share').classList.toggle('in-app', Picture.inApp());
    document.getElementById('share-amounts').addEventListener('change', draw);
    const save = document.getElementById('share-download');
    // In an in-app browser a download does nothing; the button still (re)makes the picture.
    if (Picture.inApp()) save.dataset.t = 'shareSave';
    save.textContent = t(save.dataset.t);
    save.addEventListener('click', download);
    const native = document.getElementById('share-native');
    // Offered only where the browser can share a file (phones, some desktops).
    native.hidden = !Picture.canShareFiles();
    native.addEventListener('click', share);
  }

  return { show, redraw: stale, wire };
})();
