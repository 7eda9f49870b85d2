// The regulations calculator: what-if questions to /api/v1/regulations (TT22 averages and levels,
// online permission) with the answer's reasons in the chosen language and its citations as chips.
// The rules decide everything; this page only collects input, shows answers and charts scores.
import { register, t, applyTranslations, bindLanguageSwitch, lang } from './i18n.js';
import { session } from './api.js';
import { readScore, shown, showError, retranslateErrors, clearErrors, renderWhy, ask } from './rules-common.js';
import { $ } from './dom.js';

register({
  rulesTitle: 'Tính điểm theo quy định',
  rulesIntro: 'Nhập điểm hoặc tình huống để xem kết quả theo Thông tư 22/2021, Thông tư 27/2020, Thông tư 09/2021 và văn bản chỉ đạo, kèm lí do và điều khoản áp dụng. Không có gì được lưu lại.',
  schoolYear: 'Năm học áp dụng', currentYear: 'Năm học hiện tại', gradeChoice: 'Khối lớp', anyGrade: '— Không chọn —', gradeN: 'Lớp {n}',
  errNOT_IN_FORCE: 'Năm học và khối lớp này chưa áp dụng thông tư được hỏi (thông tư áp dụng dần theo từng lớp).',
  errCONTRADICTORY: 'Các dữ kiện mâu thuẫn nhau.',
  roundedNote: 'Điểm {entered} được làm tròn thành {used} trước khi tính (Điều 5, khoản 3, điểm b, Thông tư 22/2021/TT-BGDĐT).',
  decider: 'Người quyết định cho làm trực tuyến', NONE: 'Chưa có ai quyết định', PRINCIPAL: 'Hiệu trưởng',
  DEPUTY_WITH_DELEGATION: 'Phó hiệu trưởng có ủy quyền (ký KT. Hiệu trưởng)', DEPUTY_WITHOUT_DELEGATION: 'Phó hiệu trưởng không có ủy quyền',
  inPersonOnly: 'Phải làm trực tiếp tại trường: kiểm tra lại không bao giờ được làm trực tuyến.',
  tabSubject: 'Điểm trung bình môn học kì', tabYear: 'Điểm trung bình cả năm', tabLevel: 'Kết quả học tập', tabOnline: 'Kiểm tra trực tuyến',
  subjectFormula: 'ĐTBmhk = (Tổng điểm ĐĐGtx + 2 × ĐĐGgk + 3 × ĐĐGck) / (Số điểm ĐĐGtx + 5)',
  yearFormula: 'ĐTBmcn = (ĐTBmhkI + 2 × ĐTBmhkII) / 3',
  regularScores: 'Điểm đánh giá thường xuyên (ĐĐGtx)', regularN: 'ĐĐGtx {n}', addScore: '+ Thêm điểm', removeScore: '− Bớt điểm',
  midterm: 'Điểm giữa kì (ĐĐGgk)', final: 'Điểm cuối kì (ĐĐGck)', calculate: 'Tính', example: 'Điền ví dụ',
  average: 'Điểm trung bình', semester1: 'Điểm trung bình học kì I', semester2: 'Điểm trung bình học kì II',
  levelHelp: 'Nhập điểm trung bình của từng môn đánh giá bằng nhận xét kết hợp điểm số, và số môn đánh giá bằng nhận xét Đạt / Chưa đạt.',
  scoredSubjects: 'Môn đánh giá bằng điểm số', addSubject: '+ Thêm môn', removeSubject: '− Bớt môn',
  commentarySubjects: 'Môn đánh giá bằng nhận xét', commentaryPassed: 'Số môn Đạt', commentaryFailed: 'Số môn Chưa đạt',
  evaluate: 'Xếp mức', example93: 'Điền ví dụ Điều 9.3', level: 'Mức',
  subj0: 'Toán', subj1: 'Ngữ văn', subj2: 'Ngoại ngữ 1', subj3: 'Khoa học tự nhiên', subj4: 'Lịch sử và Địa lí',
  subj5: 'Giáo dục công dân', subj6: 'Công nghệ', subj7: 'Tin học', subjN: 'Môn {n}',
  TOT: 'Tốt', KHA: 'Khá', DAT: 'Đạt', CHUA_DAT: 'Chưa đạt',
  adjustedNote: 'Theo Điều 9.2, mức tính được là {computed}. Vì chỉ do một môn học mà mức bị hạ từ hai mức trở lên, mức được điều chỉnh lên mức liền kề {level} (Thông tư 22, Điều 9.3).',
  notAdjustedNote: 'Mức theo Điều 9.2, không cần điều chỉnh theo Điều 9.3.',
  assessmentKind: 'Loại kiểm tra, đánh giá', forceMajeureReason: 'Lí do bất khả kháng', explanation: 'Giải trình bằng văn bản',
  principalAuthorized: 'Hiệu trưởng (hoặc người được ủy quyền) đã quyết định cho phép',
  liveProctoring: 'Có giáo viên giám sát trực tiếp suốt buổi kiểm tra', check: 'Kiểm tra',
  REGULAR: 'Đánh giá thường xuyên', MIDTERM: 'Kiểm tra giữa kì', FINAL: 'Kiểm tra cuối kì', MAKEUP: 'Kiểm tra bù', RETEST: 'Kiểm tra lại',
  noReason: '— Không có —', ILLNESS: 'Ốm đau, tai nạn (có giấy của cơ sở y tế)', DISASTER: 'Thiên tai, lũ lụt, đường bị chia cắt',
  EPIDEMIC_ISOLATION: 'Cách li y tế', FAMILY_EMERGENCY: 'Việc gia đình đột xuất (hiếu, hỉ)', OFFICIAL_DUTY: 'Đại diện nhà trường đi thi, công tác (không phải bất khả kháng)',
  OTHER: 'Lí do khác (cần giải trình)',
  allowed: 'Được phép kiểm tra trực tuyến.', notAllowed: 'Chưa được phép kiểm tra trực tuyến. Còn thiếu:',
  FORCE_MAJEURE_REASON: 'Lí do bất khả kháng', PRINCIPAL_AUTHORIZATION: 'Quyết định của hiệu trưởng (hoặc người được ủy quyền)',
  LIVE_PROCTORING: 'Giám sát trực tiếp toàn bộ quá trình làm bài', WRITTEN_EXPLANATION: 'Giải trình bằng văn bản cho lí do khác',
  reasons: 'Lí do', citations: 'Điều khoản áp dụng', appliedYear: 'Theo quy định năm học {year}',
  errMISSING: 'Chưa nhập.', errNotNumber: 'Hãy nhập một số, ví dụ 7,5.', errScoreRange: 'Điểm phải từ 0 đến 10 (Thông tư 22, Điều 5.3.b).',
  errRange: 'Giá trị ngoài phạm vi cho phép.', errTOO_MANY_DECIMALS: 'Điểm chỉ lấy đến một chữ số thập phân (Thông tư 22, Điều 5.3.b).',
  errUNKNOWN_VALUE: 'Giá trị không hợp lệ.', errYear: 'Năm học không hợp lệ hoặc chưa có quy định áp dụng.',
  fixFields: 'Hãy sửa các ô được đánh dấu.', chartLabel: 'Biểu đồ điểm so với các ngưỡng 5,0; 6,5 và 8,0',
  avgShort: 'ĐTB', gkShort: 'GK', ckShort: 'CK', txShort: 'TX{n}', hk1: 'HK I', hk2: 'HK II', cnShort: 'CN'
}, {
  rulesTitle: 'Regulations calculator',
  rulesIntro: 'Enter scores or a situation to see what Circulars 22/2021, 27/2020, 09/2021 and the directives decide, with the reasons and the clauses applied. Nothing is saved.',
  schoolYear: 'Rules of school year', currentYear: 'Current school year', gradeChoice: 'Grade', anyGrade: '— Any —', gradeN: 'Grade {n}',
  errNOT_IN_FORCE: 'That circular did not yet apply to this grade in this school year (circulars were brought in grade by grade).',
  errCONTRADICTORY: 'The facts contradict each other.',
  roundedNote: 'The score {entered} is rounded to {used} before use (Circular 22/2021, Art. 5.3.b).',
  decider: 'Who decided it may be online', NONE: 'Nobody yet', PRINCIPAL: 'The principal',
  DEPUTY_WITH_DELEGATION: 'A deputy under a delegation (signing for the principal)', DEPUTY_WITHOUT_DELEGATION: 'A deputy without a delegation',
  inPersonOnly: 'Must be taken in person at school: a retest is never taken online.',
  tabSubject: 'Subject average (semester)', tabYear: 'Year average', tabLevel: 'Learning result', tabOnline: 'Online assessment',
  subjectFormula: 'Semester average = (sum of regular + 2 × midterm + 3 × final) / (number of regular + 5)',
  yearFormula: 'Year average = (semester I + 2 × semester II) / 3',
  regularScores: 'Regular assessment scores', regularN: 'Regular {n}', addScore: '+ Add a score', removeScore: '− Remove a score',
  midterm: 'Midterm score', final: 'End-of-term score', calculate: 'Calculate', example: 'Fill in an example',
  average: 'Average', semester1: 'Semester I average', semester2: 'Semester II average',
  levelHelp: 'Enter the average of each scored subject, and how many commentary-only subjects passed or did not pass.',
  scoredSubjects: 'Scored subjects', addSubject: '+ Add a subject', removeSubject: '− Remove a subject',
  commentarySubjects: 'Commentary-only subjects', commentaryPassed: 'Passed (Đạt)', commentaryFailed: 'Not passed (Chưa đạt)',
  evaluate: 'Evaluate', example93: 'Fill in the Art. 9.3 example', level: 'Level',
  subj0: 'Mathematics', subj1: 'Literature', subj2: 'Foreign language 1', subj3: 'Natural sciences', subj4: 'History and geography',
  subj5: 'Civic education', subj6: 'Technology', subj7: 'Informatics', subjN: 'Subject {n}',
  TOT: 'Good (Tốt)', KHA: 'Fair (Khá)', DAT: 'Pass (Đạt)', CHUA_DAT: 'Not yet passed (Chưa đạt)',
  adjustedNote: 'Art. 9.2 gives {computed}. Because a single subject lowered the level by two or more levels, it is raised to the adjacent level {level} (Circular 22, Art. 9.3).',
  notAdjustedNote: 'The Art. 9.2 level; no Art. 9.3 adjustment is needed.',
  assessmentKind: 'Kind of assessment', forceMajeureReason: 'Force-majeure reason', explanation: 'Written explanation',
  principalAuthorized: 'The principal (or a delegate) has authorised it',
  liveProctoring: 'A teacher supervises the whole sitting live', check: 'Check',
  REGULAR: 'Regular assessment', MIDTERM: 'Midterm test', FINAL: 'End-of-term test', MAKEUP: 'Make-up test', RETEST: 'Retest',
  noReason: '— None —', ILLNESS: 'Illness or injury (medical note)', DISASTER: 'Natural disaster, flooding, road cut',
  EPIDEMIC_ISOLATION: 'Epidemic isolation', FAMILY_EMERGENCY: 'Family emergency (bereavement)', OFFICIAL_DUTY: 'Representing the school (not force majeure)',
  OTHER: 'Other reason (needs an explanation)',
  allowed: 'May be taken online.', notAllowed: 'May not be taken online yet. Missing:',
  FORCE_MAJEURE_REASON: 'A force-majeure reason', PRINCIPAL_AUTHORIZATION: 'The principal\'s (or a delegate\'s) decision',
  LIVE_PROCTORING: 'Live supervision of the whole sitting', WRITTEN_EXPLANATION: 'A written explanation of the other reason',
  reasons: 'Reasons', citations: 'Clauses applied', appliedYear: 'Rules of school year {year}',
  errMISSING: 'Required.', errNotNumber: 'Enter a number, e.g. 7.5.', errScoreRange: 'A score is from 0 to 10 (Circular 22, Art. 5.3.b).',
  errRange: 'Outside the allowed range.', errTOO_MANY_DECIMALS: 'A score has at most one decimal place (Circular 22, Art. 5.3.b).',
  errUNKNOWN_VALUE: 'Not a valid value.', errYear: 'Not a valid school year, or no regulation applies to it.',
  fixFields: 'Please correct the marked fields.', chartLabel: 'Chart of the scores against the 5.0, 6.5 and 8.0 thresholds',
  avgShort: 'Avg', gkShort: 'Mid', ckShort: 'Final', txShort: 'R{n}', hk1: 'Sem I', hk2: 'Sem II', cnShort: 'Year'
});

