// The calculator's year-end, primary and periodic-test tabs (rules.html): conduct and summer training,
// promotion and retests (TT22 Art. 8, 12-14), primary periodic tests and year end (TT27 Art. 7, 9, 11),
// regular-assessment count and periodic-test length (TT22 Art. 6, 7), and the directive's paper
// deadlines. The rules decide everything; this module collects input and shows the answers.
import { register, t, applyTranslations, bindLanguageSwitch, lang } from './i18n.js';
import { readScore, showError, clearErrors, renderWhy, ask } from './rules-common.js';
import { $ } from './dom.js';

register({
  tabYearEnd: 'Lên lớp, rèn luyện, kiểm tra lại', tabPrimary: 'Tiểu học (Thông tư 27/2020)', tabPlan: 'Kiểm tra định kì, hạn đề',
  conductLegend: 'Kết quả rèn luyện (Điều 8, Điều 13)', conductS1: 'Rèn luyện học kì I', conductS2: 'Rèn luyện học kì II',
  conductYear: 'Rèn luyện cả năm (GVCN đánh giá)', conductSummer: 'Đánh giá lại sau rèn luyện hè',
  notGiven: '— Không nhập —', followsS2: '— Theo học kì II —', noSummer: '— Không rèn luyện hè —',
  learningLegend: 'Học tập và chuyên cần (Điều 12)', learningAfterRetest: 'Kết quả học tập cả năm (kể cả sau kiểm tra lại)',
  halfDaysAbsent: 'Số buổi nghỉ học trong năm (cả có phép và không phép)', evaluatePromotion: 'Xét lên lớp',
  conductResult: 'Rèn luyện cả năm: {year}.', conductForPromotion: 'Rèn luyện tính khi xét lên lớp: {level}',
  summerRequired: 'Phải rèn luyện trong kì nghỉ hè.', promoted: 'Được lên lớp.', notPromoted: 'Chưa được lên lớp. Chưa đạt điều kiện:',
  LEARNING_RESULT: 'Kết quả học tập cả năm từ Đạt trở lên', CONDUCT_RESULT: 'Kết quả rèn luyện cả năm từ Đạt trở lên',
  ABSENCE: 'Nghỉ không quá 45 buổi trong năm học', SUMMER_CONDUCT_TRAINING: 'Tiếp theo: rèn luyện trong kì nghỉ hè rồi đánh giá lại (Điều 13)',
  RETEST: 'Tiếp theo: kiểm tra lại các môn chưa đạt trong kì nghỉ hè (Điều 14)',
  retestLegend: 'Môn được kiểm tra lại (Điều 14)', retestHelp: 'Mỗi dòng một môn: tên môn, dấu hai chấm, điểm trung bình cả năm hoặc Đạt / Chưa đạt.',
  retestResults: 'Kết quả cả năm các môn', retestConduct: 'Rèn luyện cả năm (sau rèn luyện hè)', findRetests: 'Tìm môn kiểm tra lại',
  retestNone: 'Không có môn nào được kiểm tra lại (kết quả học tập cả năm: {level}).', retestSome: 'Được kiểm tra lại {n} môn (kết quả học tập cả năm: {level}):',
  errLine: 'Dòng {n} chưa đúng dạng "Tên môn: điểm" hoặc "Tên môn: Đạt / Chưa đạt".',
  ptestLegend: 'Có bài kiểm tra định kì không? (Điều 7)', primaryGrade: 'Lớp', primarySubject: 'Môn học', primaryPoint: 'Thời điểm',
  VIETNAMESE: 'Tiếng Việt', MATHEMATICS: 'Toán', FOREIGN_LANGUAGE: 'Ngoại ngữ 1', HISTORY_GEOGRAPHY: 'Lịch sử và Địa lí',
  SCIENCE: 'Khoa học', INFORMATICS_TECHNOLOGY: 'Tin học và Công nghệ', OTHER_SUBJECT: 'Môn đánh giá bằng nhận xét',
  MIDTERM_1: 'Giữa học kì I', END_OF_SEMESTER_1: 'Cuối học kì I', MIDTERM_2: 'Giữa học kì II', END_OF_YEAR: 'Cuối năm học',
  END_OF_SEMESTER_2: 'Cuối học kì II', testRequired: 'Có bài kiểm tra định kì.', testNotRequired: 'Không có bài kiểm tra định kì (đánh giá bằng nhận xét).',
  pyearLegend: 'Đánh giá cuối năm học (Điều 9, Điều 11)', qualities: 'Phẩm chất (mức thấp nhất)', competences: 'Năng lực (mức thấp nhất)',
  Q_TOT: 'Tốt', Q_DAT: 'Đạt', Q_CAN_CO_GANG: 'Cần cố gắng', HOAN_THANH_TOT: 'Hoàn thành tốt', HOAN_THANH: 'Hoàn thành',
  CHUA_HOAN_THANH: 'Chưa hoàn thành', HOAN_THANH_XUAT_SAC: 'Hoàn thành xuất sắc', subjectLevel: 'Mức đạt được', endOfYearScore: 'Điểm KT cuối năm',
  gradeCompleted: 'Hoàn thành chương trình lớp học.', gradeNotCompleted: 'Chưa hoàn thành chương trình lớp học.',
  primaryCompleted: 'Hoàn thành chương trình tiểu học.', evaluation: 'Đánh giá',
  planLegend: 'Số lần đánh giá thường xuyên và thời gian kiểm tra định kì (Điều 6, Điều 7)', periodsPerYear: 'Số tiết môn học trong năm',
  commentaryOnly: 'Môn đánh giá bằng nhận xét', learningTopicCluster: 'Môn THPT có cụm chuyên đề học tập (Điều 6.3)', specialised: 'Môn chuyên (trường chuyên)',
  regularCount: 'Số lần đánh giá thường xuyên mỗi học kì: {n}', durationFixed: 'Thời gian bài kiểm tra định kì: {min} phút',
  durationRange: 'Thời gian bài kiểm tra định kì: từ {min} đến {max} phút', durationMax: 'Thời gian bài kiểm tra định kì: tối đa {max} phút',
  papersLegend: 'Ngân hàng đề định kì: duyệt và công bố trước ngày 28 (văn bản chỉ đạo)',
  papersHelp: 'Mỗi đề GK1, CK1, GK2, CK2 của mọi môn (trừ Giáo dục thể chất) được tổ chuyên môn duyệt, rồi hiệu trưởng duyệt, và công bố chậm nhất ngày 28 của tháng đã định.',
  papersToday: 'Ngày kiểm tra tình hình', pSubject: 'Môn', pGrade: 'Lớp', pPoint: 'Đề', pDue: 'Tháng', pGroup: 'Tổ duyệt', pPrincipal: 'HT duyệt', pPublished: 'Công bố',
  ON_TIME: 'Đúng hạn', PENDING: 'Chưa đến hạn', LATE: 'Quá hạn', EXEMPT: 'Không áp dụng (GDTC)', APPROVAL_OUT_OF_ORDER: 'Sai thứ tự duyệt',
  GROUP_APPROVAL: 'tổ chuyên môn duyệt', PRINCIPAL_APPROVAL: 'hiệu trưởng duyệt', PUBLICATION: 'công bố',
  findingLine: '{subject} lớp {grade} — {point}: {status} (hạn {deadline}){missing}', stillMissing: '; còn thiếu: {list}',
  papersLiveLink: 'Hạn duyệt đề của các buổi kiểm tra đã lên lịch (hiệu trưởng, phó hiệu trưởng) →',
  awardLegend: 'Khen thưởng cuối năm (Điều 15)', awardHelp: 'Điểm trung bình cả năm của mọi môn đánh giá bằng điểm số, cách nhau bởi dấu chấm phẩy (ví dụ 9,0; 8,5). Dữ kiện mâu thuẫn (mức Tốt với một môn dưới 6,5) bị từ chối.',
  awardLearning: 'Kết quả học tập cả năm', awardConduct: 'Kết quả rèn luyện cả năm', awardScored: 'Điểm trung bình cả năm các môn',
  findAward: 'Xét khen thưởng', AWARD_OUTSTANDING: 'Danh hiệu Học sinh Xuất sắc', AWARD_EXCELLENT: 'Danh hiệu Học sinh Giỏi', AWARD_NONE: 'Không đạt danh hiệu',
  errAwardScores: 'Hãy nhập các điểm trung bình, cách nhau bởi dấu chấm phẩy, ví dụ 9,0; 8,5.'
}, {
  tabYearEnd: 'Promotion, conduct, retests', tabPrimary: 'Primary (Circular 27/2020)', tabPlan: 'Periodic tests, paper deadlines',
  conductLegend: 'Conduct (Art. 8, Art. 13)', conductS1: 'Conduct, semester I', conductS2: 'Conduct, semester II',
  conductYear: 'Conduct, year (homeroom teacher)', conductSummer: 'Re-assessed after summer training',
  notGiven: '— Not given —', followsS2: '— As semester II —', noSummer: '— No summer training —',
  learningLegend: 'Learning and attendance (Art. 12)', learningAfterRetest: 'Year learning result (counting retests)',
  halfDaysAbsent: 'Half-days absent in the year (permitted or not)', evaluatePromotion: 'Decide promotion',
  conductResult: 'Year conduct: {year}.', conductForPromotion: 'Conduct counted for promotion: {level}',
  summerRequired: 'Summer conduct training is required.', promoted: 'Promoted.', notPromoted: 'Not promoted yet. Conditions not met:',
  LEARNING_RESULT: 'Year learning result at least Pass', CONDUCT_RESULT: 'Year conduct at least Pass',
  ABSENCE: 'At most 45 half-days absent in the year', SUMMER_CONDUCT_TRAINING: 'Next: conduct training over the summer, then a re-assessment (Art. 13)',
  RETEST: 'Next: summer retests in the subjects not passed (Art. 14)',
  retestLegend: 'Subjects to retest (Art. 14)', retestHelp: 'One subject a line: name, a colon, the year average or Đạt / Chưa đạt.',
  retestResults: 'Year results of every subject', retestConduct: 'Year conduct (after summer training)', findRetests: 'Find the retests',
  retestNone: 'No subject is retested (year learning result: {level}).', retestSome: '{n} subject(s) may be retested (year learning result: {level}):',
  errLine: 'Line {n} is not "Subject: score" or "Subject: Đạt / Chưa đạt".',
  ptestLegend: 'Is there a periodic test? (Art. 7)', primaryGrade: 'Grade', primarySubject: 'Subject', primaryPoint: 'When',
  VIETNAMESE: 'Vietnamese', MATHEMATICS: 'Mathematics', FOREIGN_LANGUAGE: 'Foreign language 1', HISTORY_GEOGRAPHY: 'History and geography',
  SCIENCE: 'Science', INFORMATICS_TECHNOLOGY: 'Informatics and technology', OTHER_SUBJECT: 'A commentary-assessed subject',
  MIDTERM_1: 'Mid-semester I', END_OF_SEMESTER_1: 'End of semester I', MIDTERM_2: 'Mid-semester II', END_OF_YEAR: 'End of year',
  END_OF_SEMESTER_2: 'End of semester II', testRequired: 'A periodic test is taken.', testNotRequired: 'No periodic test (assessed by commentary).',
  pyearLegend: 'Year-end evaluation (Art. 9, Art. 11)', qualities: 'Qualities (lowest level)', competences: 'Competences (lowest level)',
  Q_TOT: 'Good', Q_DAT: 'Satisfactory', Q_CAN_CO_GANG: 'Needs effort', HOAN_THANH_TOT: 'Completed well', HOAN_THANH: 'Completed',
  CHUA_HOAN_THANH: 'Not yet completed', HOAN_THANH_XUAT_SAC: 'Completed with distinction', subjectLevel: 'Level', endOfYearScore: 'End-of-year test',
  gradeCompleted: 'The grade\'s programme is completed.', gradeNotCompleted: 'The grade\'s programme is not yet completed.',
  primaryCompleted: 'Primary education is completed.', evaluation: 'Evaluation',
  planLegend: 'Regular assessments and periodic-test length (Art. 6, Art. 7)', periodsPerYear: 'Periods of the subject a year',
  commentaryOnly: 'Commentary-only subject', learningTopicCluster: 'Upper-secondary subject with a learning-topic cluster (Art. 6.3)', specialised: 'Specialised subject',
  regularCount: 'Regular assessments per semester: {n}', durationFixed: 'Periodic test length: {min} minutes',
  durationRange: 'Periodic test length: {min} to {max} minutes', durationMax: 'Periodic test length: at most {max} minutes',
  papersLegend: 'Bank of periodic papers: approved and published by the 28th (directive)',
  papersHelp: 'Each GK1, CK1, GK2, CK2 paper of every subject but PE is approved by the subject group, then by the principal, and published by the 28th of its month.',
  papersToday: 'Checked on', pSubject: 'Subject', pGrade: 'Grade', pPoint: 'Paper', pDue: 'Month', pGroup: 'Group approved', pPrincipal: 'Principal approved', pPublished: 'Published',
  ON_TIME: 'On time', PENDING: 'Not yet due', LATE: 'Late', EXEMPT: 'Exempt (PE)', APPROVAL_OUT_OF_ORDER: 'Approved out of order',
  GROUP_APPROVAL: 'subject group approval', PRINCIPAL_APPROVAL: 'principal approval', PUBLICATION: 'publication',
  findingLine: '{subject} grade {grade} — {point}: {status} (due {deadline}){missing}', stillMissing: '; still missing: {list}',
  papersLiveLink: 'Paper deadlines of the scheduled sittings (principal, deputy) →',
  awardLegend: 'Year-end titles (Art. 15)', awardHelp: 'The year average of every scored subject, separated by semicolons (e.g. 9.0; 8.5). Contradictory facts (Tốt with a subject below 6.5) are refused.',
  awardLearning: 'Year learning result', awardConduct: 'Year conduct', awardScored: 'Year averages of the scored subjects',
  findAward: 'Check the title', AWARD_OUTSTANDING: 'Outstanding student (Học sinh Xuất sắc)', AWARD_EXCELLENT: 'Excellent student (Học sinh Giỏi)', AWARD_NONE: 'No title',
  errAwardScores: 'Enter the averages separated by semicolons, e.g. 9.0; 8.5.'
});

