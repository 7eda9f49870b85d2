// The item bank page: chapter tree, filtered search (diacritics optional), item detail with
// approval steps, import with progress and the list of problems, export download.
import { register, t, applyTranslations, bindLanguageSwitch, lang } from './i18n.js';
import { call, session, token } from './api.js';
import { openEditor } from './item-editor.js';
import { loadItemTypes } from './item-types.js';
import { renderMath } from './math.js';
import { formatNumber, formatDateTime } from './numbers.js';
import { statisticsSection } from './item-stats.js';
import { describeProblem, errorText } from './messages.js';
import { $, el } from './dom.js';

register({
  bankTitle: 'Ngân hàng câu hỏi', subject: 'Môn', chapters: 'Chương', allChapters: 'Tất cả các chương',
  searchPlaceholder: 'Tìm câu hỏi (gõ có dấu hoặc không dấu)…', search: 'Tìm', found: 'Tìm thấy',
  anyLevel: 'Mọi mức độ', anyType: 'Mọi dạng', anyStatus: 'Mọi trạng thái', prev: '‹ Trước', next: 'Sau ›',
  pageOf: 'Trang {page}/{pages}', items: '{n} câu', importItems: 'Nhập câu hỏi', format: 'Định dạng',
  chapterCode: 'Chương (mã)', importBankHelp: 'GIFT, Moodle XML, Aiken, QTI 2.1, Word (.docx) hoặc khaothi-json. Tệp có lỗi sẽ không được nhập câu nào.',
  uploading: 'Đang tải tệp lên… {p}%', processing: 'Đang đọc và kiểm tra từng câu…',
  importedItems: 'Đã nhập {n} câu hỏi (bản nháp).', importRejectedItems: 'Tệp có {n} lỗi, chưa nhập câu nào:',
  fileTooLarge: 'Tệp lớn hơn 20 MB. Hãy chia nhỏ tệp.', warningsTitle: 'Lưu ý:',
  NB: 'Nhận biết', TH: 'Thông hiểu', VD: 'Vận dụng', VDC: 'Vận dụng cao', M1: 'Mức 1', M2: 'Mức 2', M3: 'Mức 3',
  DRAFT: 'Bản nháp', SUBMITTED: 'Chờ tổ duyệt', GROUP_APPROVED: 'Tổ đã duyệt', PUBLISHED: 'Đã ban hành', RETIRED: 'Ngừng dùng',
  to_SUBMITTED: 'Gửi duyệt', to_GROUP_APPROVED: 'Tổ duyệt', to_PUBLISHED: 'Ban hành', to_RETIRED: 'Ngừng dùng', to_DRAFT: 'Trả về nháp',
  note: 'Ghi chú (lý do, góp ý)', approval: 'Duyệt', history: 'Lịch sử duyệt', versions: 'Các phiên bản',
  version: 'Phiên bản', points: 'điểm', export: 'Tải về', answer: 'Đáp án', trueWord: 'Đúng', falseWord: 'Sai',
  tolerance: 'sai số', feedback: 'Lời giải', tags: 'Nhãn', author: 'Tác giả', created: 'tạo',
  stepDone: 'Đã chuyển sang "{s}".', FORBIDDEN: 'Vai trò của bạn không được thực hiện bước này.',
  TRANSITION_NOT_ALLOWED: 'Không thể chuyển từ trạng thái hiện tại sang trạng thái này.', noItems: 'Không có câu hỏi nào.',
  guidance: 'Hướng dẫn chấm', editStem: 'Sửa đề (tạo phiên bản mới)', save: 'Lưu phiên bản mới', saved: 'Đã lưu phiên bản {n}.',
  done_SUBMITTED: 'Đã gửi duyệt. Câu hỏi đang chờ tổ trưởng chuyên môn duyệt; tổ trưởng nhận được thông báo.',
  done_DRAFT: 'Đã trả về nháp. Tác giả có thể sửa và gửi duyệt lại.',
  done_GROUP_APPROVED: 'Tổ đã duyệt. Câu hỏi đang chờ Hiệu trưởng ban hành; Hiệu trưởng nhận được thông báo.',
  done_PUBLISHED: 'Đã ban hành. Câu hỏi có thể dùng để ra đề.', done_RETIRED: 'Đã ngừng dùng câu hỏi.'
}, {
  bankTitle: 'Item bank', subject: 'Subject', chapters: 'Chapters', allChapters: 'All chapters',
  searchPlaceholder: 'Search items (with or without diacritics)…', search: 'Search', found: 'Found',
  anyLevel: 'Any level', anyType: 'Any type', anyStatus: 'Any status', prev: '‹ Previous', next: 'Next ›',
  pageOf: 'Page {page}/{pages}', items: '{n} items', importItems: 'Import items', format: 'Format',
  chapterCode: 'Chapter (code)', importBankHelp: 'GIFT, Moodle XML, Aiken, QTI 2.1, Word (.docx) or khaothi-json. A file with any problem imports nothing.',
  uploading: 'Uploading… {p}%', processing: 'Reading and checking every item…',
  importedItems: 'Imported {n} items (as drafts).', importRejectedItems: 'The file has {n} problem(s); nothing was imported:',
  fileTooLarge: 'The file is larger than 20 MB. Split it.', warningsTitle: 'Notes:',
  NB: 'Knowing', TH: 'Understanding', VD: 'Applying', VDC: 'Applying (high)', M1: 'Level 1', M2: 'Level 2', M3: 'Level 3',
  DRAFT: 'Draft', SUBMITTED: 'Submitted', GROUP_APPROVED: 'Group approved', PUBLISHED: 'Published', RETIRED: 'Retired',
  to_SUBMITTED: 'Submit', to_GROUP_APPROVED: 'Approve (group)', to_PUBLISHED: 'Publish', to_RETIRED: 'Retire', to_DRAFT: 'Send back to draft',
  note: 'Note (reason, comments)', approval: 'Approval', history: 'Approval history', versions: 'Versions',
  version: 'Version', points: 'points', export: 'Download', answer: 'Answer', trueWord: 'True', falseWord: 'False',
  tolerance: 'tolerance', feedback: 'Solution', tags: 'Tags', author: 'Author', created: 'created',
  stepDone: 'Moved to "{s}".', FORBIDDEN: 'Your role may not take this step.',
  TRANSITION_NOT_ALLOWED: 'This step is not possible from the current status.', noItems: 'No items.',
  guidance: 'Marking guidance', editStem: 'Edit the stem (new version)', save: 'Save a new version', saved: 'Saved version {n}.',
  done_SUBMITTED: 'Submitted. The item awaits the department head, who has been notified.',
  done_DRAFT: 'Sent back to draft. The author can edit it and submit it again.',
  done_GROUP_APPROVED: 'Approved by the group. The item awaits the principal, who has been notified.',
  done_PUBLISHED: 'Published. The item can be used in papers.', done_RETIRED: 'The item is retired.'
});