const me = session();
if (!me) location.href = './';
const KINDS = ['REGULAR', 'MIDTERM', 'FINAL', 'MAKEUP', 'RETEST'];
const REASONS = ['ILLNESS', 'DISASTER', 'EPIDEMIC_ISOLATION', 'FAMILY_EMERGENCY', 'OFFICIAL_DUTY', 'OTHER'];
const DECIDERS = ['NONE', 'PRINCIPAL', 'DEPUTY_WITH_DELEGATION', 'DEPUTY_WITHOUT_DELEGATION'];
const last = {};   // the last answer of each tab, re-drawn when the language changes

// An inline SVG bar chart of scores (0–10) with the 5.0 / 6.5 / 8.0 thresholds of TT22 Art. 9.2.
function chart(container, bars) {
  const width = Math.max(320, bars.length * 56 + 60), height = 220, top = 12, bottom = 28, left = 34;
  const plot = height - top - bottom, y = v => top + plot * (1 - v / 10), slot = (width - left - 8) / bars.length;
  const ns = 'http://www.w3.org/2000/svg';
  const el = (name, attrs, text) => {
    const node = document.createElementNS(ns, name);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'score-chart' });
  svg.style.maxWidth = Math.round(width * 1.3) + 'px';   // readable, not blown up on a wide screen
  svg.append(el('title', {}, t('chartLabel') + ': ' + bars.map(b => `${b.label} ${shown(b.value)}`).join('; ')));
  [[5.0, 'band-pass'], [6.5, 'band-fair'], [8.0, 'band-good']].forEach(([v, cls]) => {
    svg.append(el('line', { x1: left, x2: width - 4, y1: y(v), y2: y(v), class: 'threshold ' + cls }));
    svg.append(el('text', { x: left - 4, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, shown(v)));
  });
  svg.append(el('line', { x1: left, x2: width - 4, y1: y(0), y2: y(0), class: 'baseline' }));
  bars.forEach((b, i) => {
    const x = left + i * slot + slot * 0.2, w = slot * 0.6;
    const band = b.value >= 8 ? 'good' : b.value >= 6.5 ? 'fair' : b.value >= 5 ? 'pass' : 'low';
    svg.append(el('rect', { x, y: y(b.value), width: w, height: Math.max(1, y(0) - y(b.value)), rx: 3, class: `bar ${band}${b.strong ? ' strong' : ''}` }));
    svg.append(el('text', { x: x + w / 2, y: y(b.value) - 3, class: 'value', 'text-anchor': 'middle' }, shown(b.value)));
    svg.append(el('text', { x: x + w / 2, y: height - 10, class: 'axis', 'text-anchor': 'middle' }, b.label));
  });
  container.innerHTML = '';
  container.append(svg);
}