const LEVELS = ['TOT', 'KHA', 'DAT', 'CHUA_DAT'];
const PRIMARY_SUBJECTS = ['VIETNAMESE', 'MATHEMATICS', 'FOREIGN_LANGUAGE', 'HISTORY_GEOGRAPHY', 'SCIENCE', 'INFORMATICS_TECHNOLOGY', 'OTHER'];
const PRIMARY_POINTS = ['MIDTERM_1', 'END_OF_SEMESTER_1', 'MIDTERM_2', 'END_OF_YEAR'];
const QUALITIES = ['TOT', 'DAT', 'CAN_CO_GANG'];
const SUBJECT_LEVELS = ['HOAN_THANH_TOT', 'HOAN_THANH', 'CHUA_HOAN_THANH'];
const PAPER_POINTS = ['MIDTERM_1', 'END_OF_SEMESTER_1', 'MIDTERM_2', 'END_OF_SEMESTER_2'];
const POINT_CODES = { MIDTERM_1: 'GK1', END_OF_SEMESTER_1: 'CK1', MIDTERM_2: 'GK2', END_OF_SEMESTER_2: 'CK2' };
const last = {};

function options(select, values, label, first) {
  const keep = select.value;
  select.innerHTML = '';
  if (first) select.append(new Option(t(first), ''));
  values.forEach(v => select.append(new Option(label(v), v)));
  if (keep !== '' || first) select.value = keep;
}
function fillSelects() {
  document.querySelectorAll('#panel-yearend select[data-levels]').forEach(s => {
    const first = { optional: 'notGiven', semester2: 'followsS2', none: 'noSummer' }[s.dataset.levels];
    options(s, LEVELS, v => t(v), first);
    if (!first && !s.dataset.filled) { s.value = 'DAT'; s.dataset.filled = 'yes'; }
  });
  document.querySelectorAll('select[data-grades=primary]').forEach(s => { options(s, [1, 2, 3, 4, 5].map(String), v => t('gradeN', { n: v })); if (!s.value) s.value = '3'; });
  options($('ptest-subject'), PRIMARY_SUBJECTS, v => t(v === 'OTHER' ? 'OTHER_SUBJECT' : v));
  options($('ptest-point'), PRIMARY_POINTS, v => t(v));
  document.querySelectorAll('select[data-qualities]').forEach(s => { options(s, QUALITIES, v => t('Q_' + v)); if (!s.value) s.value = 'TOT'; });
  document.querySelectorAll('#pyear-subjects select').forEach(s => options(s, SUBJECT_LEVELS, v => t(v)));
  document.querySelectorAll('#papers-table select').forEach(s => options(s, PAPER_POINTS, v => POINT_CODES[v]));
}
function optional(id) { return $(id).value || null; }
function list(ul, items) { ul.innerHTML = ''; items.forEach(([code, text]) => { const li = document.createElement('li'); li.dataset.code = code; li.textContent = text; ul.append(li); }); }
function merged(...answers) {
  return { schoolYear: answers[0].schoolYear, reasons: answers.flatMap(a => a.reasons || []),
    citations: [...new Set(answers.flatMap(a => a.citations || []))] };
}

