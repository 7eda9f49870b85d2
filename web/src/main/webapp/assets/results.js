// Results (issue 13): a student's own "Kết quả học tập" (cards, usable on a phone, with appeals of a
// periodic mark) and the homeroom teacher's class summary (tổng kết) with conduct entry, the rules'
// citations on demand and the printable PDF. Every level and decision comes from the server's rules.
import { applyTranslations, bindLanguageSwitch, register, t } from './i18n.js';
import { call, session, token } from './api.js';
import { citationsText, subjectName } from './messages.js';
import { $ } from './dom.js';

register({
  rsTitle: 'Kết quả học tập', rsClassTitle: 'Tổng kết lớp', rsPeriod: 'Kì', rsP1: 'Học kì I', rsP2: 'Học kì II', rsYear: 'Cả năm',
  rsLearning: 'Học tập', rsConduct: 'Rèn luyện', rsAppeals: 'Phúc khảo', rsPdf: 'In kết quả của lớp (PDF)',
  rsNone: 'Chưa đủ điểm', rsComputed: 'tính ra {c}, nâng theo Điều 9.3', rsPromoted: 'Lên lớp', rsNotPromoted: 'Chưa được lên lớp',
  rsRetest: 'Kiểm tra lại: {s}', rsSummer: 'Rèn luyện trong hè', rsAward: 'Khen thưởng: {a}', rsCitations: 'Căn cứ',
  rsAppeal: 'Phúc khảo', rsAppealReason: 'Lí do đề nghị phúc khảo cột {c} môn {s}:', rsAppealSent: 'Đã gửi đề nghị phúc khảo.',
  rsNoAppeals: 'Chưa có đề nghị phúc khảo.', rsConductSaved: 'Đã lưu rèn luyện của {name}.', rsMissing: 'Thiếu: {m}',
  TOT: 'Tốt', KHA: 'Khá', DAT: 'Đạt', CHUA_DAT: 'Chưa đạt', OUTSTANDING: 'Học sinh Xuất sắc', EXCELLENT: 'Học sinh Giỏi',
  FILED: 'Đã gửi', ASSIGNED: 'Đang chấm lại', KEPT: 'Giữ nguyên điểm', CHANGED: 'Đã đổi điểm', rsNoClass: 'Bạn không chủ nhiệm lớp nào.'
}, {
  rsTitle: 'My results', rsClassTitle: 'Class summary', rsPeriod: 'Period', rsP1: 'Semester I', rsP2: 'Semester II', rsYear: 'Year',
  rsLearning: 'Learning', rsConduct: 'Conduct', rsAppeals: 'Appeals', rsPdf: 'Print the class results (PDF)',
  rsNone: 'Not all marks yet', rsComputed: 'computed {c}, raised by Art. 9.3', rsPromoted: 'Promoted', rsNotPromoted: 'Not promoted',
  rsRetest: 'Retest: {s}', rsSummer: 'Summer conduct training', rsAward: 'Award: {a}', rsCitations: 'Grounds',
  rsAppeal: 'Appeal', rsAppealReason: 'Why do you ask for a re-mark of {c} in {s}?', rsAppealSent: 'Appeal sent.',
  rsNoAppeals: 'No appeal yet.', rsConductSaved: 'Conduct of {name} saved.', rsMissing: 'Missing: {m}',
  TOT: 'Very good', KHA: 'Good', DAT: 'Pass', CHUA_DAT: 'Not yet passed', OUTSTANDING: 'Outstanding student', EXCELLENT: 'Excellent student',
  FILED: 'Filed', ASSIGNED: 'Being re-marked', KEPT: 'Mark kept', CHANGED: 'Mark changed', rsNoClass: 'You are not a homeroom teacher.'
});

const me = session();
if (!me) location.href = './';
const student = me.roles.includes('STUDENT');
let current = null;

function show(value) {
  if (value === null || value === undefined) return '';
  if (value === 'D') return 'Đ';
  if (value === 'CD') return 'CĐ';
  return String(value).replace('.', ',');
}

function citations(list) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = t('rsCitations');
  details.append(summary, document.createTextNode(citationsText(list || [])));
  return details;
}

async function loadMine() {
  const reply = await call('GET', 'results/mine?period=' + $('rs-period').value);
  if (!reply.ok) { $('rs-error').textContent = reply.error.message; return; }
  current = reply.data;
  $('rs-error').textContent = '';
  $('rs-mine').hidden = false;
  $('rs-learning').textContent = current.learningLevel ? t(current.learningLevel) : t('rsNone');
  $('rs-conduct').textContent = current.conductLevel ? t(current.conductLevel) : '—';
  $('rs-mine-citations').textContent = current.citations.length ? `${t('rsCitations')}: ${citationsText(current.citations)}` : '';
  const list = $('rs-subjects');
  list.innerHTML = '';
  current.subjects.forEach(s => {
    const li = document.createElement('li');
    const avg = document.createElement('span');
    avg.className = 'avg';
    avg.textContent = show(s.average ?? s.result);
    const name = document.createElement('strong');
    name.textContent = subjectName(s.subject, s.name);
    const scores = document.createElement('div');
    scores.className = 'scores';
    Object.entries(s.scores).forEach(([column, value]) => {
      const span = document.createElement('span');
      span.textContent = `${column}: ${show(value) || '–'}  `;
      scores.append(span);
      if ((column === 'GK' || column === 'CK') && value !== null && $('rs-period').value !== 'YEAR') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'appeal-button';
        button.textContent = t('rsAppeal');
        button.addEventListener('click', () => appeal(s, column));
        scores.append(button);
      }
    });
    li.append(avg, name, scores);
    list.append(li);
  });
  const appeals = $('rs-appeals');
  appeals.innerHTML = '';
  if (!current.appeals.length) { const li = document.createElement('li'); li.textContent = t('rsNoAppeals'); appeals.append(li); }
  current.appeals.forEach(a => {
    const li = document.createElement('li');
    li.textContent = `${a.subject} ${a.column} (HK${a.semester}): ${show(a.original)} → ${t(a.status)}`
      + (a.outcome !== null && a.outcome !== undefined ? ` ${show(a.outcome)}` : '') + (a.outcomeNote ? ` — ${a.outcomeNote}` : '');
    appeals.append(li);
  });
}

