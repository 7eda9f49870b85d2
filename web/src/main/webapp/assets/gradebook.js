// The gradebook grid (issue 13): keyboard first (arrows, Enter, paste a column from Excel), "8,5" and
// "8.5" both accepted and shown as 8,5, each cell saved on its own with the version it was read at,
// "Đã lưu" only after the server stored it, refusals shown next to the cell in Vietnamese with the
// article, averages and their citations on demand, a cell's history, import/export, the lock.
import { formatDateTime } from './numbers.js';
import { applyTranslations, bindLanguageSwitch, register, t } from './i18n.js';
import { call, session, token } from './api.js';
import { citationsText, subjectName } from './messages.js';
import { $ } from './dom.js';

register({
  gbTitle: 'Sổ điểm', gbClass: 'Lớp', gbSubject: 'Môn', gbSemester: 'Học kì',
  gbHelp: 'Gõ điểm rồi Enter; mũi tên để di chuyển; dán một cột từ Excel vào ô đầu. 8,5 và 8.5 đều là 8,5.',
  gbLocked: 'Đã chốt sổ', gbHistory: 'Lịch sử ô đang chọn', gbExportXlsx: 'Xuất Excel', gbExportPdf: 'Xuất PDF',
  gbImport: 'Nhập từ Excel/CSV', gbLock: 'Chốt sổ học kì', gbName: 'Họ và tên', gbAverage: 'ĐTBmhk', gbResult: 'Kết quả',
  gbSaving: 'Đang lưu…', gbSaved: 'Đã lưu', gbReadOnly: 'Chỉ xem: bạn không dạy môn này ở lớp này.',
  gbNoOptions: 'Bạn chưa được phân công sổ điểm nào.', gbPickCell: 'Hãy chọn một ô điểm trước.',
  gbHistoryOf: 'Lịch sử ô {column} — {name}', gbNoHistory: 'Ô này chưa có thay đổi nào.',
  gbAverageOf: '{name}: ĐTBmhk = {avg}', gbCitations: 'Căn cứ: {c}', gbIncomplete: 'Chưa đủ điểm các cột để tính trung bình.',
  gbImported: 'Đã nhập {n} ô điểm từ tệp ({cells} ô đọc được).', gbImportFailed: 'Tệp có lỗi, không có điểm nào được lưu:',
  gbLockConfirm: 'Chốt sổ lớp {cls} học kì {sem}? Sau khi chốt, mọi sửa đổi phải có đề nghị đính chính được Hiệu trưởng duyệt.',
  gbLockedOk: 'Đã chốt sổ lớp {cls} học kì {sem}.', gbNetwork: 'Mất kết nối: điểm chưa được lưu.',
  MANUAL: 'nhập tay', SITTING: 'bài kiểm tra', IMPORT: 'nhập tệp', SCAN: 'quét phiếu', APPEAL: 'phúc khảo', AMENDMENT: 'đính chính'
}, {
  gbTitle: 'Gradebook', gbClass: 'Class', gbSubject: 'Subject', gbSemester: 'Semester',
  gbHelp: 'Type a mark and press Enter; arrows move; paste a column from Excel into its first cell. 8,5 and 8.5 both mean 8.5.',
  gbLocked: 'Locked', gbHistory: 'History of the selected cell', gbExportXlsx: 'Export Excel', gbExportPdf: 'Export PDF',
  gbImport: 'Import Excel/CSV', gbLock: 'Lock the semester', gbName: 'Name', gbAverage: 'Average', gbResult: 'Result',
  gbSaving: 'Saving…', gbSaved: 'Saved', gbReadOnly: 'Read only: you do not teach this subject in this class.',
  gbNoOptions: 'No gradebook is assigned to you.', gbPickCell: 'Select a mark cell first.',
  gbHistoryOf: 'History of {column} — {name}', gbNoHistory: 'No change to this cell yet.',
  gbAverageOf: '{name}: semester average = {avg}', gbCitations: 'Grounds: {c}', gbIncomplete: 'Not every column is filled yet.',
  gbImported: 'Imported {n} marks ({cells} cells read).', gbImportFailed: 'The file has errors; nothing was stored:',
  gbLockConfirm: 'Lock class {cls}, semester {sem}? After the lock a change needs an amendment the principal approves.',
  gbLockedOk: 'Class {cls}, semester {sem} is locked.', gbNetwork: 'Offline: the mark was not saved.',
  MANUAL: 'typed', SITTING: 'test', IMPORT: 'file import', SCAN: 'scanned sheet', APPEAL: 'appeal', AMENDMENT: 'amendment'
});