const me = session();
if (!me) location.href = './';

const LEVELS = ['NB', 'TH', 'VD', 'VDC', 'M1', 'M2', 'M3'];
let TYPES = []; // from the server's type plug-ins (item-types.js), in their order
const STATUSES = ['DRAFT', 'SUBMITTED', 'GROUP_APPROVED', 'PUBLISHED', 'RETIRED'];
const PAGE_SIZE = 20;
const state = { subject: 'MATH', grade: 9, chapter: '', page: 0, total: 0, tree: [], seq: 0 };

// Stems and options are sanitised HTML from the server (RichText); LaTeX \( … \) stays visible as typed.
function richText(html) { return el('span', { class: 'rich', html: html || '' }); }

/** A stored UTC time (no zone in the JSON) in Vietnam time, one format: dd/mm/yyyy hh:mm (issue 17, point 13). */
function vnTime(utc) { return formatDateTime(/[zZ]|[+-]\d\d:\d\d$/.test(utc) ? utc : utc + 'Z'); }

function fillSelect(select, anyKey, values) {
  const current = select.value;
  select.innerHTML = '';
  select.append(el('option', { value: '' }, t(anyKey)));
  values.forEach(v => select.append(el('option', { value: v }, t(v))));
  select.value = current;
}

async function loadSubjects() {
  const reply = await call('GET', 'bank/subjects');
  const subjects = reply.ok ? reply.data : [{ code: 'MATH', nameVi: 'Toán', nameEn: 'Mathematics' }];
  $('subject').innerHTML = '';
  subjects.forEach(s => $('subject').append(el('option', { value: s.code }, lang() === 'en' ? s.nameEn : s.nameVi)));
  $('subject').value = state.subject;
  $('grade').innerHTML = '';
  for (let g = 1; g <= 12; g++) $('grade').append(el('option', { value: String(g) }, String(g)));
  $('grade').value = String(state.grade);
}