async function appeal(subject, column) {
  const reason = window.prompt(t('rsAppealReason', { c: column, s: subject.name }));
  if (!reason) return;
  const reply = await call('POST', 'gradebook/appeals', { class: current.class, subject: subject.subject,
    semester: Number($('rs-period').value), column, reason });
  if (!reply.ok) { $('rs-error').textContent = reply.error.message; return; }
  $('rs-notice').textContent = t('rsAppealSent');
  loadMine();
}

async function loadClass() {
  const cls = $('rs-class').value;
  if (!cls) { $('rs-error').textContent = t('rsNoClass'); return; }
  const reply = await call('GET', `results?class=${encodeURIComponent(cls)}&period=${$('rs-period').value}`);
  if (!reply.ok) { $('rs-error').textContent = reply.error.message; return; }
  $('rs-error').textContent = '';
  $('rs-class-view').hidden = false;
  const list = $('rs-students');
  list.innerHTML = '';
  reply.data.forEach(r => {
    const li = document.createElement('li');
    const head = document.createElement('div');
    head.className = 'head';
    const name = document.createElement('strong');
    name.textContent = r.name;
    const level = document.createElement('span');
    level.textContent = `${t('rsLearning')}: ${r.learningLevel ? t(r.learningLevel) : t('rsNone')}`
      + (r.adjusted ? ` (${t('rsComputed', { c: t(r.computedLevel) })})` : '');
    head.append(name, level);
    const facts = document.createElement('div');
    facts.className = 'facts';
    const label = document.createElement('label');
    label.textContent = t('rsConduct');
    const select = document.createElement('select');
    select.setAttribute('aria-label', `${t('rsConduct')} ${r.name}`);
    select.dataset.student = r.studentId;
    select.append(new Option('—', ''));
    ['TOT', 'KHA', 'DAT', 'CHUA_DAT'].forEach(l => select.append(new Option(t(l), l)));
    select.value = r.conductLevel || '';
    select.addEventListener('change', async () => {
      if (!select.value) return;
      const saved = await call('PUT', 'results/conduct', { class: cls, period: $('rs-period').value, studentId: r.studentId, level: select.value });
      if (!saved.ok) { $('rs-error').textContent = saved.error.message; return; }
      $('rs-notice').textContent = t('rsConductSaved', { name: r.name });
      loadClass();
    });
    label.append(select);
    facts.append(label);
    const more = [];
    if (r.promoted !== null && r.promoted !== undefined) more.push(r.promoted ? t('rsPromoted') : t('rsNotPromoted'));
    if (r.retestSubjects && r.retestSubjects.length) more.push(t('rsRetest', { s: r.retestSubjects.map(c => subjectName(c)).join(', ') }));
    if (r.summerTraining) more.push(t('rsSummer'));
    if (r.award) more.push(t('rsAward', { a: t(r.award) }));
    if (r.missing && r.missing.length) more.push(t('rsMissing', { m: r.missing.map(c => subjectName(c)).join(', ') }));
    const line = document.createElement('div');
    line.textContent = more.join(' · ');
    li.append(head, facts, line, citations(r.citations));
    list.append(li);
  });
}

$('rs-pdf').addEventListener('click', async () => {
  const response = await fetch(`api/v1/results/pdf?class=${encodeURIComponent($('rs-class').value)}&period=${$('rs-period').value}`,
    { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) { $('rs-error').textContent = (await response.json().catch(() => ({}))).message || response.status; return; }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `ket-qua-${$('rs-class').value}-${$('rs-period').value}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
});

async function start() {
  document.getElementById('display-name').textContent = me.displayName;
  applyTranslations();
  if (student) { loadMine(); return; }
  $('rs-title').textContent = t('rsClassTitle');
  $('rs-class-label').hidden = false;
  const reply = await call('GET', 'gradebook/options');
  const management = me.roles.includes('PRINCIPAL') || me.roles.includes('DEPUTY_PRINCIPAL');
  (reply.ok ? reply.data : []).filter(o => o.homeroom || management).forEach(o => $('rs-class').append(new Option(o.class, o.class)));
  const wanted = new URLSearchParams(location.hash.slice(1)).get('class');
  if (wanted) $('rs-class').value = wanted;
  loadClass();
}

$('rs-period').addEventListener('change', () => (student ? loadMine() : loadClass()));
$('rs-class').addEventListener('change', loadClass);
bindLanguageSwitch(() => (student ? loadMine() : loadClass()));
start();
