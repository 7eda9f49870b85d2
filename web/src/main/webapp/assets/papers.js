// Blueprints and papers: the matrix grid (chapters × levels, one item type per part) with the
// bank's supply shown live under every cell, totals against 10 points and the allowed duration from
// the rules; save a blueprint (a new version of its name), generate a paper (POST /papers), compare
// two versions side by side, download PDFs and keys, approve. The server decides everything.
import { applyTranslations, bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, session, token } from './api.js';
import { citationsText, describeProblem, errorText } from './messages.js';
import { renderMath } from './math.js';
import { formatNumber, parseNumber } from './numbers.js';
import { loadItemTypes } from './item-types.js';
import { $, el } from './dom.js';

register({
  papersTitle: 'Ma trận và đề kiểm tra', setup: 'Thông tin đề', title: 'Tên đề', subject: 'Môn', grade: 'Khối', kind: 'Loại',
  duration: 'Thời gian (phút)', versions: 'Số mã đề', codes: 'Mã đề (tuỳ chọn)', mode: 'Cách tạo', seed: 'Mã sinh đề (tuỳ chọn)',
  SAME_ITEMS: 'Cùng câu hỏi, đảo thứ tự', PARALLEL_FORMS: 'Đề song song (câu khác nhau)',
  MIDTERM: 'Giữa kì', FINAL: 'Cuối kì', REGULAR: 'Thường xuyên', MAKEUP: 'Kiểm tra bù', RETEST: 'Kiểm tra lại',
  savedBlueprints: 'Ma trận đã lưu', load: 'Dùng', saveBlueprint: 'Lưu ma trận', matrix: 'Ma trận (chương × mức độ)',
  itemType: 'Dạng câu hỏi của phần đang sửa', pointsEach: 'Điểm mỗi câu', specification: 'Đặc tả của ô đang chọn',
  matrixHelp: 'Nhập số câu cho từng ô. Số nhỏ dưới mỗi ô là số câu đã duyệt trong ngân hàng; ô tô đỏ là ngân hàng không đủ.',
  generate: 'Tạo đề', recentPapers: 'Đề gần đây', status: 'Trạng thái', chapter: 'Chương', total: 'Tổng',
  have: 'có {n}', totals: '{items} câu · {points} điểm', mustBeTen: 'Tổng điểm phải là 10.', durationHint: 'Thông tư 22 (Điều 7): bài kiểm tra định kì môn này làm trong {min}–{max} phút.',
  DRAFT: 'Bản nháp', GROUP_APPROVED: 'Tổ đã duyệt', APPROVED: 'Đã duyệt', REJECTED: 'Trả lại', open: 'Mở',
  BLUEPRINT_UNMET: 'Ngân hàng chưa đủ câu hỏi cho các ô sau:', shortCell: '{chapter} · {level} · {type}: cần {needed}, có {available}',
  nameQuestion: 'Tên ma trận', saved: 'Đã lưu “{name}” (phiên bản {version}).', created: 'Đã tạo đề {id}.',
  downloadPdf: 'Đề PDF mã {code}', answerSheet: 'Phiếu trả lời', answerSheets: 'Phiếu trả lời (mọi mã đề)', classSheets: 'Phiếu in sẵn tên lớp', sheetClass: 'Nhập mã lớp, ví dụ 9A1', keysPdf: 'Đáp án PDF', keysXlsx: 'Đáp án Excel',
  approve: 'Duyệt', reject: 'Trả lại', note: 'Ghi chú', approvedBy: '{step}: {who} — {note}', version: 'Mã đề {code}',
  GROUP: 'Tổ chuyên môn', PRINCIPAL_STEP: 'Hiệu trưởng', failed: 'Không thực hiện được: {message}',
  emptyBank: 'Ngân hàng chưa có câu hỏi đã ban hành cho môn và khối này, nên chưa lập được ma trận. Hãy viết hoặc nhập câu hỏi ở trang Ngân hàng câu hỏi, gửi tổ duyệt và Hiệu trưởng ban hành; các chương sẽ hiện ở đây.',
  openBank: 'Mở Ngân hàng câu hỏi', durationOut: 'Thời gian {n} phút nằm ngoài khoảng {min}–{max} phút mà Thông tư 22 (Điều 7) quy định cho bài kiểm tra định kì môn này (theo số tiết cả năm).',
  wholeBlueprint: 'Toàn bộ ma trận', blueprintEmpty: 'Chưa có ô nào.', cellLine: '{type} · {chapter} · {level}: {count} câu × {points} điểm'
}, {
  papersTitle: 'Blueprints and papers', setup: 'Paper', title: 'Title', subject: 'Subject', grade: 'Grade', kind: 'Kind',
  duration: 'Duration (min)', versions: 'Versions', codes: 'Version codes (optional)', mode: 'Mode', seed: 'Seed (optional)',
  SAME_ITEMS: 'Same items, reshuffled', PARALLEL_FORMS: 'Parallel forms (different items)',
  MIDTERM: 'Midterm', FINAL: 'End of term', REGULAR: 'Regular', MAKEUP: 'Make-up', RETEST: 'Retest',
  savedBlueprints: 'Saved blueprints', load: 'Use', saveBlueprint: 'Save blueprint', matrix: 'Blueprint (chapter × level)',
  itemType: 'Item type of the part being edited', pointsEach: 'Points each', specification: 'Specification of the selected cell',
  matrixHelp: 'Type how many items each cell needs. The small number under a cell is how many published items the bank has; red means too few.',
  generate: 'Generate', recentPapers: 'Recent papers', status: 'Status', chapter: 'Chapter', total: 'Total',
  have: 'has {n}', totals: '{items} items · {points} points', mustBeTen: 'The points must add up to 10.', durationHint: 'Circular 22 (Art. 7): a periodic test of this subject lasts {min}–{max} minutes.',
  DRAFT: 'Draft', GROUP_APPROVED: 'Group approved', APPROVED: 'Approved', REJECTED: 'Rejected', open: 'Open',
  BLUEPRINT_UNMET: 'The bank is short for these cells:', shortCell: '{chapter} · {level} · {type}: needs {needed}, has {available}',
  nameQuestion: 'Blueprint name', saved: 'Saved “{name}” (version {version}).', created: 'Paper {id} created.',
  downloadPdf: 'PDF of {code}', answerSheet: 'Answer sheet', answerSheets: 'Answer sheets (every version)', classSheets: 'Pre-filled sheets for a class', sheetClass: 'Enter a class code, e.g. 9A1', keysPdf: 'Keys PDF', keysXlsx: 'Keys Excel',
  approve: 'Approve', reject: 'Reject', note: 'Note', approvedBy: '{step}: {who} — {note}', version: 'Version {code}',
  GROUP: 'Subject group', PRINCIPAL_STEP: 'Principal', failed: 'Not done: {message}',
  emptyBank: 'The bank has no published items for this subject and grade yet, so no blueprint can be made. Write or import items on the Item bank page, have the group approve and the principal publish them; their chapters then show here.',
  openBank: 'Open the item bank', durationOut: '{n} minutes is outside the {min}–{max} minutes Circular 22 (Art. 7) sets for a periodic test of this subject (by its periods a year).',
  wholeBlueprint: 'The whole blueprint', blueprintEmpty: 'No cells yet.', cellLine: '{type} · {chapter} · {level}: {count} items × {points} points'
});