async function loadTree() {
  const reply = await call('GET', `bank/curriculum?subject=${encodeURIComponent(state.subject)}&grade=${state.grade}`);
  state.tree = reply.ok ? reply.data.chapters : [];
  renderTree();
}

function renderTree() {
  const list = $('chapters');
  list.innerHTML = '';
  const all = el('button', { type: 'button', 'data-chapter': '' }, el('span', {}, t('allChapters')));
  list.append(el('li', {}, all));
  state.tree.forEach(c => {
    const b = el('button', { type: 'button', 'data-chapter': c.code, title: c.title },
      el('span', {}, c.title), el('span', { class: 'count' }, String(c.items)));
    list.append(el('li', {}, b));
  });
  list.querySelectorAll('button').forEach(b => {
    b.setAttribute('aria-current', String(b.dataset.chapter === state.chapter));
    b.addEventListener('click', () => { state.chapter = b.dataset.chapter; state.page = 0; renderTree(); search(); });
  });
}

async function search() {
  const params = new URLSearchParams({ subject: state.subject, grade: state.grade, page: state.page, size: PAGE_SIZE });
  if (state.chapter) params.set('chapter', state.chapter);
  [['q', 'q'], ['level', 'level'], ['type', 'type'], ['status', 'status']].forEach(([id, name]) => {
    const v = $(id).value.trim();
    if (v) params.set(name, v);
  });
  // Only the latest search may draw: an earlier, slower answer must not overwrite it.
  const seq = ++state.seq;
  const reply = await call('GET', 'bank/items?' + params);
  if (seq !== state.seq) return;
  const list = $('items');
  list.innerHTML = '';
  if (!reply.ok) { $('result-count').textContent = '0'; list.append(el('li', { class: 'error' }, errorText(reply.error))); return; }
  state.total = reply.data.total;
  $('result-count').textContent = t('items', { n: state.total });
  if (!reply.data.items.length) list.append(el('li', { class: 'muted' }, t('noItems')));
  reply.data.items.forEach(item => {
    const li = el('li', { tabindex: '0', 'data-id': item.id },
      el('div', { class: 'item-meta' },
        el('span', { class: 'pill' }, '#' + item.id),
        el('span', { class: 'pill item-content' }, item.chapter),
        el('span', { class: 'pill' }, t(item.level)),
        el('span', { class: 'pill' }, t(item.type)),
        el('span', { class: 'pill ' + item.status }, t(item.status)),
        el('span', { class: 'pill' }, `${formatNumber(item.points, 4, lang())} ${t('points')}`)),
      el('p', { class: 'item-stem item-content' }, item.stem));
    li.addEventListener('click', () => openItem(item.id));
    li.addEventListener('keydown', e => { if (e.key === 'Enter') openItem(item.id); });
    list.append(li);
  });
  const pages = Math.max(1, Math.ceil(state.total / PAGE_SIZE));
  $('page-info').textContent = t('pageOf', { page: state.page + 1, pages });
  $('prev').disabled = state.page === 0;
  $('next').disabled = state.page + 1 >= pages;
  renderMath(list); // \(2x + y = 5\) typeset in the list too (issue 17, point 12)
}