// ---- promotion: conduct first (Art. 8, 13), then promotion (Art. 12) ----------------------------
function promotionAnswer(conduct, promotion) {
  last.promotion = [conduct, promotion];
  $('promotion-result').hidden = false;
  $('conduct-value').textContent = t('conductResult', { year: t(conduct.year) }) + (conduct.summerTrainingRequired ? ' ' + t('summerRequired')
    : conduct.afterSummerTraining ? ' ' + t('conductForPromotion', { level: t(conduct.forPromotion) }) : '');
  const value = $('promotion-value');
  value.textContent = promotion.promoted ? t('promoted') : t('notPromoted');
  value.className = promotion.promoted ? 'ok' : 'no';
  list($('promotion-unmet'), promotion.unmet.map(c => [c, t(c)]));
  list($('promotion-next'), promotion.nextSteps.map(c => [c, t(c)]));
  renderWhy($('promotion-result').querySelector('.why'), merged(conduct, promotion));
}
$('promotion-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const absent = $('promotion-absent').value.trim();
  if (!/^\d+$/.test(absent)) { showError($('promotion-absent'), () => t('errNotNumber')); return; }
  const summer = optional('conduct-summer');
  ask(form, 'TT22/conduct', { semester1: optional('conduct-s1'), semester2: $('conduct-s2').value, year: optional('conduct-year'),
    afterSummerTraining: summer }, conduct => ask(form, 'TT22/promotion', { learning: $('promotion-learning').value,
    conduct: conduct.year, conductAfterSummer: summer, halfDaysAbsent: Number(absent) }, promotion => promotionAnswer(conduct, promotion)));
});

