'use strict';
// The list of files: each with the core's line for it (format, transactions), its warnings
// (expandable, each placed at its row and column by the core), or its problem in the core's
// words. The core says which problems are steps the user can take right here, all with the
// keyboard: a ZIP's password, the order of day and month, and which column of a bank CSV is
// which. Statement text (file names, warnings, cells of the preview) is only ever set as
// textContent.

const FileList = (() => {
  const ROLES = [
    ['date', 'roleDate'],
    ['time', 'roleTime'],
    ['amount', 'roleAmount'],
    ['debit', 'roleDebit'],
    ['credit', 'roleCredit'],
    ['direction', 'roleDirection'],
    ['currency', 'roleCurrency'],
    ['counterparty', 'roleCounterparty'],
    ['description', 'roleDescription'],
  ];
  let uid = 0;

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function stateOf(entry) {
    const outcome = entry.outcome;
    if (entry.mappingPreview) return 'step';
    if (!outcome) return 'pending';
    if (!outcome.error) return 'read';
    return outcome.step ? 'step' : 'failed';
  }

  function renderWarnings(outcome) {
    const count = outcome.warningCount;
    if (!count) return null;
    const details = el('details', 'warnings');
    details.append(el('summary', null, count === 1 ? t('warningsSummaryOne') : t('warningsSummary', { count: formatCount(count) })));
    const list = el('ul');
    // Each as the core placed it: "row 27, column 7 "金额": cannot read the amount …".
    for (const warning of outcome.warnings) list.append(el('li', null, pick(warning.message)));
    if (outcome.moreWarnings) list.append(el('li', 'more', t('warningsMore', { count: formatCount(outcome.moreWarnings) })));
    details.append(list);
    return details;
  }

  function passwordStep(entry, handlers) {
    const form = el('form', 'step step-password');
    const id = `password-${++uid}`;
    const label = el('label', null, t('passwordPrompt'));
    label.htmlFor = id;
    const input = el('input');
    input.type = 'password';
    input.id = id;
    input.name = 'password';
    input.required = true;
    // Not offered to the browser's password manager: it is used once, never stored.
    input.autocomplete = 'off';
    input.dataset.autofocus = 'true';
    const button = el('button', null, t('passwordOpen'));
    button.type = 'submit';
    const row = el('p', 'inline-fields');
    row.append(input, button);
    form.append(label, row);
    if (entry.outcome.step.wrong) {
      const wrong = el('p', 'step-error', t('passwordWrong'));
      wrong.setAttribute('role', 'alert');
      form.append(wrong);
    }
    form.append(el('p', 'hint', t('passwordHint')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const password = input.value;
      input.value = '';
      if (password) handlers.password(entry.id, password);
    });
    return form;
  }

  function datesStep(entry, handlers) {
    const form = el('form', 'step step-dates');
    const fieldset = el('fieldset');
    fieldset.append(el('legend', null, t('datesPrompt', { example: entry.outcome.step.example })));
    const name = `order-${++uid}`;
    let first = true;
    for (const [value, key] of [['day-first', 'dayFirst'], ['month-first', 'monthFirst']]) {
      const label = el('label', 'choice');
      const radio = el('input');
      radio.type = 'radio';
      radio.name = name;
      radio.value = value;
      radio.required = true;
      if (first) radio.dataset.autofocus = 'true';
      first = false;
      label.append(radio, ' ', el('span', null, t(key)));
      fieldset.append(label);
    }
    const button = el('button', null, t('readAgain'));
    button.type = 'submit';
    form.append(fieldset, button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector(`input[name="${name}"]:checked`);
      if (chosen) handlers.dateOrder(entry.id, chosen.value);
    });
    return form;
  }

  /** A field: a <label for> beside its control (not around it, so the name is the label alone). */
  function field(labelText, control) {
    const wrap = el('div', 'field');
    const label = el('label', null, labelText);
    control.id = `field-${++uid}`;
    label.htmlFor = control.id;
    wrap.append(label, control);
    return wrap;
  }

  function select(label, options, selected) {
    const element = el('select');
    for (const [value, text] of options) {
      const option = el('option', null, text);
      option.value = value;
      element.append(option);
    }
    element.value = selected === undefined || selected === null ? '' : String(selected);
    return [field(label, element), element];
  }

  function previewTable(preview, width) {
    const wrap = el('div', 'table-scroll');
    const table = el('table', 'preview');
    table.append(el('caption', null, t('mappingPreview')));
    const head = el('tr');
    const corner = el('th', null, '#');
    corner.scope = 'col';
    head.append(corner);
    for (let column = 1; column <= width; column += 1) {
      const name = preview.header[column - 1];
      const th = el('th', null, name ? `${column}: ${name}` : t('column', { n: column }));
      th.scope = 'col';
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    for (const row of preview.rows) {
      const tr = el('tr');
      const line = el('th', null, row.line);
      line.scope = 'row';
      tr.append(line);
      for (let column = 0; column < width; column += 1) tr.append(el('td', null, row.cells[column] ?? ''));
      body.append(tr);
    }
    table.append(thead, body);
    wrap.append(table);
    return wrap;
  }

  function mappingStep(entry, handlers) {
    const step = entry.outcome && entry.outcome.step;
    const preview = entry.mappingPreview || step.preview;
    const chosen = entry.options.mapping || handlers.remembered(preview) || preview.guess || {};
    const form = el('form', 'step step-mapping');
    const problem = pick((step && step.problem) || preview.problem || '');
    form.append(el('p', null, problem ? t('mappingPrompt', { problem }) : t('mappingPromptPlain')));
    const width = Math.max(preview.header.length, ...preview.rows.map((r) => r.cells.length), 1);
    form.append(previewTable(preview, width));

    const columns = [['', t('mappingNone')]];
    for (let column = 1; column <= width; column += 1) {
      const name = preview.header[column - 1];
      columns.push([String(column), name ? `${column}: ${name}` : t('column', { n: column })]);
    }
    const fields = el('div', 'fields');
    const selects = {};
    for (const [role, key] of ROLES) {
      const [wrap, element] = select(t(key), columns, chosen[role]);
      if (role === 'date') element.dataset.autofocus = 'true';
      selects[role] = element;
      fields.append(wrap);
    }
    const lineLabel = (line) => {
      const found = (preview.lines || []).find((l) => l.line === line);
      const cells = found ? found.cells.filter(Boolean).slice(0, 4).join(' · ') : '';
      return cells ? `${t('mappingLine', { line })}: ${cells}` : t('mappingLine', { line });
    };
    const headerLines = [...new Set([...(preview.headerCandidates || []), ...(chosen.headerRow ? [chosen.headerRow] : [])])];
    const [headerWrap, headerSelect] = select(t('mappingHeaderRow'), [
      ['', t('mappingAuto')],
      ...headerLines.map((line) => [String(line), lineLabel(line)]),
      ['0', t('mappingNoHeader')],
    ], chosen.headerRow);
    const [orderWrap, orderSelect] = select(t('mappingDateOrder'), [
      ['', t('mappingAuto')],
      ['day-first', t('dayFirst')],
      ['month-first', t('monthFirst')],
    ], chosen.dateOrder);
    const [decimalWrap, decimalSelect] = select(t('mappingDecimal'), [
      ['', t('mappingAuto')],
      ['.', '.  (1234.56)'],
      [',', ',  (1234,56)'],
    ], chosen.decimal);
    const text = (label, value) => {
      const input = el('input');
      input.type = 'text';
      input.value = value || '';
      return [field(label, input), input];
    };
    const [outWrap, outInput] = text(t('mappingDirectionOut'), chosen.directionOut);
    const [inWrap, inInput] = text(t('mappingDirectionIn'), chosen.directionIn);
    // The in/out values matter only with a direction column.
    const showDirection = () => {
      outWrap.hidden = !selects.direction.value;
      inWrap.hidden = !selects.direction.value;
    };
    selects.direction.addEventListener('change', showDirection);
    showDirection();
    selects.direction.parentElement.after(outWrap, inWrap);
    fields.append(headerWrap, orderWrap, decimalWrap);
    form.append(fields);
    const problemLine = el('p', 'step-error');
    problemLine.setAttribute('role', 'alert');
    problemLine.hidden = true;
    const button = el('button', null, t('mappingSubmit'));
    button.type = 'submit';
    form.append(problemLine, button);
    if (entry.mappingPreview) {
      // Opened from "Change columns…" on a file that was read: closing it keeps that reading.
      const keep = el('button', 'secondary', t('mappingKeep'));
      keep.type = 'button';
      keep.addEventListener('click', () => handlers.closeMapping(entry.id));
      form.append(' ', keep);
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const column = (role) => (selects[role].value ? Number(selects[role].value) : null);
      const mapping = { delimiter: preview.delimiter };
      for (const [role] of ROLES) mapping[role] = column(role);
      mapping.headerRow = headerSelect.value === '' ? null : Number(headerSelect.value);
      mapping.dateOrder = orderSelect.value || null;
      mapping.decimal = decimalSelect.value || null;
      if (mapping.direction) {
        mapping.directionOut = outInput.value.trim() || null;
        mapping.directionIn = inInput.value.trim() || null;
      }
      for (const key of Object.keys(mapping)) if (mapping[key] === null) delete mapping[key];
      // The core's rule, the one `--map` and its reader apply: said here before reading again.
      const refused = handlers.checkMapping(mapping);
      if (refused) {
        problemLine.textContent = pick(refused);
        problemLine.hidden = false;
        return;
      }
      handlers.mapping(entry.id, mapping, preview);
    });
    return form;
  }

  function renderEntry(entry, handlers) {
    const item = el('li', 'file');
    item.dataset.fileId = entry.id;
    const state = stateOf(entry);
    item.dataset.state = state;
    const outcome = entry.outcome;
    if (outcome && outcome.errorKind) item.dataset.errorKind = outcome.errorKind;
    if (outcome && outcome.format) item.dataset.format = outcome.format;

    const head = el('div', 'file-head');
    head.append(el('span', 'file-name', entry.name));
    const remove = el('button', 'remove secondary', '×');
    remove.type = 'button';
    remove.setAttribute('aria-label', t('removeFile', { name: entry.name }));
    remove.title = t('remove');
    remove.addEventListener('click', () => handlers.remove(entry.id));
    head.append(remove);
    item.append(head);

    if (state === 'pending') {
      item.append(el('p', 'file-detail', t('pending')));
    } else if (state === 'read') {
      item.append(el('p', 'file-detail', pick(outcome.summary)));
      for (const note of outcome.notes || []) item.append(el('p', 'file-detail note', pick(note)));
      if (entry.rememberedMapping) item.append(el('p', 'hint', t('mappingRemembered')));
      if (outcome.mappable && !entry.demo) {
        const change = el('button', 'secondary small', t('mappingChange'));
        change.type = 'button';
        change.addEventListener('click', () => handlers.changeColumns(entry.id));
        item.append(change);
      }
    } else if (state === 'failed') {
      item.append(el('p', 'file-error', pick(outcome.error)));
    }
    if (state === 'step') {
      const kind = entry.mappingPreview ? 'mapping' : outcome.step.kind;
      if (kind === 'mapping') item.append(mappingStep(entry, handlers));
      else if (kind === 'dateOrder') item.append(datesStep(entry, handlers));
      else if (kind === 'password') item.append(passwordStep(entry, handlers));
    }
    if (outcome && !outcome.error) {
      const warnings = renderWarnings(outcome);
      if (warnings) item.append(warnings);
    }
    return item;
  }

  /** Shows `entries` (see app.js) and wires each step to `handlers`. */
  function render(entries, handlers) {
    const list = document.getElementById('files');
    // Move the keyboard to a step unless the person is busy in some other field.
    const active = document.activeElement;
    const hadFocus = !active || list.contains(active) || !active.matches('input, select, textarea');
    list.replaceChildren(...entries.map((entry) => renderEntry(entry, handlers)));
    document.getElementById('files-area').hidden = entries.length === 0;
    // Keyboard users land in the first step that needs them.
    const field = list.querySelector('[data-state="step"] [data-autofocus]');
    if (field && hadFocus) field.focus();
  }

  return { render };
})();