function renderBody(c) {
  const box = el('div', { class: 'item-content' });
  const options = el('ol', { class: 'options' });
  if (c.options) c.options.forEach(o => options.append(el('li', { class: Number(o.fraction) > 0 ? 'correct' : '' }, richText(o.text))));
  if (c.statements) c.statements.forEach(s => options.append(el('li', { class: s.correct ? 'correct' : '' },
    richText(s.text), ` — ${s.correct ? t('trueWord') : t('falseWord')}`)));
  if (c.type === 'TRUE_FALSE') options.append(el('li', { class: 'correct' }, `${t('answer')}: ${c.answer ? t('trueWord') : t('falseWord')}`));
  if (c.answers) c.answers.forEach(a => options.append(el('li', { class: Number(a.fraction) > 0 ? 'correct' : '' },
    a.text !== undefined ? a.text : `${a.value === null || a.value === undefined ? '*' : formatNumber(a.value, 6, lang())}${a.tolerance && Number(a.tolerance) ? ` (± ${formatNumber(a.tolerance, 6, lang())})` : ''}`)));
  if (c.pairs) c.pairs.forEach(p => options.append(el('li', {}, richText(p.left), ' → ', p.right)));
  if (c.sequence) c.sequence.forEach((s, i) => options.append(el('li', {}, `${i + 1}. `, richText(s.text))));
  if (c.gaps) c.gaps.forEach(g => options.append(el('li', {}, `[${g.id}] `, g.answers.filter(a => Number(a.fraction) > 0).map(a => a.text).join(' | '))));
  if (c.guidance) box.append(el('p', {}, el('strong', {}, t('guidance') + ': '), richText(c.guidance)));
  box.prepend(options);
  if (c.generalFeedback) box.append(el('p', {}, el('strong', {}, t('feedback') + ': '), richText(c.generalFeedback)));
  return box;
}

