import { applyTranslations, bindLanguageSwitch, t } from './i18n.js';
import { call, saveSession, session } from './api.js';

applyTranslations();
bindLanguageSwitch();
if (session()) location.href = 'app.html';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');
const button = document.getElementById('login-button');

form.addEventListener('submit', async event => {
  event.preventDefault();
  error.hidden = true;
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) { showError('VALIDATION_FAILED'); return; }
  button.disabled = true;
  button.textContent = t('signingIn');
  const reply = await call('POST', 'auth/login', { username, password });
  button.disabled = false;
  button.textContent = t('signIn');
  if (reply.ok) {
    saveSession(reply.data);
    location.href = 'app.html';
  } else {
    showError(reply.error?.error);
  }
});

function showError(code) {
  error.textContent = t(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'VALIDATION_FAILED', 'NETWORK'].includes(code) ? code : 'UNKNOWN');
  error.hidden = false;
}
