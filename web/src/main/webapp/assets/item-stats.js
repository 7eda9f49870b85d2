// The statistics an item version gathered in the sittings that used it (issue 15), for the item on
// bank.html: responses, facility, discrimination, last update — each with what it means.
import { formatDateTime } from './numbers.js';
import { register, t, lang } from './i18n.js';

register({
  itemStats: 'Thống kê qua các lần kiểm tra', itemStatsNone: 'Chưa có: câu hỏi (phiên bản này) chưa được dùng trong buổi kiểm tra nào đã kết thúc.',
  statResponses: 'Lượt làm', statFacility: 'Độ khó (tỉ lệ điểm đạt)', statDiscrimination: 'Độ phân biệt',
  statUpdated: 'Cập nhật', statSittings: 'Số buổi',
  statFacilityHelp: 'Trung bình tỉ lệ điểm của câu mà học sinh đạt được, gộp theo số lượt làm của từng buổi (n = {n}). Dưới 0,20 là quá khó, trên 0,90 là quá dễ.',
  statDiscriminationHelp: 'Hệ số tương quan giữa điểm câu này và tổng điểm các câu còn lại, trung bình theo số lượt làm. Dưới 0,20 là phân biệt kém; âm là đáng ngờ (kiểm tra đáp án).'
}, {
  itemStats: 'Statistics from the sittings', itemStatsNone: 'None yet: this version has not been used in a closed sitting.',
  statResponses: 'Responses', statFacility: 'Facility (share of points earned)', statDiscrimination: 'Discrimination',
  statUpdated: 'Updated', statSittings: 'Sittings',
  statFacilityHelp: 'Mean share of the item\'s points the students earned, weighted by each sitting\'s responses (n = {n}). Below 0.20 is too hard, above 0.90 too easy.',
  statDiscriminationHelp: 'Correlation of this item\'s score with the total of the other items, weighted by responses. Below 0.20 discriminates poorly; negative is suspect (check the key).'
});

/** A number with the language's decimal mark (8,5 in Vietnamese). */
export function num(value, digits = 2) {
  if (value === null || value === undefined) return '—';
  return Number(value).toLocaleString(lang() === 'en' ? 'en-GB' : 'vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function statisticsSection(item) {
  const section = document.createElement('section');
  section.id = 'item-statistics';
  const h = document.createElement('h3');
  h.textContent = t('itemStats');
  section.append(h);
  const s = item.statistics;
  if (!s) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = t('itemStatsNone');
    section.append(p);
    return section;
  }
  const dl = document.createElement('dl');
  dl.className = 'stat-list';
  const rows = [
    ['statResponses', String(s.responses), ''],
    ['statFacility', num(s.facility), t('statFacilityHelp', { n: s.responses })],
    ['statDiscrimination', num(s.discrimination), t('statDiscriminationHelp')],
    ['statSittings', String(s.sittings ?? ''), ''],
    ['statUpdated', s.updatedAt ? formatDateTime(s.updatedAt) : '—', '']
  ];
  rows.forEach(([key, value, help]) => {
    const dt = document.createElement('dt');
    dt.textContent = t(key);
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.stat = key;
    if (help) { dd.title = help; dt.title = help; }
    dl.append(dt, dd);
    if (help) {
      const note = document.createElement('dd');
      note.className = 'muted small';
      note.textContent = help;
      dl.append(note);
    }
  });
  section.append(dl);
  return section;
}