// ---- retests (Art. 14): "Toán: 4,8" or "Giáo dục thể chất: Chưa đạt", one a line --------------
function parseResults(text) {
  const results = [];
  const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.+?)\s*:\s*(.+)$/.exec(lines[i]);
    if (!m) return { bad: i + 1 };
    const value = m[2].trim(), folded = value.toLowerCase();
    if (folded === 'đạt' || folded === 'dat') results.push({ subject: m[1], commentary: 'DAT' });
    else if (folded === 'chưa đạt' || folded === 'chua dat') results.push({ subject: m[1], commentary: 'CHUA_DAT' });
    else if (/^\d+([.,]\d+)?$/.test(value)) results.push({ subject: m[1], average: Number(value.replace(',', '.')) });
    else return { bad: i + 1 };
  }
  return { results };
}
function retestAnswer(answer) {
  last.retest = answer;
  $('retest-result').hidden = false;
  $('retest-value').textContent = answer.subjects.length ? t('retestSome', { n: answer.subjects.length, level: t(answer.yearLevel) })
    : t('retestNone', { level: t(answer.yearLevel) });
  list($('retest-subjects'), answer.subjects.map(s => [s, s]));
  renderWhy($('retest-result').querySelector('.why'), answer);
}
$('retest-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const parsed = parseResults($('retest-results').value);
  if (parsed.bad) { showError($('retest-results'), () => t('errLine', { n: parsed.bad })); return; }
  ask(form, 'TT22/retest', { yearConduct: $('retest-conduct').value, results: parsed.results }, retestAnswer);
});