const me = session();
if (!me) location.href = './';
let options = [];
let sheet = null;
let lastCell = null;

function show(value) {
  if (value === null || value === undefined) return '';
  if (value === 'D') return 'Đ';
  if (value === 'CD') return 'CĐ';
  return String(value).replace('.', ',');
}

function setState(text, saving) {
  $('gb-state').textContent = text;
  $('gb-state').classList.toggle('saving', !!saving);
}

async function loadOptions() {
  const reply = await call('GET', 'gradebook/options');
  options = reply.ok ? reply.data : [];
  const params = new URLSearchParams(location.hash.slice(1));
  $('gb-class').innerHTML = '';
  options.forEach(o => $('gb-class').append(new Option(o.class, o.class)));
  if (!options.length) { $('gb-error').textContent = t('gbNoOptions'); return; }
  if (params.get('class')) $('gb-class').value = params.get('class');
  fillSubjects(params.get('subject'));
  if (params.get('semester')) $('gb-semester').value = params.get('semester');
  await loadSheet();
}

function fillSubjects(wanted) {
  const chosen = options.find(o => o.class === $('gb-class').value) || options[0];
  $('gb-subject').innerHTML = '';
  (chosen ? chosen.subjects : []).forEach(s => $('gb-subject').append(new Option(subjectName(s.code, s.name), s.code)));
  const writable = (chosen ? chosen.subjects : []).find(s => s.writable);
  $('gb-subject').value = wanted || (writable ? writable.code : $('gb-subject').value);
}

function query() {
  return `class=${encodeURIComponent($('gb-class').value)}&subject=${encodeURIComponent($('gb-subject').value)}&semester=${$('gb-semester').value}`;
}

async function loadSheet() {
  $('gb-error').textContent = '';
  $('gb-problems').innerHTML = '';
  history.replaceState(null, '', '#' + query());
  const reply = await call('GET', 'gradebook?' + query());
  if (!reply.ok) { $('gb-error').textContent = reply.error.message || reply.status; return; }
  sheet = reply.data;
  render();
}

function render() {
  const head = $('grid-head');
  head.innerHTML = '';
  const th = (text, cls) => { const e = document.createElement('th'); e.textContent = text; if (cls) e.className = cls; e.scope = 'col'; head.append(e); };
  th(t('gbName'), 'name');
  sheet.columns.forEach(c => th(c));
  th(sheet.scale === 'COMMENTARY' ? t('gbResult') : t('gbAverage'), 'avg');
  const body = $('grid-body');
  body.innerHTML = '';
  const editable = sheet.writable && !sheet.locked;
  sheet.rows.forEach((row, r) => {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    name.className = 'name';
    name.textContent = row.name;
    name.title = `${row.name} (${row.studentId})`;
    tr.append(name);
    sheet.columns.forEach((column, c) => {
      const td = document.createElement('td');
      const input = document.createElement('input');
      input.value = show(row.scores[column]);
      input.dataset.saved = input.value;
      input.dataset.row = r;
      input.dataset.col = c;
      input.inputMode = sheet.scale === 'COMMENTARY' ? 'text' : 'decimal';
      input.autocomplete = 'off';
      input.setAttribute('aria-label', `${row.name} ${column}`);
      input.disabled = !editable;
      td.append(input);
      tr.append(td);
    });
    const avg = document.createElement('td');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'avg';
    button.dataset.row = r;
    button.textContent = show(row.average ?? row.result);
    avg.append(button);
    tr.append(avg);
    body.append(tr);
  });
  $('gb-locked').hidden = !sheet.locked;
  $('gb-lock').hidden = !(me.roles.includes('PRINCIPAL') || me.roles.includes('DEPUTY_PRINCIPAL')) || sheet.locked;
  $('gb-import-label').hidden = !editable;
  setState(sheet.writable ? '' : t('gbReadOnly'));
}