async function openItem(id) {
  const reply = await call('GET', `bank/items/${id}`);
  if (!reply.ok) return;
  const item = reply.data;
  const c = item.content;
  const body = $('detail-body');
  body.innerHTML = '';
  body.append(
    el('div', { class: 'item-meta' },
      el('span', { class: 'pill' }, '#' + item.id),
      el('span', { class: 'pill item-content' }, item.chapter ? item.chapter.title : ''),
      el('span', { class: 'pill' }, t(item.level)), el('span', { class: 'pill' }, t(item.type)),
      el('span', { class: 'pill ' + item.status, id: 'detail-status' }, t(item.status)),
      el('span', { class: 'pill' }, `${formatNumber(item.points, 4, lang())} ${t('points')}`),
      el('span', { class: 'pill' }, `${t('version')} ${item.version}`)),
    el('div', { class: 'stem item-content' }, richText(c.stem)),
    renderBody(c));
  if (c.tags && c.tags.length) body.append(el('p', { class: 'muted' }, `${t('tags')}: ${c.tags.join(', ')}`));
  body.append(statisticsSection(item));

  const approval = el('section', {}, el('h3', {}, t('approval')));
  const note = el('textarea', { id: 'transition-note', placeholder: t('note'), 'aria-label': t('note') });
  const actions = el('div', { class: 'actions' });
  const message = el('p', { role: 'status', id: 'transition-message' });
  item.nextStatuses.forEach(to => {
    const b = el('button', { type: 'button', class: to === 'DRAFT' || to === 'RETIRED' ? 'danger' : 'primary', 'data-to': to }, t('to_' + to));
    b.addEventListener('click', async () => {
      const r = await call('POST', `bank/items/${id}/transition`, { to, note: note.value });
      if (r.ok) {
        // The dialog is drawn anew; the confirmation goes into the new one, naming what happens next.
        await openItem(id); search();
        const m = $('transition-message');
        if (m) { m.className = 'ok'; m.textContent = t('done_' + to) !== 'done_' + to ? t('done_' + to) : t('stepDone', { s: t(r.data.status) }); }
      }
      else { message.className = 'error'; message.textContent = t(r.error.error) !== r.error.error ? t(r.error.error) : errorText(r.error); }
    });
    actions.append(b);
  });
  approval.append(note, actions, message);
  body.append(approval);

  if (item.status === 'DRAFT' && canWrite()) body.append(editButton(item));

  const exports = el('div', { class: 'actions' });
  const lost = el('div', { id: 'export-warnings', role: 'status' });
  ['moodle-xml', 'qti21', 'gift'].forEach(f => {
    const b = el('button', { type: 'button', class: 'secondary', 'data-export': f }, `${t('export')} ${f}`);
    b.addEventListener('click', async () => {
      lost.replaceChildren();
      const count = await download(`bank/items/${id}/export?format=${f}`);
      if (count > 0) showExportWarnings(lost, f, await call('GET', `bank/export/warnings?ids=${id}&format=${f}`));
    });
    exports.append(b);
  });
  body.append(el('section', {}, el('h3', {}, t('export')), exports, lost));

  const [history, versions] = await Promise.all([call('GET', `bank/items/${id}/history`), call('GET', `bank/items/${id}/versions`)]);
  const h = el('ol', { class: 'history' });
  (history.ok ? history.data : []).forEach(s => h.append(el('li', {},
    `${vnTime(s.at)} — ${s.actor}: ${s.from ? t(s.from) + ' → ' : ''}${t(s.to)}${s.note ? ' — “' + s.note + '”' : ''}`)));
  const v = el('ol', { class: 'history' });
  (versions.ok ? versions.data : []).forEach(x => v.append(el('li', {}, `${t('version')} ${x.version} — ${x.createdBy}, ${vnTime(x.createdAt)} — ${x.note}`)));
  body.append(el('section', {}, el('h3', {}, t('history')), h), el('section', {}, el('h3', {}, t('versions')), v));
  renderMath(body);
  if (!$('detail').open) $('detail').showModal();
}

/** Opens the full editor for a draft: saving stores a new version and shows it. */
function editButton(item) {
  const b = el('button', { type: 'button', class: 'primary', id: 'edit-item' }, t('editItem'));
  b.addEventListener('click', () => { $('detail').close(); openEditor(item, context(), saved); });
  return el('section', {}, b);
}

function context() {
  return { subject: state.subject, grade: state.grade, chapter: state.chapter || (state.tree[0] && state.tree[0].code) || '' };
}

function saved(detail, message) {
  search();
  openItem(detail.id).then(() => { const m = $('transition-message'); if (m) m.textContent = message; });
}

// What the format could not carry is said after the download, item by item, in the reader's language (issue 18).
register({ exportLost: 'Đã tải tệp {format}. Định dạng này không mang được {n} điều:' },
  { exportLost: 'Downloaded the {format} file. This format could not carry {n} thing(s):' });

function showExportWarnings(box, format, reply) {
  if (!reply.ok) return;
  const list = el('ul', {});
  reply.data.warnings.forEach(w => list.append(el('li', {}, describeProblem(w))));
  box.replaceChildren(el('p', { class: 'warning' }, t('exportLost', { format, n: reply.data.count })), list);
}