// ---- primary (TT27) -------------------------------------------------------------------------------
function ptestAnswer(answer) {
  last.ptest = answer;
  $('ptest-result').hidden = false;
  $('ptest-value').textContent = answer.required ? t('testRequired') : t('testNotRequired');
  renderWhy($('ptest-result').querySelector('.why'), answer);
}
$('ptest-form').addEventListener('submit', event => {
  event.preventDefault();
  clearErrors(event.currentTarget);
  ask(event.currentTarget, 'TT27/periodic-test', { grade: Number($('ptest-grade').value), subject: $('ptest-subject').value,
    point: $('ptest-point').value }, ptestAnswer);
});

const PRIMARY_ROWS = [['Tiếng Việt', '9'], ['Toán', '10'], ['Ngoại ngữ 1', '9'], ['Tin học và Công nghệ', '9'], ['Đạo đức', '']];
function primaryRows() {
  const box = $('pyear-subjects');
  PRIMARY_ROWS.forEach(([name, score], i) => {
    const row = document.createElement('div');
    row.className = 'score-list wide primary-row';
    row.innerHTML = `<div class="field"><label for="ps-name-${i}"></label><input id="ps-name-${i}" data-field="subjects[${i}].subject" data-i18n-label="primarySubject"></div>
      <div class="field"><label for="ps-level-${i}"></label><select id="ps-level-${i}" data-field="subjects[${i}].level"></select></div>
      <div class="field"><label for="ps-score-${i}"></label><input id="ps-score-${i}" data-field="subjects[${i}].endOfYearScore" inputmode="numeric" autocomplete="off"></div>`;
    box.append(row);
    $('ps-name-' + i).value = name;
    $('ps-score-' + i).value = score;
  });
}
function relabelPrimaryRows() {
  PRIMARY_ROWS.forEach((_, i) => {
    $('ps-name-' + i).previousElementSibling.textContent = t('primarySubject');
    $('ps-level-' + i).previousElementSibling.textContent = t('subjectLevel');
    $('ps-score-' + i).previousElementSibling.textContent = t('endOfYearScore');
    if (!$('ps-level-' + i).value) $('ps-level-' + i).value = 'HOAN_THANH_TOT';
  });
}
function pyearAnswer(answer) {
  last.pyear = answer;
  $('pyear-result').hidden = false;
  $('pyear-value').textContent = `${t('evaluation')}: ${t(answer.evaluation)}`;
  $('pyear-completion').textContent = answer.primaryProgrammeCompleted ? t('primaryCompleted')
    : answer.gradeCompleted ? t('gradeCompleted') : t('gradeNotCompleted');
  renderWhy($('pyear-result').querySelector('.why'), answer);
}
$('pyear-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const subjects = PRIMARY_ROWS.map((_, i) => ({ subject: $('ps-name-' + i).value.trim(), level: $('ps-level-' + i).value,
    endOfYearScore: readScore($('ps-score-' + i)) })).filter(s => s.subject);
  if (subjects.some(s => s.endOfYearScore === undefined)) { form.querySelector('.form-error').textContent = t('fixFields'); return; }
  ask(form, 'TT27/year-result', { grade: Number($('pyear-grade').value), subjects, qualities: $('pyear-qualities').value,
    competences: $('pyear-competences').value }, pyearAnswer);
});