// ---- the four questions ---------------------------------------------------------------------

function scoreRow(list, id, label, field) {
  const div = document.createElement('div');
  div.className = 'field';
  const lab = document.createElement('label');
  lab.htmlFor = id;
  lab.textContent = label;
  const input = document.createElement('input');
  Object.assign(input, { id, inputMode: 'decimal', autocomplete: 'off' });
  input.dataset.field = field;
  div.append(lab, input);
  list.append(div);
  return input;
}

// Subject average
function regularInputs() { return [...$('regular-list').querySelectorAll('input')]; }
function addRegular() {
  const n = regularInputs().length;
  if (n >= 8) return;
  const input = scoreRow($('regular-list'), 'regular-' + n, t('regularN', { n: n + 1 }), `regular[${n}]`);
  input.dataset.role = 'regular';
}
function relabelRegular() { regularInputs().forEach((input, i) => { input.previousElementSibling.textContent = t('regularN', { n: i + 1 }); }); }

function subjectAnswer(answer, entered) {
  last.subject = { answer, entered };
  $('subject-result').hidden = false;
  $('subject-value').textContent = shown(answer.average);
  const bars = entered.regular.map((v, i) => ({ label: t('txShort', { n: i + 1 }), value: v }))
    .concat([{ label: t('gkShort'), value: entered.midterm }, { label: t('ckShort'), value: entered.final },
      { label: t('avgShort'), value: answer.average, strong: true }]);
  chart($('subject-result').querySelector('.chart'), bars);
  const rounded = $('subject-rounded');
  rounded.hidden = !(answer.rounded || []).length;
  rounded.textContent = (answer.rounded || []).map(r => t('roundedNote', { entered: String(r.entered).replace('.', lang() === 'vi' ? ',' : '.'), used: shown(r.used) })).join(' ');
  renderWhy($('subject-result').querySelector('.why'), answer);
}