/** Downloads a file; answers the number of warnings the server counted (X-Export-Warnings), or -1 on a refusal. */
async function download(path) {
  const response = await fetch('api/v1/' + path, { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) { const e = await response.json().catch(() => ({})); alert(errorText(e)); return -1; }
  const name = (response.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/);
  const url = URL.createObjectURL(await response.blob());
  const a = el('a', { href: url, download: name ? name[1] : 'items' });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return Number(response.headers.get('X-Export-Warnings') || 0);
}

// Import through XMLHttpRequest: fetch cannot report upload progress. The server then reads and
// checks every item before storing anything; that stage shows as an indeterminate bar.
register({ parsingItems: 'Đang đọc câu {n}/{total}…', storingItems: 'Đang lưu {total} câu…' },
  { parsingItems: 'Reading item {n} of {total}…', storingItems: 'Storing {total} items…' });

// A Word bank may keep its answer key in a second file (dap-an.docx, .xlsx or .txt): then both go
// as multipart/form-data parts "file" and "answerKey", for the preview and the import alike.
register({ importAnswerKey: 'Đáp án ở tệp riêng (không bắt buộc)' },
  { importAnswerKey: 'Answer key in a separate file (optional)' });

function answerKeyFile() {
  return $('import-format').value === 'docx' ? $('import-key-file').files[0] : undefined;
}

/** The request body: the file alone, or a form with the bank and its answer key. */
function importBody(file) {
  const key = answerKeyFile();
  if (!key) return { body: file, type: 'application/octet-stream', size: file.size };
  const form = new FormData();
  form.append('file', file);
  form.append('answerKey', key);
  return { body: form, type: null, size: file.size + key.size };
}

function showAnswerKeyInput() {
  $('import-key-label').hidden = $('import-format').value !== 'docx';
}

function importFile() {
  const file = $('import-file').files[0];
  const result = $('import-result');
  result.innerHTML = '';
  if (!file) { result.append(el('p', { class: 'error' }, t('chooseFile'))); return; }
  const upload = importBody(file);
  if (upload.size > 20 * 1024 * 1024) { result.append(el('p', { class: 'error' }, t('fileTooLarge'))); return; }
  const params = new URLSearchParams({ format: $('import-format').value, subject: state.subject, grade: state.grade });
  const chapter = $('import-chapter').value.trim() || state.chapter;
  if (chapter) params.set('chapter', chapter);
  if ($('import-valid-only').checked) params.set('mode', 'valid-only');
  // The server reports parsing and storing under this key while the upload's request runs.
  const key = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(36).slice(2);
  params.set('progress', key);
  let polling = null;
  const xhr = new XMLHttpRequest();
  const bar = $('import-progress');
  bar.hidden = false; bar.value = 0; $('import-button').disabled = true;
  xhr.open('POST', 'api/v1/bank/imports?' + params);
  xhr.setRequestHeader('Authorization', 'Bearer ' + token());
  if (upload.type) xhr.setRequestHeader('Content-Type', upload.type);
  xhr.upload.onprogress = e => {
    if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); $('import-stage').textContent = t('uploading', { p: bar.value }); }
  };
  xhr.upload.onload = () => {
    bar.removeAttribute('value');
    $('import-stage').textContent = t('processing');
    polling = setInterval(async () => {
      const p = await call('GET', `bank/imports/progress/${key}`);
      if (!p.ok || !p.data.total || polling === null) return;
      bar.max = p.data.total;
      bar.value = p.data.parsed;
      $('import-stage').textContent = p.data.stage === 'PARSING'
        ? t('parsingItems', { n: p.data.parsed, total: p.data.total }) : t('storingItems', { total: p.data.total });
    }, 300);
  };
  xhr.onloadend = () => {
    clearInterval(polling);
    polling = null;
    bar.max = 100;
    bar.hidden = true; $('import-button').disabled = false; $('import-stage').textContent = '';
    let data = {};
    try { data = JSON.parse(xhr.responseText || '{}'); } catch (e) { data = {}; }
    if (xhr.status === 200) {
      result.append(el('p', { class: 'ok', id: 'import-ok' }, t('importedItems', { n: data.imported })));
      if (data.problems && data.problems.length) {
        result.append(el('p', { class: 'error', id: 'import-skipped' }, t('importSkipped', { n: data.skipped })),
          problemList(data.problems, 'import-problems'));
      }
      $('import-preview').innerHTML = '';
      if (data.warnings && data.warnings.length) {
        const w = el('ul', { class: 'muted' });
        data.warnings.forEach(x => w.append(el('li', {}, (x.line ? `${t('line')} ${x.line}: ` : '') + describeProblem(x))));
        result.append(el('p', {}, t('warningsTitle')), w);
      }
      loadTree(); search();
    } else if (xhr.status === 422 && data.error === 'IMPORT_INVALID') {
      result.append(el('p', { class: 'error' }, t('importRejectedItems', { n: data.details.length })));
      const list = el('ul', { class: 'problems', id: 'import-problems' });
      data.details.forEach(d => list.append(el('li', {}, el('span', { class: 'line' }, where(d)), ': ' + describeProblem(d))));
      result.append(list);
    } else if (xhr.status === 413) {
      result.append(el('p', { class: 'error' }, t('fileTooLarge')));
    } else {
      result.append(el('p', { class: 'error' }, errorText(data)));
    }
  };
  xhr.send(upload.body);
}

