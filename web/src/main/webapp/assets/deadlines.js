// The directive's paper deadlines (Tân Hồng 1334/PGDĐT) for the sittings the school has scheduled:
// for the principal and the deputy, one row per midterm / end-of-semester sitting of the current
// school year, with the status, what is missing, the rules' reason and the article they apply.
// Live from GET /regulations/paper-deadlines; the rules decide everything (issue 16).
import { bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, session } from './api.js';
import { el } from './dom.js';

register({
  dlTitle: 'Hạn duyệt đề kiểm tra định kì',
  dlIntro: 'Đề giữa kì, cuối kì của mọi môn (trừ Giáo dục thể chất) phải được tổ chuyên môn duyệt, rồi hiệu trưởng duyệt và công bố trước ngày 28 của tháng trước buổi kiểm tra. Danh sách lấy từ các buổi kiểm tra đã lên lịch của năm học {year}; đề coi như được công bố khi hiệu trưởng duyệt. Ngày theo giờ Việt Nam.',
  dlNone: 'Năm học {year} chưa có buổi kiểm tra giữa kì hay cuối kì nào được lên lịch.',
  dlNoYear: 'Chưa có năm học hiện tại.',
  dlSummary: '{ON_TIME} đúng hạn · {PENDING} chưa xong · {LATE} quá hạn · {EXEMPT} không áp dụng',
  dlSitting: 'Ngày kiểm tra', dlDeadline: 'Hạn', dlPaper: 'Đề', dlMissing: 'Còn thiếu', dlArticle: 'Căn cứ',
  dlOutOfOrder: 'Hiệu trưởng duyệt trước tổ chuyên môn',
  dlError: 'Không tải được hạn duyệt đề. Vui lòng thử lại.',
  dl_ON_TIME: 'Đúng hạn', dl_PENDING: 'Chưa đến hạn, chưa xong', dl_LATE: 'Quá hạn', dl_EXEMPT: 'Không áp dụng (GDTC)',
  dl_GROUP_APPROVAL: 'tổ chuyên môn duyệt', dl_PRINCIPAL_APPROVAL: 'hiệu trưởng duyệt', dl_PUBLICATION: 'công bố'
}, {
  dlTitle: 'Periodic paper deadlines',
  dlIntro: 'Midterm and end-of-semester papers of every subject but physical education must be approved by the subject group, then by the principal, and published by the 28th of the month before the test. The list comes from the sittings scheduled in {year}; a paper counts as published when the principal approves it. Dates in Vietnam time.',
  dlNone: 'No midterm or end-of-semester sitting is scheduled in {year} yet.',
  dlNoYear: 'No school year is current.',
  dlSummary: '{ON_TIME} on time · {PENDING} not done yet · {LATE} late · {EXEMPT} exempt',
  dlSitting: 'Test on', dlDeadline: 'Due', dlPaper: 'Paper', dlMissing: 'Missing', dlArticle: 'Under',
  dlOutOfOrder: 'The principal approved before the subject group',
  dlError: 'The paper deadlines could not be loaded. Please try again.',
  dl_ON_TIME: 'On time', dl_PENDING: 'Due, not done yet', dl_LATE: 'Late', dl_EXEMPT: 'Exempt (PE)',
  dl_GROUP_APPROVAL: 'subject-group approval', dl_PRINCIPAL_APPROVAL: 'principal\'s approval', dl_PUBLICATION: 'publication'
});

const section = document.getElementById('paper-deadlines');
const me = session();
let report = null;
let failed = false;

/** A Vietnam date (YYYY-MM-DD from the server) as 28/10/2026. */
function day(iso) {
  return iso ? iso.split('-').reverse().join('/') : '—';
}

function line(label, value) {
  const p = el('p', { className: 'dl-line' });
  p.append(el('span', { className: 'muted', textContent: label + ': ' }), document.createTextNode(value));
  return p;
}

function render() {
  section.querySelector('h3').textContent = t('dlTitle');
  const body = section.querySelector('.dl-body');
  body.replaceChildren();
  if (failed) { body.append(el('p', { className: 'problems', textContent: t('dlError') })); return; }
  if (!report) return;
  if (!report.schoolYear) { body.append(el('p', { className: 'muted', textContent: t('dlNoYear') })); return; }
  body.append(el('p', { className: 'muted', textContent: t('dlIntro', { year: report.schoolYear }) }));
  if (report.rows.length === 0) { body.append(el('p', { className: 'muted', textContent: t('dlNone', { year: report.schoolYear }) })); return; }
  const counts = { ON_TIME: 0, PENDING: 0, LATE: 0, EXEMPT: 0 };
  report.rows.forEach(r => { counts[r.status] = (counts[r.status] || 0) + 1; });
  body.append(el('p', { className: 'dl-summary', textContent: t('dlSummary', counts) }));
  const list = el('ul', { className: 'dl-list' });
  report.rows.forEach(r => {
    const li = el('li', { className: 'dl-row dl-' + r.status.toLowerCase() });
    li.dataset.sittingId = r.sittingId;
    li.dataset.status = r.status;
    const head = el('p', { className: 'dl-head' });
    head.append(el('strong', { className: '', textContent: `${lang() === 'en' ? r.subjectEn : r.subjectVi} ${r.grade} · ${r.pointCode}` }), document.createTextNode(' '),
      el('span', { className: 'badge dl-status', textContent: t('dl_' + r.status) }));
    li.append(head, el('p', { className: 'dl-sitting', textContent: r.sittingTitle + (r.classCode ? ` (${r.classCode})` : '') }));
    li.append(line(t('dlSitting'), day(r.sittingDay)), line(t('dlDeadline'), day(r.deadline)));
    if (r.paperTitle) li.append(line(t('dlPaper'), r.paperTitle));
    if (r.missing.length && r.status !== 'EXEMPT') li.append(line(t('dlMissing'), r.missing.map(m => t('dl_' + m)).join(', ')));
    if (r.approvalOutOfOrder) li.append(el('p', { className: 'problems', textContent: t('dlOutOfOrder') }));
    r.reasons.forEach(reason => li.append(el('p', { className: 'dl-reason', textContent: lang() === 'en' ? reason.en : reason.vi })));
    const article = line(t('dlArticle'), r.citations.join('; '));
    article.classList.add('dl-article');
    li.append(article);
    list.append(li);
  });
  body.append(list);
}

async function load() {
  const answer = await call('GET', 'regulations/paper-deadlines');
  failed = !answer.ok;
  report = answer.ok ? answer.data : null;
  render();
  if (location.hash === '#paper-deadlines') section.scrollIntoView();   // the link from rules.html
}

if (section && me && me.roles.some(r => r === 'PRINCIPAL' || r === 'DEPUTY_PRINCIPAL')) {
  section.hidden = false;
  render();
  bindLanguageSwitch(render);
  load();
}