$('subject-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const regular = regularInputs().map(readScore);
  const midterm = readScore($('subject-midterm')), final = readScore($('subject-final'));
  if ([...regular, midterm, final].includes(undefined)) { form.querySelector('.form-error').textContent = t('fixFields'); return; }
  ask(form, 'TT22/subject-average', { regular, midterm, final }, answer => subjectAnswer(answer, { regular, midterm, final }));
});

// Year average
function yearAnswer(answer, entered) {
  last.year = { answer, entered };
  $('year-result').hidden = false;
  $('year-value').textContent = shown(answer.average);
  chart($('year-result').querySelector('.chart'), [{ label: t('hk1'), value: entered.semester1 },
    { label: t('hk2'), value: entered.semester2 }, { label: t('cnShort'), value: answer.average, strong: true }]);
  renderWhy($('year-result').querySelector('.why'), answer);
}

$('year-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const semester1 = readScore($('year-semester1')), semester2 = readScore($('year-semester2'));
  if (semester1 === undefined || semester2 === undefined) { form.querySelector('.form-error').textContent = t('fixFields'); return; }
  ask(form, 'TT22/year-average', { semester1, semester2 }, answer => yearAnswer(answer, { semester1, semester2 }));
});

// Learning result
function scoredInputs() { return [...$('scored-list').querySelectorAll('input')]; }
function subjectName(i) { return i < 8 ? t('subj' + i) : t('subjN', { n: i + 1 }); }
function addScored() {
  const n = scoredInputs().length;
  if (n >= 16) return;
  scoredRow(n);
}
function scoredRow(n) { scoreRow($('scored-list'), 'scored-' + n, subjectName(n), `scored[${n}]`); }
function relabelScored() { scoredInputs().forEach((input, i) => { input.previousElementSibling.textContent = subjectName(i); }); }

