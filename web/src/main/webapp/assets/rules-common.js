// Shared by the regulations calculator's modules (rules.js, rules-more.js): reading scores typed with
// a comma or a dot, showing them in the reader's convention, errors next to their inputs, the
// answer's reasons and citations, and the POST to /api/v1/regulations. The rules decide; this only shows.
import { t, lang } from './i18n.js';
import { call } from './api.js';
import { $ } from './dom.js';

const SCORE_FIELD = /^(regular\[\d+\]|midterm|final|semester[12]|scored\[\d+\]|score|results\[\d+\]\.average)$/;

// ---- numbers: typed with a comma or a dot, shown in the reader's convention ------------------

export function readScore(input) {
  const text = input.value.trim().replace(',', '.');
  if (text === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(text)) { showError(input, () => t('errNotNumber')); return undefined; }
  return Number(text);
}

export function shown(number) {
  const text = Number(number).toFixed(1);
  return lang() === 'vi' ? text.replace('.', ',') : text;
}

// ---- field errors: next to the input, announced and linked with aria-describedby ----------------

// A message is a function, so that it is re-worded when the language changes.
const noteMessages = new Map();

export function showError(input, message) {
  const id = 'err-' + input.id;
  let note = document.getElementById(id);
  if (!note) {
    note = document.createElement('span');
    note.id = id;
    note.className = 'field-error';
    input.insertAdjacentElement('afterend', note);
  }
  noteMessages.set(id, message);
  note.textContent = message();
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
}

export function retranslateErrors() {
  noteMessages.forEach((message, id) => {
    const note = document.getElementById(id);
    if (note) note.textContent = message(); else noteMessages.delete(id);
  });
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(n => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach(i => { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby'); });
  document.querySelectorAll('#school-year[aria-invalid], #grade-choice[aria-invalid]').forEach(i => i.removeAttribute('aria-invalid'));
  document.querySelectorAll('.year-row .field-error').forEach(n => n.remove());
  form.querySelector('.form-error').textContent = '';
}

export function messageFor(detail) {
  if (detail.field === 'schoolYear') return detail.code === 'NOT_IN_FORCE' ? t('errNOT_IN_FORCE') : t('errYear');
  if (detail.code === 'NOT_IN_FORCE') return t('errNOT_IN_FORCE');
  if (detail.code === 'CONTRADICTORY') return `${t('errCONTRADICTORY')} (${detail.message})`;
  if (detail.code === 'OUT_OF_RANGE') return SCORE_FIELD.test(detail.field) ? t('errScoreRange') : `${t('errRange')} (${detail.message})`;
  const key = 'err' + detail.code;
  return t(key) !== key ? t(key) : detail.message;
}

export function showProblems(form, reply) {
  const details = Array.isArray(reply.error?.details) ? reply.error.details : [];
  const unplaced = [];
  details.forEach(d => {
    const input = form.querySelector(`[data-field="${CSS.escape(d.field)}"]`)
      || (d.field === 'schoolYear' ? $('school-year') : d.field === 'grade' ? $('grade-choice') : null);
    if (input) showError(input, () => messageFor(d)); else unplaced.push(messageFor(d));
  });
  const summary = form.querySelector('.form-error');
  summary.textContent = unplaced.length ? unplaced.join(' ') : details.length ? t('fixFields') : (reply.error?.message || t('UNKNOWN'));
  const first = form.querySelector('[aria-invalid=true]');
  if (first) first.focus();
}

// ---- answers: value, reasons in the chosen language, citations as chips -------------------------

export function renderWhy(container, answer) {
  container.innerHTML = '';
  const reasonsTitle = document.createElement('h4');
  reasonsTitle.textContent = t('reasons');
  const list = document.createElement('ol');
  list.className = 'reasons';
  (answer.reasons || []).forEach(r => {
    const li = document.createElement('li');
    li.textContent = lang() === 'en' ? r.en : r.vi;
    const cite = document.createElement('span');
    cite.className = 'cite';
    cite.textContent = citationsText(r.citation);
    cite.dataset.citation = r.citation;
    li.append(' ', cite);
    list.append(li);
  });
  const citesTitle = document.createElement('h4');
  citesTitle.textContent = t('citations');
  const chips = document.createElement('ul');
  chips.className = 'chips';
  (answer.citations || []).forEach(c => {
    const chip = document.createElement('li');
    chip.className = 'chip';
    chip.textContent = citationText(c);
    chip.dataset.citation = c;
    chip.title = c;
    chips.append(chip);
  });
  const year = document.createElement('p');
  year.className = 'muted';
  year.textContent = t('appliedYear', { year: answer.schoolYear });
  container.append(reasonsTitle, list, citesTitle, chips, year);
}

// ---- citations: "Điều 12, Thông tư 22/2021/TT-BGDĐT" on the Vietnamese page -------------------

// One helper for every page: assets/messages.js.
import { citationText, citationsText } from './messages.js';
export { citationText, citationsText };

export function yearChoice() { return $('school-year').value || undefined; }

/** The grade chosen at the top of the page (phase-in), or undefined. */
export function gradeChoice() { const g = $('grade-choice')?.value; return g ? Number(g) : undefined; }

/** POSTs a what-if with the school year (and the grade unless the body names one); shows problems next to their inputs. */
export async function ask(form, path, body, show) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  const reply = await call('POST', 'regulations/' + path, { grade: gradeChoice(), ...body, schoolYear: yearChoice() });
  button.disabled = false;
  if (!reply.ok) { showProblems(form, reply); return; }
  show(reply.data);
}