// The preview: what an import would store, question by question, without storing anything; then
// "Chỉ nhập các câu hợp lệ" (mode=valid-only) and "Nhập" commit it.
register({
  importPreview: 'Xem trước', importValidOnly: 'Chỉ nhập các câu hợp lệ',
  previewSummary: 'Sẽ nhập {n} câu.', previewSkipped: '{n} chỗ có lỗi sẽ bị bỏ qua nếu chọn "Chỉ nhập các câu hợp lệ"; nếu không, tệp sẽ không được nhập:',
  previewNothing: 'Không có câu nào đọc được:', importSkipped: 'Đã bỏ qua {n} chỗ có lỗi:', previewKey: 'Đáp án',
  previewType: 'Dạng', previewStem: 'Nội dung', previewLine: 'Dòng'
}, {
  importPreview: 'Preview', importValidOnly: 'Import only the valid items',
  previewSummary: '{n} items would be imported.', previewSkipped: '{n} place(s) with problems would be skipped with "Import only the valid items"; otherwise the file is not imported:',
  previewNothing: 'No item could be read:', importSkipped: 'Skipped {n} place(s) with problems:', previewKey: 'Key',
  previewType: 'Type', previewStem: 'Content', previewLine: 'Line'
});

/** Where a problem is: its line, and its element or file ("file: dap-an.docx") when it has one. */
function where(d) {
  const line = d.line ? `${t('line')} ${d.line}` : '';
  return line && d.element ? `${line} (${d.element})` : (line || d.element || '');
}

function problemList(problems, id) {
  const list = el('ul', { class: 'problems', id });
  // A problem with a code reads in the page's language; one without keeps the importer's own words.
  problems.forEach(d => list.append(el('li', {}, el('span', { class: 'line' }, where(d)),
    ': ' + (d.code && d.code !== 'PROBLEM' ? describeProblem(d) : d.message))));
  return list;
}