function levelAnswer(answer, entered) {
  last.level = { answer, entered };
  $('level-result').hidden = false;
  $('level-value').textContent = t(answer.level);
  $('level-value').className = 'level ' + answer.level;
  const note = $('level-adjusted');
  note.hidden = false;
  note.className = answer.adjusted ? 'note adjusted' : 'note';
  note.textContent = answer.adjusted
    ? t('adjustedNote', { computed: t(answer.computedLevel), level: t(answer.level) }) : t('notAdjustedNote');
  chart($('level-result').querySelector('.chart'), entered.scored.map((v, i) => ({ label: shortName(i), value: v })));
  renderWhy($('level-result').querySelector('.why'), answer);
}
function shortName(i) { const name = subjectName(i); return name.length > 7 ? name.slice(0, 6) + '…' : name; }

function count(input) {
  const text = input.value.trim();
  if (text === '') return 0;
  if (!/^\d+$/.test(text)) { showError(input, () => t('errNotNumber')); return undefined; }
  return Number(text);
}

$('level-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const scored = scoredInputs().map(readScore);
  const commentaryPassed = count($('level-passed')), commentaryFailed = count($('level-failed'));
  if ([...scored, commentaryPassed, commentaryFailed].includes(undefined)) { form.querySelector('.form-error').textContent = t('fixFields'); return; }
  ask(form, 'TT22/learning-result', { scored, commentaryPassed, commentaryFailed },
    answer => levelAnswer(answer, { scored }));
});

// Online permission
function fillSelects() {
  const kind = $('online-kind'), reason = $('online-reason'), decider = $('online-decider');
  const keepKind = kind.value, keepReason = reason.value, keepDecider = decider.value;
  decider.innerHTML = '';
  DECIDERS.forEach(d => decider.append(new Option(t(d), d)));
  decider.value = keepDecider || 'NONE';
  kind.innerHTML = '';
  KINDS.forEach(k => kind.append(new Option(t(k), k)));
  reason.innerHTML = '';
  reason.append(new Option(t('noReason'), ''));
  REASONS.forEach(r => reason.append(new Option(t(r), r)));
  kind.value = keepKind || 'MIDTERM';
  reason.value = keepReason;
}