const me = session();
if (!me) location.href = './';
// From the server's type plug-ins (item-types.js): the types with suggested points (the 2025 test format) first.
let TYPES = [];
let DEFAULT_POINTS = {};
const model = { chapters: [], supply: new Map(), cells: new Map(), points: new Map(), focused: null, duration: null, paper: null };

const levels = () => Number($('grade').value) <= 5 ? ['M1', 'M2', 'M3'] : ['NB', 'TH', 'VD', 'VDC'];
const key = (type, chapter, level) => `${type}|${chapter}|${level}`;
const num = x => String(Math.round(x * 100) / 100).replace('.', lang() === 'vi' ? ',' : '.');

// Messages float at the bottom of the screen, where the user is working, not at the top of the page.
function notify(text) {
  $('notice').textContent = text;
  $('notice').hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { $('notice').hidden = true; }, 6000);
}

async function loadSubjects() {
  const reply = await call('GET', 'bank/subjects');
  const subjects = reply.ok ? reply.data : [{ code: 'MATH', nameVi: 'Toán', nameEn: 'Mathematics' }];
  $('subject').innerHTML = '';
  subjects.forEach(s => $('subject').append(el('option', { value: s.code, textContent: lang() === 'en' ? s.nameEn : s.nameVi })));
  $('subject').value = subjects.some(s => s.code === 'MATH') ? 'MATH' : subjects[0]?.code;
}

