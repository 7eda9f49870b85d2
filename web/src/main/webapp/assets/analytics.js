// Thống kê, đối sánh (issue 15): statistics for leaders from the gradebook, the comparison of
// periodic with regular results with a drill-down to the students, and a sitting's item analysis.
// Every figure says where it comes from (formula, n) in its title and in a footnote, vi and en.
import { register, t, applyTranslations, bindLanguageSwitch } from './i18n.js';
import { call, session, token } from './api.js';
import { citationsText, errorText as describeError, subjectName } from './messages.js';
import { bars, stacked, boxes, scatter } from './charts.js';
import { num } from './item-stats.js';
import { $ } from './dom.js';

register({
  anTitle: 'Thống kê, đối sánh', anTabSummary: 'Thống kê', anTabComparison: 'Đối sánh', anTabSitting: 'Phân tích đề',
  anPeriod: 'Kì', anSem1: 'Học kì I', anSem2: 'Học kì II', anYear: 'Cả năm', anBy: 'Theo', anBySubject: 'Môn',
  anByTeacher: 'Giáo viên', anByGrade: 'Khối', anByClass: 'Lớp', anSubjectOptional: 'Môn (tuỳ chọn)', anShow: 'Xem',
  anExcel: 'Tải Excel', anPrint: 'In / PDF', anMeanChart: 'Điểm trung bình môn theo nhóm',
  anLevelChart: 'Số học sinh theo mức đánh giá', anBoxChart: 'Phân bố điểm (hộp: Q1–trung vị–Q3, râu: nhỏ nhất–lớn nhất)',
  anDistChart: 'Phổ điểm', anSemester: 'Học kì', anSubject: 'Môn', anClassOptional: 'Lớp (tuỳ chọn)',
  anGap: 'Ngưỡng chênh lệch (điểm)', anScatter: 'Điểm thường xuyên (ngang) và định kì (dọc) của từng học sinh',
  anSittingId: 'Mã buổi kiểm tra', anLoading: 'Đang tính…', anNone: 'Chưa có dữ liệu.',
  TOT: 'Tốt', KHA: 'Khá', DAT: 'Đạt', CHUA_DAT: 'Chưa đạt', INCOMPLETE: 'Chưa đủ điểm',
  anGroup: 'Nhóm', anStudents: 'Số HS', anScores: 'Số ĐTB môn', anMean: 'Trung bình', anSd: 'Độ lệch chuẩn', anMedian: 'Trung vị',
  anMeanTitle: '{g}: trung bình {v} của {n} điểm trung bình môn',
  anSummaryNote: 'Điểm trung bình môn (ĐTBmhk, ĐTBmcn) và mức đánh giá do bộ quy tắc tính theo {c}. Trung bình = tổng các ĐTB môn / n; độ lệch chuẩn chia cho n − 1; Q1, trung vị, Q3 là các tứ phân vị. "Chưa đủ điểm": học sinh còn thiếu điểm ở một môn của lớp.',
  anClass: 'Lớp', anTeacher: 'Giáo viên', anRegular: 'TB thường xuyên', anMidterm: 'TB giữa kì', anFinal: 'TB cuối kì',
  anPeriodic: 'TB định kì', anGapCol: 'Chênh lệch', anCorrelation: 'Tương quan', anFlag: 'Cần chú ý', anYes: 'Có',
  anStudent: 'Học sinh', anMidtermOne: 'Giữa kì', anFinalOne: 'Cuối kì',
  anComparisonNote: 'TB thường xuyên = trung bình các cột TX của học sinh; TB định kì = (2·GK + 3·CK)/5 (trọng số của ĐTBmhk, TT22 Điều 9); chênh lệch = định kì − thường xuyên. Số của lớp là trung bình của các học sinh; tương quan Pearson trên {n} học sinh có đủ điểm. Đánh dấu khi chênh lệch từ {s} điểm (học sinh) hoặc {g} điểm (lớp).',
  anDrill: 'Học sinh lớp {c} — môn {s}', anClickRow: 'Bấm vào một lớp để xem từng học sinh.',
  anGapInvalid: 'Ngưỡng là một số điểm lớn hơn 0 và không quá 10, ví dụ 1,5.',
  anAttempts: 'Số bài', anSdFull: 'Độ lệch chuẩn', anAlpha: 'Độ tin cậy α', anKr20: 'KR-20', anSem: 'Sai số đo lường (SEM)',
  anPosition: 'Câu', anFacility: 'Độ khó', anDiscrimination: 'Độ phân biệt', anOptions: 'Phương án (tỉ lệ chọn)', anFlags: 'Cảnh báo',
  NEGATIVE_DISCRIMINATION: 'Phân biệt âm', LOW_DISCRIMINATION: 'Phân biệt kém', TOO_EASY: 'Quá dễ', TOO_HARD: 'Quá khó',
  NON_FUNCTIONING_DISTRACTOR: 'Phương án nhiễu không ai chọn',
  anSittingNote: 'n = {n} bài đã nộp và đã chấm{p}. α = k/(k−1)·(1 − Σ phương sai câu / phương sai tổng); KR-20 khi mọi câu chấm 0/1; SEM = độ lệch chuẩn·√(1−α). Độ khó = tỉ lệ điểm trung bình đạt được của câu; độ phân biệt = tương quan giữa điểm câu và tổng điểm các câu còn lại. Phương án ghi theo mã gốc trong ngân hàng (đã bỏ đảo thứ tự của mã đề); * là đáp án.',
  anPending: ', {p} bài còn chờ chấm tự luận không tính', FORBIDDEN: 'Bạn không có quyền xem số liệu này.', NOT_FOUND: 'Không tìm thấy.',
  VALIDATION_FAILED: 'Dữ liệu nhập chưa đúng.'
}, {
  anTitle: 'Statistics and comparison', anTabSummary: 'Statistics', anTabComparison: 'Comparison', anTabSitting: 'Item analysis',
  anPeriod: 'Period', anSem1: 'Semester I', anSem2: 'Semester II', anYear: 'Whole year', anBy: 'By', anBySubject: 'Subject',
  anByTeacher: 'Teacher', anByGrade: 'Grade', anByClass: 'Class', anSubjectOptional: 'Subject (optional)', anShow: 'Show',
  anExcel: 'Download Excel', anPrint: 'Print / PDF', anMeanChart: 'Mean subject average per group',
  anLevelChart: 'Students per learning level', anBoxChart: 'Spread of scores (box: Q1–median–Q3, whiskers: min–max)',
  anDistChart: 'Score distribution', anSemester: 'Semester', anSubject: 'Subject', anClassOptional: 'Class (optional)',
  anGap: 'Gap threshold (points)', anScatter: 'Each student\'s regular (across) and periodic (up) mean',
  anSittingId: 'Sitting id', anLoading: 'Computing…', anNone: 'No data yet.',
  TOT: 'Very good', KHA: 'Good', DAT: 'Pass', CHUA_DAT: 'Not yet passed', INCOMPLETE: 'Incomplete',
  anGroup: 'Group', anStudents: 'Students', anScores: 'Subject averages', anMean: 'Mean', anSd: 'SD', anMedian: 'Median',
  anMeanTitle: '{g}: mean {v} of {n} subject averages',
  anSummaryNote: 'Subject averages (semester, year) and learning levels are computed by the rules under {c}. Mean = sum of the subject averages / n; SD divides by n − 1; Q1, median, Q3 are quartiles. "Incomplete": the student still lacks scores in a subject of the class.',
  anClass: 'Class', anTeacher: 'Teacher', anRegular: 'Regular mean', anMidterm: 'Midterm mean', anFinal: 'Final mean',
  anPeriodic: 'Periodic mean', anGapCol: 'Gap', anCorrelation: 'Correlation', anFlag: 'Needs attention', anYes: 'Yes',
  anStudent: 'Student', anMidtermOne: 'Midterm', anFinalOne: 'Final',
  anComparisonNote: 'Regular mean = the mean of a student\'s TX columns; periodic mean = (2·GK + 3·CK)/5 (the weights of the semester average, TT22 Art. 9); gap = periodic − regular. A class\'s figures are its students\' means; Pearson correlation over the {n} students with all scores. Flagged from a gap of {s} points (student) or {g} points (class).',
  anDrill: 'Students of {c} — {s}', anClickRow: 'Click a class to see each student.',
  anGapInvalid: 'The threshold is a number of points above 0 and at most 10, e.g. 1.5.',
  anAttempts: 'Attempts', anSdFull: 'Standard deviation', anAlpha: 'Reliability α', anKr20: 'KR-20', anSem: 'Standard error of measurement',
  anPosition: 'Item', anFacility: 'Facility', anDiscrimination: 'Discrimination', anOptions: 'Options (share)', anFlags: 'Flags',
  NEGATIVE_DISCRIMINATION: 'Negative discrimination', LOW_DISCRIMINATION: 'Low discrimination', TOO_EASY: 'Too easy', TOO_HARD: 'Too hard',
  NON_FUNCTIONING_DISTRACTOR: 'Distractor nobody chooses',
  anSittingNote: 'n = {n} submitted and graded attempts{p}. α = k/(k−1)·(1 − Σ item variances / total variance); KR-20 when every item is scored 0/1; SEM = SD·√(1−α). Facility = mean share of the item\'s points earned; discrimination = correlation of the item with the total of the other items. Options are named by the bank item\'s own ids (the version\'s shuffle undone); * marks the key.',
  anPending: ', {p} attempts waiting for essay marking left out', FORBIDDEN: 'You may not see these figures.', NOT_FOUND: 'Not found.',
  VALIDATION_FAILED: 'Please check what you entered.'
});