function onlineAnswer(answer) {
  last.online = { answer };
  $('online-result').hidden = false;
  const value = $('online-value');
  value.textContent = answer.allowed ? t('allowed') : answer.inPersonOnly ? t('inPersonOnly') : t('notAllowed');
  value.className = answer.allowed ? 'ok' : 'no';
  const missing = $('online-missing');
  missing.innerHTML = '';
  answer.requires.forEach(code => { const li = document.createElement('li'); li.textContent = t(code); li.dataset.code = code; missing.append(li); });
  renderWhy($('online-result').querySelector('.why'), answer);
}

$('online-reason').addEventListener('change', () => { $('online-explanation-field').hidden = $('online-reason').value !== 'OTHER'; });
$('online-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  ask(form, 'online-permission', {
    assessmentKind: $('online-kind').value,
    forceMajeureReason: $('online-reason').value || null,
    explanation: $('online-reason').value === 'OTHER' ? $('online-explanation').value : null,
    decider: $('online-decider').value,
    liveProctoring: $('online-proctoring').checked
  }, onlineAnswer);
});

// ---- examples, school years, tabs --------------------------------------------------------------

const EXAMPLES = {
  subject: () => { setRows(regularInputs, addRegular, ['5,9', '5,1', '4,9']); $('subject-midterm').value = '6,2'; $('subject-final').value = '5,2'; },
  year: () => { $('year-semester1').value = '6,0'; $('year-semester2').value = '7,1'; },
  level: () => { setRows(scoredInputs, addScored, ['8,0', '8,1', '8,2', '8,3', '8,4', '8,5', '7,0', '3,4']); $('level-passed').value = '4'; $('level-failed').value = '0'; }
};
function setRows(inputs, add, values) {
  while (inputs().length < values.length) add();
  while (inputs().length > values.length) inputs().at(-1).parentElement.remove();
  inputs().forEach((input, i) => { input.value = values[i]; });
}
document.querySelectorAll('[data-example]').forEach(b => b.addEventListener('click', () => EXAMPLES[b.dataset.example]?.()));
$('regular-add').addEventListener('click', () => { addRegular(); regularInputs().at(-1).focus(); });
$('regular-remove').addEventListener('click', () => { if (regularInputs().length > 1) regularInputs().at(-1).parentElement.remove(); });
$('scored-add').addEventListener('click', () => { addScored(); scoredInputs().at(-1).focus(); });
$('scored-remove').addEventListener('click', () => { if (scoredInputs().length > 1) scoredInputs().at(-1).parentElement.remove(); });

function fillYears() {
  const select = $('school-year'), keep = select.value, today = new Date();
  const current = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;   // from August, as the rules count
  select.innerHTML = '';
  select.append(new Option(`${t('currentYear')} (${current}-${current + 1})`, ''));
  for (let y = current + 1; y >= 2020; y--) select.append(new Option(`${y}-${y + 1}`, `${y}-${y + 1}`));
  select.dataset.field = 'schoolYear';
  select.value = keep;
  const grade = $('grade-choice'), keepGrade = grade.value;
  grade.innerHTML = '';
  grade.append(new Option(t('anyGrade'), ''));
  for (let g = 6; g <= 12; g++) grade.append(new Option(t('gradeN', { n: g }), String(g)));
  grade.value = keepGrade;
}

const tabs = [...document.querySelectorAll('[role=tab]')];
function selectTab(tab, focus) {
  tabs.forEach(other => {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  });
  if (focus) tab.focus();
  history.replaceState(null, '', '#' + tab.id.replace('tab-', ''));
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => selectTab(tab, false));
  tab.addEventListener('keydown', event => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], true);
  });
});

function render() {
  applyTranslations();
  $('display-name').textContent = me ? me.displayName : '';
  fillYears();
  fillSelects();
  relabelRegular();
  relabelScored();
  retranslateErrors();
  if (last.subject) subjectAnswer(last.subject.answer, last.subject.entered);
  if (last.year) yearAnswer(last.year.answer, last.year.entered);
  if (last.level) levelAnswer(last.level.answer, last.level.entered);
  if (last.online) onlineAnswer(last.online.answer);
}

for (let i = 0; i < 3; i++) addRegular();
for (let i = 0; i < 8; i++) scoredRow(i);
bindLanguageSwitch(render);
render();
selectTab(tabs.find(tab => '#' + tab.id.replace('tab-', '') === location.hash) || tabs[0], false);