async function loadSupply() {
  const reply = await call('GET', `papers/availability?subject=${$('subject').value}&grade=${$('grade').value}`);
  model.supply = new Map();
  const chapters = new Map();
  (reply.ok ? reply.data.cells : []).forEach(c => {
    model.supply.set(key(c.type, c.chapter, c.level), c.count);
    if (!chapters.has(c.chapter)) chapters.set(c.chapter, { code: c.chapter, title: c.chapterTitle, position: c.chapterPosition });
  });
  model.chapters = [...chapters.values()].sort((a, b) => a.position - b.position);
  model.duration = reply.ok ? reply.data.periodicDuration : null;
  drawDurationHint();
  drawGrid();
  loadSaved();
  loadPapers();
}

function drawDurationHint() {
  const periodic = ['MIDTERM', 'FINAL'].includes($('kind').value);
  const d = model.duration;
  $('duration-hint').textContent = periodic && d ? `${t('durationHint', { min: d.minMinutes, max: d.maxMinutes })} (${citationsText(d.citations)})` : '';
  checkDuration();
}

/** The duration checked as it is typed, with the rule's reason (issue 17, point 9); the server checks it again. */
function checkDuration() {
  const periodic = ['MIDTERM', 'FINAL'].includes($('kind').value);
  const d = model.duration;
  const n = Number($('duration').value);
  const out = periodic && d && (n < d.minMinutes || n > d.maxMinutes);
  $('duration-error').textContent = out ? t('durationOut', { n, min: d.minMinutes, max: d.maxMinutes }) : '';
  $('duration').setAttribute('aria-invalid', String(Boolean(out)));
}

function drawGrid() {
  const type = $('type').value;
  const grid = $('grid');
  grid.innerHTML = '';
  const head = el('tr', {}, el('th', { textContent: t('chapter') }));
  levels().forEach(l => head.append(el('th', { textContent: l })));
  grid.append(el('thead', {}, head));
  const body = el('tbody');
  model.chapters.forEach(ch => {
    const tr = el('tr', {}, el('td', { textContent: `${ch.code}. ${ch.title}` }));
    levels().forEach(level => {
      const k = key(type, ch.code, level);
      const have = model.supply.get(k) || 0;
      const input = el('input', { type: 'number', min: '0', max: '100', value: model.cells.get(k)?.count || '', id: `cell-${ch.code}-${level}` });
      input.setAttribute('aria-label', `${ch.code} ${level}: ${t('have', { n: have })}`);
      const td = el('td', {}, input, el('span', { className: 'have', textContent: t('have', { n: have }) }));
      const mark = () => td.classList.toggle('short', Number(input.value || 0) > have);
      mark();
      input.addEventListener('input', () => {
        const count = Number(input.value || 0);
        if (count > 0) model.cells.set(k, { ...(model.cells.get(k) || { spec: '' }), count });
        else model.cells.delete(k);
        mark();
        drawTotals();
      });
      input.addEventListener('focus', () => { model.focused = k; $('spec').value = model.cells.get(k)?.spec || ''; $('spec-label').textContent = `${t('specification')}: ${ch.code} · ${level}`; });
      tr.append(td);
    });
    body.append(tr);
  });
  grid.append(body);
  // A grade with no published items: say why the grid is empty and where to go (issue 17, point 14).
  $('empty-bank').hidden = model.chapters.length > 0;
  $('points-each').value = formatNumber(model.points.get(type) ?? DEFAULT_POINTS[type] ?? 1, 4, lang());
  drawTotals();
}

function cellsOf() {
  return [...model.cells.entries()].map(([k, v]) => {
    const [type, chapter, level] = k.split('|');
    return { chapter, level, type, count: v.count, pointsEach: Number(model.points.get(type) ?? DEFAULT_POINTS[type] ?? 1), specification: v.spec || '' };
  });
}