const me = session();
if (!me) location.href = './';
const LEVELS = [['TOT', '#15803d'], ['KHA', '#2563eb'], ['DAT', '#f59e0b'], ['CHUA_DAT', '#dc2626'], ['INCOMPLETE', '#94a3b8']];
const state = { summary: null, comparison: null, sitting: null, drill: null };

function cell(tr, value, cls, title) {
  const td = document.createElement('td');
  td.textContent = value;
  if (cls) td.className = cls;
  if (title) td.title = title;
  tr.append(td);
  return td;
}

function head(table, names) {
  table.innerHTML = '';
  const tr = table.createTHead().insertRow();
  names.forEach(([n, cls]) => { const th = document.createElement('th'); th.textContent = n; if (cls) th.className = cls; tr.append(th); });
  return table.createTBody();
}

function errorText(reply) {
  const code = reply.error?.error;
  return code && t(code) !== code ? t(code) : describeError(reply.error);
}

async function download(path, name) {
  const response = await fetch('api/v1/' + path, { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await response.blob());
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- statistics for leaders -------------------------------------------------------------------

function summaryQuery() {
  const subject = $('summary-subject').value.trim();
  return `period=${$('summary-period').value}&by=${$('summary-by').value}${subject ? '&subject=' + encodeURIComponent(subject) : ''}`;
}

async function loadSummary(event) {
  event?.preventDefault();
  $('summary-status').className = '';
  $('summary-status').textContent = t('anLoading');
  const reply = await call('GET', 'analytics/summary?' + summaryQuery());
  if (!reply.ok) { $('summary-status').className = 'error'; $('summary-status').textContent = errorText(reply); $('summary-result').hidden = true; return; }
  state.summary = reply.data;
  $('summary-status').textContent = reply.data.groups.length ? '' : t('anNone');
  renderSummary();
}

function renderSummary() {
  const label = g => subjectName(g.group, g.group); // a subject group by its name, other groups as they are
  const data = state.summary;
  if (!data) return;
  $('summary-result').hidden = !data.groups.length;
  const groups = data.groups;
  $('chart-means').replaceChildren(bars(groups.map(g => ({ label: label(g), value: g.mean,
    title: t('anMeanTitle', { g: label(g), v: num(g.mean), n: g.scores }) })), { format: v => num(v, 0) }));
  $('chart-levels').replaceChildren(stacked(groups.map(g => ({ label: label(g),
    parts: LEVELS.map(([l, color]) => ({ value: g.levels[l] || 0, color, title: `${label(g)} — ${t(l)}: ${g.levels[l] || 0} / ${g.students}` })) })),
    LEVELS.map(([l, color]) => ({ label: t(l), color }))));
  $('chart-box').replaceChildren(boxes(groups.map(g => ({ label: label(g), ...g,
    title: `${label(g)}: n = ${g.scores}; ${num(g.min, 1)} · ${num(g.q1)} · ${num(g.median)} · ${num(g.q3)} · ${num(g.max, 1)}` }))));
  const total = new Array(10).fill(0);
  groups.forEach(g => g.distribution.forEach((c, i) => { total[i] += c; }));
  $('chart-dist').replaceChildren(bars(total.map((c, i) => ({ label: `${i}–${i + 1}`, value: c, title: `[${i}; ${i + 1}${i === 9 ? ']' : ')'}: ${c}` })),
    { max: Math.max(1, ...total), color: '#0f766e', format: v => num(v, 0) }));
  const body = head($('summary-table'), [[t('anGroup')], [t('anStudents'), 'num'], ...LEVELS.map(([l]) => [t(l), 'num']),
    [t('anScores'), 'num'], [t('anMean'), 'num'], [t('anSd'), 'num'], [t('anMedian'), 'num']]);
  groups.forEach(g => {
    const tr = body.insertRow();
    cell(tr, label(g));
    cell(tr, g.students, 'num');
    LEVELS.forEach(([l]) => cell(tr, g.levels[l] || 0, 'num', `${t(l)}: ${g.levels[l] || 0} / ${g.students}`));
    cell(tr, g.scores, 'num');
    cell(tr, num(g.mean), 'num', t('anMeanTitle', { g: label(g), v: num(g.mean), n: g.scores }));
    cell(tr, num(g.sd), 'num');
    cell(tr, num(g.median), 'num');
  });
  $('summary-footnote').textContent = t('anSummaryNote', { c: citationsText(data.citations.length ? data.citations : ['TT22']) });
}

// ---- đối sánh -----------------------------------------------------------------------------------

function comparisonQuery() {
  const cls = $('comparison-class').value.trim();
  const gap = $('comparison-gap').value.trim().replace(',', '.');
  return `semester=${$('comparison-semester').value}&subject=${encodeURIComponent($('comparison-subject').value.trim())}`
    + (cls ? '&class=' + encodeURIComponent(cls) : '') + (gap ? '&gap=' + encodeURIComponent(gap) : '');
}

async function loadComparison(event) {
  event?.preventDefault();
  const gap = $('comparison-gap').value.trim().replace(',', '.');
  $('comparison-error').hidden = true;
  if (gap && !(Number(gap) > 0 && Number(gap) <= 10)) { $('comparison-error').textContent = t('anGapInvalid'); $('comparison-error').hidden = false; return; }
  $('comparison-status').textContent = t('anLoading');
  const reply = await call('GET', 'analytics/comparison?' + comparisonQuery());
  $('comparison-status').textContent = '';
  if (!reply.ok) { $('comparison-error').textContent = errorText(reply); $('comparison-error').hidden = false; $('comparison-result').hidden = true; return; }
  state.comparison = reply.data;
  state.drill = null;
  renderComparison();
}

function renderComparison() {
  const data = state.comparison;
  if (!data) return;
  $('comparison-result').hidden = false;
  if (!data.groups.length) $('comparison-status').textContent = t('anNone');
  const body = head($('comparison-groups'), [[t('anClass')], [t('anSubject')], [t('anTeacher')], [t('anStudents'), 'num'],
    [t('anRegular'), 'num'], [t('anMidterm'), 'num'], [t('anFinal'), 'num'], [t('anPeriodic'), 'num'], [t('anGapCol'), 'num'],
    [t('anCorrelation'), 'num'], [t('anFlag')]]);
  data.groups.forEach(g => {
    const tr = body.insertRow();
    tr.className = 'clickable' + (g.flagged ? ' flagged' : '');
    tr.tabIndex = 0;
    tr.dataset.class = g.class;
    tr.title = t('anClickRow');
    [g.class, g.subject, g.teacher || '—'].forEach(v => cell(tr, v));
    cell(tr, g.students, 'num');
    [g.regularMean, g.midtermMean, g.finalMean, g.periodicMean, g.gap].forEach(v => cell(tr, num(v), 'num'));
    cell(tr, num(g.correlation, 3), 'num', `Pearson, n = ${g.paired}`);
    cell(tr, g.flagged ? t('anYes') : '');
    const open = () => { state.drill = g; renderDrill(); };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', e => { if (e.key === 'Enter') open(); });
  });
  const paired = data.groups.reduce((a, g) => a + g.paired, 0);
  $('comparison-footnote').textContent = t('anComparisonNote', { n: paired, s: num(data.thresholds.student, 1), g: num(data.thresholds.group, 1) })
    + ' ' + t('anClickRow');
  renderDrill();
}

function renderDrill() {
  const g = state.drill;
  $('drill').hidden = !g;
  if (!g) return;
  $('drill-title').textContent = t('anDrill', { c: g.class, s: g.subject });
  const students = state.comparison.students.filter(s => s.class === g.class && s.subject === g.subject)
    .sort((a, b) => (b.flagged - a.flagged) || Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0));
  $('chart-scatter').replaceChildren(scatter(students.filter(s => s.gap !== null).map(s => ({ x: s.regularMean, y: s.periodicMean, flagged: s.flagged,
    title: `${s.name || s.studentId}: ${num(s.regularMean)} → ${num(s.periodicMean)} (${num(s.gap)})` }))));
  const body = head($('drill-students'), [[t('anStudent')], [t('anRegular'), 'num'], [t('anMidtermOne'), 'num'], [t('anFinalOne'), 'num'],
    [t('anPeriodic'), 'num'], [t('anGapCol'), 'num'], [t('anFlag')]]);
  students.forEach(s => {
    const tr = body.insertRow();
    tr.dataset.student = s.studentId;
    if (s.flagged) tr.className = 'flagged';
    cell(tr, `${s.name || ''} (${s.studentId})`);
    cell(tr, num(s.regularMean), 'num');
    cell(tr, num(s.midterm, 1), 'num');
    cell(tr, num(s.final, 1), 'num');
    cell(tr, num(s.periodicMean), 'num', '(2·GK + 3·CK)/5');
    cell(tr, num(s.gap), 'num');
    cell(tr, s.flagged ? t('anYes') : '');
  });
}

// ---- a sitting's item analysis -------------------------------------------------------------------

async function loadSitting(event) {
  event?.preventDefault();
  const id = $('sitting-id').value.trim();
  $('sitting-error').hidden = true;
  if (!/^\d+$/.test(id)) { $('sitting-error').textContent = t('VALIDATION_FAILED'); $('sitting-error').hidden = false; return; }
  $('sitting-status').textContent = t('anLoading');
  const reply = await call('GET', 'analytics/sittings/' + id);
  $('sitting-status').textContent = '';
  if (!reply.ok) { $('sitting-error').textContent = errorText(reply); $('sitting-error').hidden = false; $('sitting-result').hidden = true; return; }
  state.sitting = reply.data;
  renderSitting();
}

function renderSitting() {
  const a = state.sitting;
  if (!a) return;
  $('sitting-result').hidden = false;
  const reason = key => a.notes[key] ? ` (${a.notes[key]})` : '';
  const figures = [['anAttempts', String(a.attempts), `n = ${a.attempts}`], ['anMean', num(a.mean), `Σx / n, n = ${a.attempts}`],
    ['anSdFull', num(a.sd), `√(Σ(x − x̄)² / (n − 1))${reason('sd')}`], ['anAlpha', num(a.reliability.alpha), `k/(k−1)·(1 − Σs²ᵢ/s²)${reason('alpha')}`],
    ['anKr20', num(a.reliability.kr20), `KR-20${reason('kr20')}`], ['anSem', num(a.reliability.sem), `s·√(1−α)${reason('sem')}`]];
  $('sitting-figures').replaceChildren(...figures.map(([k, v, title]) => {
    const d = document.createElement('div');
    d.title = title;
    const dt = document.createElement('dt'); dt.textContent = t(k);
    const dd = document.createElement('dd'); dd.textContent = v; dd.dataset.figure = k;
    d.append(dt, dd);
    return d;
  }));
  $('chart-sitting-dist').replaceChildren(bars(a.distribution.map(b => ({ label: `${b.from}`, value: b.count, title: `[${b.from}; ${b.to}): ${b.count}` })),
    { max: Math.max(1, ...a.distribution.map(b => b.count)), color: '#0f766e', format: v => num(v, 0) }));
  const body = head($('sitting-items'), [[t('anPosition'), 'num'], [t('anFacility'), 'num'], [t('anDiscrimination'), 'num'], [t('anOptions')], [t('anFlags')]]);
  a.items.forEach(i => {
    const tr = body.insertRow();
    tr.dataset.item = i.itemId;
    if (i.flags.length) tr.className = 'flagged';
    cell(tr, `${i.position} (#${i.itemId})`, 'num');
    cell(tr, num(i.facility), 'num', `n = ${i.attempts}${i.notes.facility ? ' — ' + i.notes.facility : ''}`);
    cell(tr, num(i.discrimination), 'num', `r(item, total − item), n = ${i.attempts}${i.notes.discrimination ? ' — ' + i.notes.discrimination : ''}`);
    cell(tr, i.options.map(o => `${o.optionId}${o.key ? '*' : ''} ${num(o.share * 100, 0)}%`).join(' · '), '',
      i.options.map(o => `${o.optionId}: ${num(o.share * 100, 0)}% → x̄ = ${num(o.meanTotal)}`).join('\n'));
    const flags = cell(tr, '');
    i.flags.forEach(f => { const s = document.createElement('span'); s.className = 'flag'; s.textContent = t(f); flags.append(s); });
  });
  $('sitting-footnote').textContent = t('anSittingNote', { n: a.attempts, p: a.pendingGrading ? t('anPending', { p: a.pendingGrading }) : '' });
}

// ---- page ---------------------------------------------------------------------------------------

function show(tab) {
  ['summary', 'comparison', 'sitting'].forEach(name => {
    $('panel-' + name).hidden = name !== tab;
    $('tab-' + name).setAttribute('aria-selected', String(name === tab));
  });
}

function render() {
  applyTranslations();
  $('display-name').textContent = me.displayName;
  renderSummary();
  renderComparison();
  renderSitting();
}

document.querySelectorAll('[data-tab]').forEach(b => b.addEventListener('click', () => show(b.dataset.tab)));
$('summary-form').addEventListener('submit', loadSummary);
$('comparison-form').addEventListener('submit', loadComparison);
$('sitting-form').addEventListener('submit', loadSitting);
$('summary-xlsx').addEventListener('click', () => download('analytics/summary/export?' + summaryQuery(), 'thong-ke.xlsx'));
$('comparison-xlsx').addEventListener('click', () => download('analytics/comparison/export?' + comparisonQuery(), 'doi-sanh.xlsx'));
$('summary-print').addEventListener('click', () => window.print());
$('comparison-print').addEventListener('click', () => window.print());
bindLanguageSwitch(render);
render();
const params = new URLSearchParams(location.search);
if (params.get('sitting')) { $('sitting-id').value = params.get('sitting'); show('sitting'); loadSitting(); }
else if (me.roles.some(r => ['PRINCIPAL', 'DEPUTY_PRINCIPAL', 'ADMIN', 'DEPARTMENT_HEAD'].includes(r))) { show('summary'); loadSummary(); }
else show('comparison');

