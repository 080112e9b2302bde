// Quarry Studio: one page over the JSON API. Plain ES module, no build step.
const token = new URLSearchParams(location.search).get('token');
const $ = (selector) => document.querySelector(selector);
let models = [];
let current = null;        // the model shown
let rows = [];             // the rows of the page
let edits = new Map();     // key JSON -> {field: value}
let state = readHash();
let lastLog = 0;

const TEXT_OPS = ['contains', 'startsWith', 'endsWith', 'eq', 'ne'];
const ORDERED_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];

async function api(method, path, body) {
  const response = await fetch('/api/' + path, {
    method,
    headers: { 'X-Quarry-Token': token, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  refreshConsole();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  return { model: p.get('model'), page: Number(p.get('page') || 0), sort: p.get('sort') || '', dir: p.get('dir') || 'asc',
    filters: (p.get('f') || '').split('\u001f').filter(Boolean) };
}

function writeHash() {
  const p = new URLSearchParams({ model: current.name, page: state.page, sort: state.sort, dir: state.dir });
  if (state.filters.length) p.set('f', state.filters.join('\u001f'));
  history.replaceState(null, '', location.pathname + location.search + '#' + p.toString());
}

function showError(message) {
  const box = $('#error');
  box.textContent = message || '';
  box.hidden = !message;
}

async function loadModels() {
  models = await api('GET', 'models');
  const list = $('#models');
  list.replaceChildren(...models.map((m) => {
    const item = document.createElement('li');
    item.dataset.model = m.name;
    item.innerHTML = `<span></span><span class="count"></span>`;
    item.firstChild.textContent = m.name;
    item.lastChild.textContent = (m.size.estimated ? '≈' : '') + m.size.count;
    item.onclick = () => open(m.name, []);
    return item;
  }));
}

function open(name, filters) {
  state = { model: name, page: 0, sort: '', dir: 'asc', filters };
  current = models.find((m) => m.name === name);
  loadRows();
}

function keyOf(model, row) {
  const key = {};
  for (const field of model.key) key[field] = row[model.fields.find((f) => f.name === field).column];
  // The version read travels with the key: a save of a row someone changed since is refused.
  const version = model.fields.find((f) => f.version);
  if (version) key[version.name] = row[version.column];
  return key;
}

async function loadRows() {
  current = models.find((m) => m.name === state.model) || models[0];
  if (!current) return;
  edits = new Map();
  writeHash();
  document.querySelectorAll('#models li').forEach((li) => li.classList.toggle('active', li.dataset.model === current.name));
  $('#title').textContent = current.name;
  fillFilterFields();
  const query = new URLSearchParams({ token, page: state.page, size: 50, sort: state.sort, dir: state.dir });
  if (state.filters.length) query.set('filter', state.filters.join('\u001f'));
  try {
    const data = await api('GET', `models/${current.name}/rows?${query}`);
    rows = data.rows;
    renderGrid();
    const total = data.total;
    const count = `${total.estimated ? '≈' : ''}${total.count}${total.atLeast ? '+' : ''}`;
    $('#page').textContent = `page ${data.page + 1} · ${count} ${total.count === 1 && !total.atLeast ? 'row' : 'rows'}`;
    $('#prev').disabled = data.page === 0;
    $('#next').disabled = !data.more;
    showError('');
  } catch (e) {
    showError(e.message);
  }
  renderFilters();
  updateButtons();
}

function renderGrid() {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.insertCell().outerHTML = '<th></th>';
  for (const field of current.fields) {
    const th = document.createElement('th');
    th.dataset.field = field.name;
    th.textContent = field.name + (state.sort === field.name ? (state.dir === 'asc' ? ' ▲' : ' ▼') : '');
    th.onclick = () => { state.dir = state.sort === field.name && state.dir === 'asc' ? 'desc' : 'asc'; state.sort = field.name; state.page = 0; loadRows(); };
    head.appendChild(th);
  }
  const counted = current.relations.filter((r) => r.kind === 'ONE_TO_MANY' || r.kind === 'MANY_TO_MANY');
  for (const relation of counted) {
    const th = document.createElement('th');
    th.textContent = relation.field;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    const key = JSON.stringify(keyOf(current, row));
    tr.dataset.key = key;
    const select = document.createElement('input');
    select.type = 'checkbox';
    select.className = 'select';
    select.onchange = updateButtons;
    tr.insertCell().appendChild(select);
    for (const field of current.fields) {
      const td = tr.insertCell();
      td.dataset.field = field.name;
      showValue(td, field, row[field.column]);
      if (field.readOnly) {
        td.classList.add('read-only');
        td.title = field.computed ? `computed: ${field.computed}` : 'version: Quarry adds one on every save';
      } else {
        td.ondblclick = () => edit(td, field, row, key);
      }
    }
    for (const relation of counted) {
      const td = tr.insertCell();
      td.dataset.relation = relation.field;
      const count = row['_count_' + relation.field];
      const link = document.createElement('a');
      link.href = '#';
      link.className = 'rel';
      link.textContent = `${count} ${relation.field}`;
      if (relation.fields) {
        const filters = relation.references.map((target, i) => `${target}:eq:${row[current.fields.find((f) => f.name === relation.fields[i]).column]}`);
        link.onclick = (event) => { event.preventDefault(); open(relation.target, filters); };
      }
      td.appendChild(link);
    }
  }
  $('#grid').replaceChildren(table);
}

function showValue(td, field, value) {
  td.replaceChildren();
  td.classList.toggle('null', value === null || value === undefined);
  if (value === null || value === undefined) { td.textContent = 'NULL'; return; }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const owning = current.relations.find((r) => r.owning && r.fields.includes(field.name));
  if (owning) {
    const link = document.createElement('a');
    link.href = '#';
    link.className = 'fk';
    link.dataset.target = owning.target;
    link.textContent = text;
    const reference = owning.references[owning.fields.indexOf(field.name)];
    link.onclick = (event) => { event.preventDefault(); open(owning.target, [`${reference}:eq:${text}`]); };
    td.appendChild(link);
    return;
  }
  td.textContent = text;
}

function editorFor(field, value) {
  let input;
  if (field.values && !field.list) {
    input = document.createElement('select');
    for (const v of field.values) input.add(new Option(v, v, false, v === value));
  } else if (field.type === 'BOOLEAN' && !field.list) {
    input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = value === true;
  } else if (field.type === 'JSON' || field.list) {
    input = document.createElement('textarea');
    input.value = value === null || value === undefined ? '' : JSON.stringify(value);
  } else {
    input = document.createElement('input');
    input.type = { INT: 'number', SHORT: 'number', LONG: 'number', FLOAT: 'number', DOUBLE: 'number', DECIMAL: 'number',
      LOCAL_DATE: 'date', LOCAL_TIME: 'time', LOCAL_DATE_TIME: 'datetime-local' }[field.type] || 'text';
    if (input.type === 'time' || input.type === 'datetime-local') input.step = '1';
    if (input.type === 'number') input.step = 'any';
    input.value = value === null || value === undefined ? '' : String(value);
  }
  input.className = 'cell-editor';
  return input;
}

function valueOf(field, input) {
  if (input.type === 'checkbox') return input.checked;
  if (field.type === 'JSON' || field.list) return input.value === '' ? null : JSON.parse(input.value);
  return input.value;
}

function edit(td, field, row, key) {
  if (!current.key.length || td.querySelector('.cell-editor')) return;
  const input = editorFor(field, row[field.column]);
  const done = (value) => {
    const change = edits.get(key) || {};
    change[field.name] = value;
    edits.set(key, change);
    row[field.column] = value;
    showValue(td, field, value);
    td.classList.add('dirty');
    updateButtons();
  };
  td.replaceChildren(input);
  if (field.nullable) {
    const setNull = document.createElement('button');
    setNull.textContent = 'NULL';
    setNull.className = 'set-null';
    setNull.onclick = () => done(null);
    td.appendChild(setNull);
  }
  input.focus();
  input.onkeydown = (event) => {
    if (event.key === 'Enter' && input.tagName !== 'TEXTAREA') done(valueOf(field, input));
    if (event.key === 'Escape') showValue(td, field, row[field.column]);
  };
  input.onchange = () => { if (input.type === 'checkbox' || input.tagName === 'SELECT') done(valueOf(field, input)); };
}

function updateButtons() {
  const selected = document.querySelectorAll('input.select:checked').length;
  $('#delete').disabled = selected === 0 || !current || !current.key.length;
  $('#save').disabled = edits.size === 0;
  $('#discard').disabled = edits.size === 0;
  $('#save').textContent = edits.size ? `Save changes (${edits.size})` : 'Save changes';
  $('#refresh').hidden = !current || !current.materialized;
}

async function save() {
  const body = { edits: [...edits].map(([key, values]) => ({ key: JSON.parse(key), values })) };
  try {
    await api('PATCH', `models/${current.name}/rows`, body);
    await loadRows();
  } catch (e) {
    showError(e.message);
  }
}

async function remove() {
  const keys = [...document.querySelectorAll('input.select:checked')].map((box) => JSON.parse(box.closest('tr').dataset.key));
  if (!confirm(`Delete ${keys.length} ${current.name} row(s)? This cannot be undone.`)) return;
  try {
    await api('DELETE', `models/${current.name}/rows`, { keys });
    await loadModels();
    await loadRows();
  } catch (e) {
    showError(e.message);
  }
}

function showAddForm() {
  const form = $('#add-form');
  form.replaceChildren();
  for (const field of current.fields.filter((f) => !f.readOnly)) {
    const label = document.createElement('label');
    label.textContent = field.name + (!field.nullable && !field.hasDefault ? ' *' : '');
    const input = editorFor(field, null);
    input.name = field.name;
    input.className = 'add-input';
    if (field.hasDefault) input.placeholder = 'default';
    form.append(label, input);
  }
  const submit = document.createElement('button');
  submit.id = 'add-submit';
  submit.type = 'submit';
  submit.textContent = `Create ${current.name}`;
  form.append(document.createElement('span'), submit);
  form.hidden = false;
  form.onsubmit = async (event) => {
    event.preventDefault();
    const values = {};
    for (const field of current.fields.filter((f) => !f.readOnly)) {
      const input = form.elements[field.name];
      const empty = input.type !== 'checkbox' && input.value === '';
      if (!empty) values[field.name] = valueOf(field, input);
    }
    try {
      await api('POST', `models/${current.name}/rows`, values);
      form.hidden = true;
      await loadModels();
      await loadRows();
    } catch (e) {
      showError(e.message);
    }
  };
}

function fillFilterFields() {
  const select = $('#filter-field');
  select.replaceChildren(...current.fields.map((f) => new Option(f.name, f.name)));
  fillOperators();
}

function fillOperators() {
  const field = current.fields.find((f) => f.name === $('#filter-field').value);
  let ops = field.type === 'STRING' ? TEXT_OPS : field.type === 'BOOLEAN' || field.values ? ['eq', 'ne'] : ORDERED_OPS;
  if (field.nullable) ops = [...ops, 'isNull', 'isNotNull'];
  $('#filter-op').replaceChildren(...ops.map((op) => new Option(op, op)));
}

function renderFilters() {
  $('#filters').replaceChildren(...state.filters.map((filter, index) => {
    const chip = document.createElement('span');
    chip.className = 'chip';
    chip.textContent = filter.replaceAll(':', ' ');
    const x = document.createElement('button');
    x.textContent = '×';
    x.onclick = () => { state.filters.splice(index, 1); state.page = 0; loadRows(); };
    chip.appendChild(x);
    return chip;
  }));
}

function csv() {
  const columns = current.fields.map((f) => f.column);
  // A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading ' (OWASP's advice).
  const neutral = (text) => /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  const quote = (v) => v === null || v === undefined ? '' : `"${neutral(typeof v === 'object' ? JSON.stringify(v) : String(v)).replaceAll('"', '""')}"`;
  const text = [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c])).join(','))].join('\n');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  link.download = `${current.table}-page${state.page + 1}.csv`;
  link.click();
}