function drawTotals() {
  const cells = cellsOf();
  const items = cells.reduce((n, c) => n + c.count, 0);
  const points = cells.reduce((n, c) => n + c.count * c.pointsEach, 0);
  const ok = Math.abs(points - 10) < 1e-9;
  $('totals').innerHTML = '';
  $('totals').append(el('strong', { className: ok ? 'ok' : 'bad', textContent: t('totals', { items, points: num(points) }) }));
  if (!ok && items) $('totals').append(el('div', { className: 'bad', textContent: t('mustBeTen') }));
  // Points per level as bars: the usual check that a paper runs 40/30/20/10 from NB to VDC.
  const chart = $('level-chart');
  chart.innerHTML = '';
  levels().forEach(level => {
    const p = cells.filter(c => c.level === level).reduce((n, c) => n + c.count * c.pointsEach, 0);
    chart.append(el('div', { style: `height:${Math.max(8, p * 10)}%`, title: `${level}: ${num(p)}`, textContent: `${level} ${num(p)}` }));
  });
  // Every part at once, whichever type the grid is showing (issue 17, point 9).
  const whole = $('blueprint-summary');
  whole.innerHTML = '';
  whole.append(el('strong', { textContent: t('wholeBlueprint') }));
  const ul = el('ul');
  if (!cells.length) ul.append(el('li', { className: 'muted', textContent: t('blueprintEmpty') }));
  cells.forEach(c => ul.append(el('li', { textContent: t('cellLine', { type: t(c.type), chapter: c.chapter, level: c.level, count: c.count, points: num(c.pointsEach) }) })));
  whole.append(ul);
  chart.setAttribute('aria-label', levels().map(l => `${l} ${num(cells.filter(c => c.level === l).reduce((n, c) => n + c.count * c.pointsEach, 0))}`).join(', '));
}

function request() {
  const codes = $('codes').value.split(/[,;\s]+/).filter(Boolean);
  const body = {
    title: $('title').value.trim() || `${t($('kind').value)} – ${$('subject').selectedOptions[0]?.textContent || ''} ${$('grade').value}`,
    subject: $('subject').value, grade: Number($('grade').value), kind: $('kind').value, mode: $('mode').value,
    blueprint: { durationMinutes: Number($('duration').value), cells: cellsOf() }
  };
  if (codes.length) body.codes = codes; else body.versions = Number($('versions').value);
  if ($('seed').value) body.seed = Number($('seed').value);
  return body;
}

function showProblems(error) {
  const box = $('problems');
  box.hidden = false;
  box.innerHTML = '';
  if (error.error === 'BLUEPRINT_UNMET') {
    box.append(el('strong', { textContent: t('BLUEPRINT_UNMET') }));
    const ul = el('ul');
    error.details.forEach(d => ul.append(el('li', { textContent: t('shortCell', { ...d, type: t(d.type) }) })));
    box.append(ul);
  } else if (Array.isArray(error.details)) {
    box.append(el('strong', { textContent: describeProblem({ error: error.error }) }));
    const ul = el('ul');
    error.details.forEach(d => ul.append(el('li', { textContent: (d.field ? `${t(d.field)}: ` : '') + describeProblem(d) })));
    box.append(ul);
  } else {
    box.textContent = errorText(error);
  }
}

async function generate() {
  $('problems').hidden = true;
  $('generate').disabled = true;
  $('progress').hidden = false;
  const reply = await call('POST', 'papers', request());
  $('progress').hidden = true;
  $('generate').disabled = false;
  if (!reply.ok) { showProblems(reply.error); return; }
  notify(t('created', { id: reply.data.id }));
  showPaper(reply.data);
  loadPapers();
}