// ---- plan (Art. 6, 7) and the directive's papers ----------------------------------------------------
function planAnswer(count, duration) {
  last.plan = [count, duration];
  $('plan-result').hidden = false;
  $('plan-count').textContent = t('regularCount', { n: count.perSemester });
  $('plan-duration').textContent = duration.minMinutes === 0 ? t('durationMax', { max: duration.maxMinutes })
    : duration.minMinutes === duration.maxMinutes ? t('durationFixed', { min: duration.minMinutes })
      : t('durationRange', { min: duration.minMinutes, max: duration.maxMinutes });
  renderWhy($('plan-result').querySelector('.why'), merged(count, duration));
}
$('plan-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const periods = $('plan-periods').value.trim();
  if (!/^\d+$/.test(periods)) { showError($('plan-periods'), () => t('errNotNumber')); return; }
  const body = { periodsPerYear: Number(periods), commentaryOnly: $('plan-commentary').checked,
    learningTopicCluster: $('plan-cluster').checked, specialised: $('plan-specialised').checked };
  ask(form, 'TT22/regular-assessment-count', body, count => ask(form, 'TT22/periodic-duration', body, d => planAnswer(count, d)));
});

const PAPER_FIELDS = ['subject', 'grade', 'point', 'dueMonth', 'groupApprovedOn', 'principalApprovedOn', 'publishedOn'];
const PAPER_EXAMPLE = [['MATH', '9', 'MIDTERM_1', '2025-10', '2025-10-20', '2025-10-24', '2025-10-27'],
  ['LITERATURE', '9', 'MIDTERM_1', '2025-10', '2025-10-27', '', ''], ['ENGLISH', '9', 'MIDTERM_1', '2025-10', '2025-10-22', '2025-10-21', '2025-10-23'],
  ['PE', '9', 'MIDTERM_1', '2025-10', '', '', ''], ['MATH', '9', 'END_OF_SEMESTER_1', '2025-12', '', '', '']];