async function previewImport() {
  const file = $('import-file').files[0];
  const box = $('import-preview');
  box.innerHTML = '';
  $('import-result').innerHTML = '';
  if (!file) { box.append(el('p', { class: 'error' }, t('chooseFile'))); return; }
  const upload = importBody(file);
  if (upload.size > 20 * 1024 * 1024) { box.append(el('p', { class: 'error' }, t('fileTooLarge'))); return; }
  $('import-preview-button').disabled = true;
  const r = await call('POST', 'bank/imports/preview?' + new URLSearchParams({ format: $('import-format').value }),
    upload.body, upload.type);
  $('import-preview-button').disabled = false;
  if (!r.ok) { box.append(el('p', { class: 'error' }, r.status === 413 ? t('fileTooLarge') : errorText(r.error))); return; }
  const p = r.data;
  box.append(el('p', { class: p.valid ? 'ok' : 'error', id: 'preview-summary' },
    p.valid ? t('previewSummary', { n: p.valid }) : t('previewNothing')));
  if (p.questions.length) {
    const table = el('table', { class: 'preview-table', id: 'preview-table' });
    table.append(el('thead', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, t('previewLine')), el('th', {}, t('previewType')),
      el('th', {}, t('previewStem')), el('th', {}, t('previewKey')))));
    const body = el('tbody');
    p.questions.forEach((q, i) => {
      const stem = el('td', { class: 'preview-stem' }, el('div', {}, q.stem));
      if (q.options.length) {
        const ol = el('ol', { class: 'preview-options' });
        q.options.forEach(o => ol.append(el('li', { class: o.correct ? 'correct' : '' }, `${o.label}. ${o.text}`)));
        stem.append(ol);
      }
      q.warnings.forEach(w => stem.append(el('p', { class: 'muted' }, '⚠ ' + w.message)));
      body.append(el('tr', {}, el('td', {}, String(i + 1)), el('td', {}, String(q.line || '')), el('td', {}, t(q.type)), stem,
        el('td', { class: 'preview-key' }, q.key || '—')));
    });
    table.append(body);
    box.append(el('div', { class: 'preview-scroll' }, table));
  }
  if (p.problems.length) {
    box.append(el('p', { class: 'error' }, t('previewSkipped', { n: p.skipped })), problemList(p.problems, 'preview-problems'));
  }
  if (p.warnings.length) {
    const w = el('ul', { class: 'muted' });
    p.warnings.forEach(x => w.append(el('li', {}, (where(x) ? `${where(x)}: ` : '') + (x.code && x.code !== 'PROBLEM' ? describeProblem(x) : x.message))));
    box.append(el('p', {}, t('warningsTitle')), w);
  }
  renderMath(box);
}

function translateControls() {
  applyTranslations();
  document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  fillSelect($('level'), 'anyLevel', LEVELS);
  fillSelect($('type'), 'anyType', TYPES);
  fillSelect($('status'), 'anyStatus', STATUSES);
  $('display-name').textContent = me ? me.displayName : '';
}

function canWrite() {
  return me.roles.some(r => ['TEACHER', 'DEPARTMENT_HEAD', 'ADMIN'].includes(r));
}

async function start() {
  TYPES = (await loadItemTypes()).map(x => x.code);
  translateControls();
  bindLanguageSwitch(() => { translateControls(); loadSubjects(); renderTree(); search(); });
  await loadSubjects();
  $('subject').addEventListener('change', () => { state.subject = $('subject').value; state.chapter = ''; state.page = 0; loadTree(); search(); });
  $('grade').addEventListener('change', () => { state.grade = Number($('grade').value); state.chapter = ''; state.page = 0; loadTree(); search(); });
  $('search-form').addEventListener('submit', e => { e.preventDefault(); state.page = 0; search(); });
  ['level', 'type', 'status'].forEach(id => $(id).addEventListener('change', () => { state.page = 0; search(); }));
  $('prev').addEventListener('click', () => { if (state.page > 0) { state.page--; search(); } });
  $('next').addEventListener('click', () => { state.page++; search(); });
  $('import-toggle').addEventListener('click', () => { $('import-panel').hidden = !$('import-panel').hidden; });
  $('import-button').addEventListener('click', importFile);
  $('import-preview-button').addEventListener('click', previewImport);
  $('import-format').addEventListener('change', showAnswerKeyInput);
  showAnswerKeyInput();
  $('import-toggle').hidden = !canWrite();
  $('new-item').hidden = !canWrite();
  $('new-item').addEventListener('click', () => openEditor(null, context(), saved));
  await loadTree();
  await search();
  // A link from the approval queue or the bell: bank.html#item=ID opens that item.
  const fromHash = () => { const m = location.hash.match(/item=(\d+)/); if (m) openItem(Number(m[1])); };
  window.addEventListener('hashchange', fromHash);
  fromHash();
}

start();