async function showPaper(paper) {
  model.paper = paper;
  $('paper').hidden = false;
  $('paper-title').textContent = `${paper.title} (#${paper.id})`;
  $('paper-meta').textContent = `${t(paper.kind)} · ${paper.durationMinutes}′ · ${t(paper.status)} · ${paper.versions.length} ${t('versions').toLowerCase()} · ${t(paper.mode)}`
    + (paper.approvals.length ? ' · ' + paper.approvals.map(a => t('approvedBy', { step: t(a.step === 'PRINCIPAL' ? 'PRINCIPAL_STEP' : 'GROUP'), who: a.decidedBy, note: a.note || (a.approved ? t('approve') : t('reject')) })).join(' · ') : '');
  // The assembler's warnings (e.g. the bank forced reuse of recently used items) are the subject group's to read.
  $('paper-meta').append(...(paper.warningDetails || paper.warnings || []).map(w => el('div', { className: 'warning', textContent: '⚠ ' + describeProblem(w) })));
  const downloads = $('downloads');
  downloads.innerHTML = '';
  const link = (label, path, name) => { const b = el('button', { type: 'button', className: 'secondary', textContent: label }); b.addEventListener('click', () => download(path, name)); downloads.append(b); };
  const first = paper.versions[0]?.code;
  paper.versions.forEach(v => link(t('downloadPdf', { code: v.code }), `papers/${paper.id}/versions/${v.code}/pdf`, `de-${paper.id}-${v.code}.pdf`));
  if (first) link(t('answerSheets'), `papers/${paper.id}/answer-sheets`, `phieu-${paper.id}.pdf`);
  // a class's sheets pre-filled with names and số báo danh, versions dealt in roster order
  const classInput = el('input', { type: 'text', id: 'sheet-class', placeholder: '9A1', maxLength: 20, size: 6 });
  classInput.setAttribute('aria-label', t('sheetClass'));
  const classSheets = el('button', { type: 'button', className: 'secondary', id: 'class-sheets', textContent: t('classSheets') });
  classSheets.addEventListener('click', () => {
    const code = classInput.value.trim();
    if (!code) { classInput.focus(); notify(t('sheetClass')); return; }
    download(`papers/${paper.id}/answer-sheets?class=${encodeURIComponent(code)}`, `phieu-${paper.id}-${code}.pdf`);
  });
  if (first) downloads.append(el('span', { className: 'class-sheets' }, classInput, classSheets));
  link(t('keysPdf'), `papers/${paper.id}/keys?format=pdf`, `dap-an-${paper.id}.pdf`);
  link(t('keysXlsx'), `papers/${paper.id}/keys?format=xlsx`, `dap-an-${paper.id}.xlsx`);
  drawApproval(paper);
  ['left-version', 'right-version'].forEach((id, side) => {
    const select = $(id);
    select.innerHTML = '';
    paper.versions.forEach(v => select.append(el('option', { value: v.code, textContent: t('version', { code: v.code }) })));
    select.value = paper.versions[Math.min(side, paper.versions.length - 1)]?.code;
    select.onchange = () => preview(side === 0 ? 'left-items' : 'right-items', select.value);
    preview(side === 0 ? 'left-items' : 'right-items', select.value);
  });
}

function drawApproval(paper) {
  const box = $('approval');
  box.innerHTML = '';
  // Four eyes: never on one's own paper; a deputy decides under a materials delegation (the server checks it).
  const mayDecide = paper.createdBy !== me.username && ((paper.status === 'DRAFT' && me.roles.includes('DEPARTMENT_HEAD'))
    || (paper.status === 'GROUP_APPROVED' && me.roles.some(r => r === 'PRINCIPAL' || r === 'DEPUTY_PRINCIPAL')));
  if (!mayDecide) return;
  const note = el('input', { id: 'approval-note', placeholder: t('note') });
  const decide = approve => async () => {
    const reply = await call('POST', `papers/${paper.id}/approval`, { approve, note: note.value });
    if (reply.ok) { showPaper(reply.data); loadPapers(); } else notify(t('failed', { message: errorText(reply.error) }));
  };
  const yes = el('button', { type: 'button', className: 'primary', id: 'approve', textContent: t('approve') });
  yes.addEventListener('click', decide(true));
  const no = el('button', { type: 'button', className: 'secondary', id: 'reject', textContent: t('reject') });
  no.addEventListener('click', decide(false));
  box.append(note, yes, no);
}

async function preview(listId, code) {
  const reply = await call('GET', `papers/${model.paper.id}/versions/${code}`);
  const list = $(listId);
  list.innerHTML = '';
  (reply.ok ? reply.data : []).forEach(item => {
    const li = el('li');
    li.dataset.item = item.itemId;
    const stem = el('div');
    stem.innerHTML = item.stem; // sanitised by the bank when stored
    li.append(stem);
    const options = item.options || item.statements || [];
    if (options.length) {
      const opts = el('div', { className: 'opts' });
      options.forEach((o, i) => { const d = el('div'); d.innerHTML = `${item.statements ? String.fromCharCode(97 + i) + ')' : String.fromCharCode(65 + i) + '.'} ${o.text}`; opts.append(d); });
      li.append(opts);
    }
    list.append(li);
  });
  renderMath(list);
}