function cell(r, c) {
  return document.querySelector(`#grid-body input[data-row="${r}"][data-col="${c}"]`);
}

function move(input, dr, dc) {
  const next = cell(Number(input.dataset.row) + dr, Number(input.dataset.col) + dc);
  if (next) { next.focus(); next.select(); }
}

async function save(input) {
  const text = input.value.trim();
  // Enter also fires "change": the same text is sent once (a second PUT would carry a stale version).
  if (text === input.dataset.saved || text === input.dataset.pending) return true;
  input.dataset.pending = text;
  const row = sheet.rows[Number(input.dataset.row)];
  const column = sheet.columns[Number(input.dataset.col)];
  input.classList.add('saving');
  input.classList.remove('invalid', 'saved');
  setState(t('gbSaving'), true);
  const reply = await call('PUT', 'gradebook/scores', {
    class: sheet.class, subject: sheet.subject, semester: sheet.semester, studentId: row.studentId, column,
    score: text === '' ? null : text, version: row.versions[column]
  });
  input.classList.remove('saving');
  delete input.dataset.pending;
  if (!reply.ok) {
    const message = reply.status === 0 ? t('gbNetwork') : (reply.error.message || String(reply.status));
    input.classList.add('invalid');
    input.title = message;
    $('gb-error').textContent = `${row.name} – ${column}: ${message}`;
    setState('');
    return false;
  }
  const written = reply.data;
  sheet.rows[Number(input.dataset.row)] = written.row;
  input.value = show(written.row.scores[column]);
  input.dataset.saved = input.value;
  input.title = '';
  input.classList.add('saved');
  $('gb-error').textContent = '';
  $('gb-notice').textContent = written.notice || '';
  document.querySelector(`#grid-body button.avg[data-row="${input.dataset.row}"]`).textContent = show(written.row.average ?? written.row.result);
  setState(t('gbSaved'));
  return true;
}

$('grid-body').addEventListener('keydown', event => {
  const input = event.target;
  if (input.tagName !== 'INPUT') return;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length;
  const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
  if (event.key === 'Enter' || event.key === 'ArrowDown') { event.preventDefault(); save(input); move(input, 1, 0); }
  else if (event.key === 'ArrowUp') { event.preventDefault(); save(input); move(input, -1, 0); }
  else if (event.key === 'ArrowLeft' && (atStart || whole)) { event.preventDefault(); save(input); move(input, 0, -1); }
  else if (event.key === 'ArrowRight' && (atEnd || whole)) { event.preventDefault(); save(input); move(input, 0, 1); }
  else if (event.key === 'Escape') { input.value = input.dataset.saved; input.classList.remove('invalid'); }
});

$('grid-body').addEventListener('change', event => { if (event.target.tagName === 'INPUT') save(event.target); });
$('grid-body').addEventListener('focusin', event => { if (event.target.tagName === 'INPUT') lastCell = event.target; });

// Paste a column (or a block) copied from Excel: one line per student, tabs between columns.
$('grid-body').addEventListener('paste', async event => {
  const input = event.target;
  const text = (event.clipboardData || window.clipboardData).getData('text');
  if (input.tagName !== 'INPUT' || !/[\n\t]/.test(text.trim())) return;
  event.preventDefault();
  const lines = text.replace(/\r/g, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const values = lines[i].split('\t');
    for (let j = 0; j < values.length; j++) {
      const target = cell(Number(input.dataset.row) + i, Number(input.dataset.col) + j);
      if (!target) continue;
      target.value = values[j].trim();
      await save(target);
    }
  }
});