async function refreshConsole() {
  const response = await fetch(`/api/log?after=${lastLog}`, { headers: { 'X-Quarry-Token': token } });
  if (!response.ok) return;
  for (const entry of await response.json()) {
    lastLog = entry.id;
    const item = document.createElement('li');
    item.className = 'sql';
    item.textContent = `${entry.sql}  `;
    const params = document.createElement('span');
    params.className = 'params';
    params.textContent = `[${entry.parameters.join(', ')}] ${entry.micros} µs`;
    item.appendChild(params);
    $('#console').appendChild(item);
  }
  $('#console-pane').scrollTop = $('#console-pane').scrollHeight;
}

$('#filter-field').onchange = fillOperators;
$('#filter-add').onclick = () => { state.filters.push(`${$('#filter-field').value}:${$('#filter-op').value}:${$('#filter-value').value}`); state.page = 0; loadRows(); };
$('#prev').onclick = () => { state.page = Math.max(0, state.page - 1); loadRows(); };
$('#next').onclick = () => { state.page += 1; loadRows(); };
$('#save').onclick = save;
$('#refresh').onclick = async () => {
  try {
    await api('POST', `models/${current.name}/refresh`);
    await loadRows();
  } catch (e) {
    showError(e.message);
  }
};
$('#discard').onclick = loadRows;
$('#delete').onclick = remove;
$('#add').onclick = showAddForm;
$('#csv').onclick = csv;
window.onhashchange = () => { state = readHash(); loadRows(); };

await loadModels();
state.model = state.model || (models[0] && models[0].name);
$('#status').textContent = `${models.length} models`;
await loadRows();