/** Files need the bearer token, so they are fetched and handed to the browser as a download. */
async function download(path, name) {
  const response = await fetch('api/v1/' + path, { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) { notify(t('failed', { message: response.status })); return; }
  const url = URL.createObjectURL(await response.blob());
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function loadSaved() {
  const reply = await call('GET', `blueprints?subject=${$('subject').value}&grade=${$('grade').value}`);
  const select = $('saved');
  select.innerHTML = '';
  (reply.ok ? reply.data : []).forEach(b => select.append(el('option', { value: b.id, textContent: `${b.name} · v${b.version} · ${t(b.kind)}` })));
}

async function useSaved() {
  if (!$('saved').value) return;
  const reply = await call('GET', `blueprints/${$('saved').value}`);
  if (!reply.ok) return;
  const b = reply.data;
  $('kind').value = b.kind;
  $('duration').value = b.durationMinutes;
  model.cells = new Map();
  model.points = new Map();
  b.cells.forEach(c => { model.cells.set(key(c.type, c.chapter, c.level), { count: c.count, spec: c.specification || '' }); model.points.set(c.type, c.pointsEach); });
  drawGrid();
}

async function saveBlueprint() {
  const name = prompt(t('nameQuestion'), $('title').value.trim() || t($('kind').value));
  if (!name) return;
  const r = request();
  const reply = await call('POST', 'blueprints', { name, subject: r.subject, grade: r.grade, kind: r.kind, blueprint: r.blueprint });
  if (!reply.ok) { showProblems(reply.error); return; }
  notify(t('saved', { name: reply.data.name, version: reply.data.version }));
  loadSaved();
}

async function loadPapers() {
  const reply = await call('GET', `papers?subject=${$('subject').value}&grade=${$('grade').value}`);
  const body = $('paper-list').querySelector('tbody');
  body.innerHTML = '';
  (reply.ok ? reply.data : []).slice(0, 20).forEach(p => {
    const open = el('button', { type: 'button', className: 'secondary', textContent: t('open') });
    open.addEventListener('click', async () => { const r = await call('GET', `papers/${p.id}`); if (r.ok) { showPaper(r.data); $('paper').scrollIntoView(); } });
    body.append(el('tr', {}, el('td', { textContent: p.title }), el('td', { textContent: t(p.kind) }), el('td', { textContent: t(p.status) }),
      el('td', { textContent: String(p.versions) }), el('td', {}, open)));
  });
}

const types = await loadItemTypes();
TYPES = [...types.filter(x => x.suggestedPoints != null), ...types.filter(x => x.suggestedPoints == null)].map(x => x.code);
DEFAULT_POINTS = Object.fromEntries(types.filter(x => x.suggestedPoints != null).map(x => [x.code, x.suggestedPoints]));
TYPES.forEach(type => $('type').append(el('option', { value: type, textContent: t(type) })));
$('type').addEventListener('change', drawGrid);
$('points-each').addEventListener('input', () => { model.points.set($('type').value, parseNumber($('points-each').value) ?? 0); drawTotals(); });  // 0,25 = 0.25
$('spec').addEventListener('input', () => { if (model.focused && model.cells.has(model.focused)) model.cells.get(model.focused).spec = $('spec').value; });
$('subject').addEventListener('change', () => { model.cells = new Map(); loadSupply(); });
$('grade').addEventListener('change', () => { model.cells = new Map(); loadSupply(); });
$('kind').addEventListener('change', drawDurationHint);
$('duration').addEventListener('input', checkDuration);
$('generate').addEventListener('click', generate);
$('save').addEventListener('click', saveBlueprint);
$('load-saved').addEventListener('click', useSaved);
applyTranslations();
bindLanguageSwitch(() => { $('type').querySelectorAll('option').forEach(o => { o.textContent = t(o.value); }); drawGrid(); drawDurationHint(); if (model.paper) showPaper(model.paper); });
$('display-name').textContent = me.displayName;
await loadSubjects();
await loadSupply();
// A link from the approval queue or the bell: papers.html#paper=ID opens that paper.
async function openFromHash() {
  const m = location.hash.match(/paper=(\d+)/);
  if (!m) return;
  const r = await call('GET', `papers/${m[1]}`);
  if (r.ok) { showPaper(r.data); $('paper').scrollIntoView(); }
}
window.addEventListener('hashchange', openFromHash);
await openFromHash();