$('grid-body').addEventListener('click', event => {
  const button = event.target.closest('button.avg');
  if (!button) return;
  const row = sheet.rows[Number(button.dataset.row)];
  $('gb-detail').hidden = false;
  $('gb-detail-title').textContent = t('gbAverageOf', { name: row.name, avg: show(row.average ?? row.result) || '—' });
  const list = $('gb-detail-list');
  list.innerHTML = '';
  const li = document.createElement('li');
  li.textContent = row.citations.length ? t('gbCitations', { c: citationsText(row.citations) }) : t('gbIncomplete');
  list.append(li);
});

$('gb-history').addEventListener('click', async () => {
  if (!lastCell) { $('gb-error').textContent = t('gbPickCell'); return; }
  const row = sheet.rows[Number(lastCell.dataset.row)];
  const column = sheet.columns[Number(lastCell.dataset.col)];
  const reply = await call('GET', `gradebook/history?${query()}&studentId=${encodeURIComponent(row.studentId)}`);
  $('gb-detail').hidden = false;
  $('gb-detail-title').textContent = t('gbHistoryOf', { column, name: row.name });
  const list = $('gb-detail-list');
  list.innerHTML = '';
  const lines = (reply.ok ? reply.data : []).filter(h => h.column === column);
  if (!lines.length) { const li = document.createElement('li'); li.textContent = t('gbNoHistory'); list.append(li); }
  lines.forEach(h => {
    const li = document.createElement('li');
    const at = formatDateTime(h.at);
    li.textContent = `${show(h.old) || '∅'} → ${show(h.new) || '∅'} · ${h.by} · ${at} · ${t(h.source)}${h.reason ? ' · ' + h.reason : ''}`;
    list.append(li);
  });
});

async function download(format) {
  const response = await fetch(`api/v1/gradebook/export?${query()}&format=${format}`, { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) { $('gb-error').textContent = (await response.json().catch(() => ({}))).message || response.status; return; }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `so-diem-${sheet.class}-${sheet.subject}-hk${sheet.semester}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
}
$('gb-export-xlsx').addEventListener('click', () => download('xlsx'));
$('gb-export-pdf').addEventListener('click', () => download('pdf'));

$('gb-import').addEventListener('change', async event => {
  const file = event.target.files[0];
  if (!file) return;
  $('gb-progress').hidden = false;
  $('gb-problems').innerHTML = '';
  const csv = file.name.toLowerCase().endsWith('.csv');
  const reply = await call('POST', `gradebook/imports?${query()}${csv ? '&format=csv' : ''}`, await file.arrayBuffer(),
    csv ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  $('gb-progress').hidden = true;
  event.target.value = '';
  if (!reply.ok) {
    $('gb-error').textContent = t('gbImportFailed');
    (Array.isArray(reply.error.details) ? reply.error.details : [{ message: reply.error.message }]).forEach(p => {
      const li = document.createElement('li');
      li.textContent = p.message;
      $('gb-problems').append(li);
    });
    return;
  }
  await loadSheet();
  $('gb-notice').textContent = t('gbImported', { n: reply.data.written, cells: reply.data.cells });
});

$('gb-lock').addEventListener('click', async () => {
  const params = { cls: sheet.class, sem: sheet.semester === 1 ? 'I' : 'II' };
  if (!window.confirm(t('gbLockConfirm', params))) return;
  const reply = await call('POST', 'gradebook/lock', { class: sheet.class, semester: sheet.semester });
  if (!reply.ok) { $('gb-error').textContent = reply.error.message; return; }
  await loadSheet();
  $('gb-notice').textContent = t('gbLockedOk', params);
});

$('gb-class').addEventListener('change', () => { fillSubjects(); loadSheet(); });
$('gb-subject').addEventListener('change', loadSheet);
$('gb-semester').addEventListener('change', loadSheet);
document.getElementById('display-name').textContent = me ? me.displayName : '';
applyTranslations();
bindLanguageSwitch(() => sheet && render());
loadOptions();