function paperRows() {
  const body = $('papers-table').querySelector('tbody');
  PAPER_EXAMPLE.forEach((_, i) => {
    const tr = document.createElement('tr');
    PAPER_FIELDS.forEach(f => {
      const td = document.createElement('td');
      const input = document.createElement(f === 'point' ? 'select' : 'input');
      input.id = `paper-${i}-${f}`;
      input.dataset.field = `slots[${i}].${f}`;
      input.setAttribute('aria-label', `${f} ${i + 1}`);
      if (f === 'grade') Object.assign(input, { type: 'number', min: 1, max: 12 });
      else if (f === 'dueMonth') input.type = 'month';
      else if (f !== 'subject' && f !== 'point') input.type = 'date';
      td.append(input);
      tr.append(td);
    });
    body.append(tr);
  });
}
function papersAnswer(answer) {
  last.papers = answer;
  $('papers-result').hidden = false;
  const ul = $('papers-findings');
  ul.innerHTML = '';
  answer.findings.forEach(f => {
    const li = document.createElement('li');
    li.className = 'finding ' + f.status;
    li.dataset.status = f.status;
    const missing = f.missing.length && f.status !== 'EXEMPT' ? t('stillMissing', { list: f.missing.map(m => t(m)).join(', ') }) : '';
    const deadline = lang() === 'vi' ? f.deadline.split('-').reverse().join('/') : f.deadline;
    li.textContent = t('findingLine', { subject: f.subject, grade: f.grade, point: f.code, status: t(f.status), deadline, missing });
    ul.append(li);
  });
  renderWhy($('papers-result').querySelector('.why'), answer);
}
$('papers-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const slots = PAPER_EXAMPLE.map((_, i) => Object.fromEntries(PAPER_FIELDS.map(f => [f, $(`paper-${i}-${f}`).value.trim() || null])))
    .filter(s => s.subject).map(s => ({ ...s, grade: s.grade === null ? null : Number(s.grade) }));
  ask(form, 'directives/periodic-papers', { today: $('papers-today').value || null, slots }, papersAnswer);
});
function fillPaperExample() {
  PAPER_EXAMPLE.forEach((row, i) => PAPER_FIELDS.forEach((f, k) => { $(`paper-${i}-${f}`).value = row[k]; }));
  $('papers-today').value = '2025-10-29';
}
const RETEST_EXAMPLE = 'Toán: 4,8\nNgữ văn: 5,6\nTiếng Anh: 3,2\nKhoa học tự nhiên: 6,0\nLịch sử và Địa lí: 6,5\nGiáo dục công dân: 7,0\nCông nghệ: 6,1\nTin học: 7,2\nGiáo dục thể chất: Chưa đạt\nNghệ thuật: Đạt';
document.querySelector('[data-example=papers]').addEventListener('click', fillPaperExample);
document.querySelector('[data-example=retest]').addEventListener('click', () => { $('retest-results').value = RETEST_EXAMPLE; });

function render() {
  applyTranslations();   // this module's strings were registered after rules.js first translated the page
  fillSelects();
  relabelPrimaryRows();
  if (last.promotion) promotionAnswer(...last.promotion);
  if (last.retest) retestAnswer(last.retest);
  if (last.ptest) ptestAnswer(last.ptest);
  if (last.pyear) pyearAnswer(last.pyear);
  if (last.plan) planAnswer(...last.plan);
  if (last.papers) papersAnswer(last.papers);
  if (last.award) awardAnswer(last.award);
}

primaryRows();
paperRows();
bindLanguageSwitch(render);
render();

// ---- awards (Art. 15): contradictory facts are refused by the rules ------------------------------
function awardAnswer(answer) {
  last.award = answer;
  $('award-result').hidden = false;
  $('award-value').textContent = t('AWARD_' + answer.award);
  renderWhy($('award-result').querySelector('.why'), answer);
}
$('award-form').addEventListener('submit', event => {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const parts = $('award-scored').value.split(/[;\s]+/).filter(p => p !== '');
  const scored = parts.map(p => p.replace(',', '.'));
  if (!scored.length || scored.some(p => !/^\d+(\.\d+)?$/.test(p))) { showError($('award-scored'), () => t('errAwardScores')); return; }
  ask(form, 'TT22/award', { learning: $('award-learning').value, conduct: $('award-conduct').value, scored: scored.map(Number) }, awardAnswer);
});
document.querySelector('[data-example=award]').addEventListener('click', () => {
  $('award-learning').value = 'TOT'; $('award-conduct').value = 'TOT'; $('award-scored').value = '9,0; 9,1; 9,2; 9,3; 9,4; 9,5; 8,0';
});
