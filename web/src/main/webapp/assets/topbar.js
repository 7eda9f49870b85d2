// The top bar of every sub-page (issue 17, points 4 and 14): the notification bell and "Đăng xuất"
// beside the home link. A page that already has them (app.html, marking, sittings) keeps its own.
// During a test (body.testing) the home link is hidden: leaving is by submitting.
import { call, clearSession, session } from './api.js';
import { mountBell } from './bell.js';
import { register, t } from './i18n.js';

register({ signOut: 'Đăng xuất' }, { signOut: 'Sign out' });

const who = document.querySelector('.topbar .who');
if (who && session()) {
  const home = who.querySelector('a[href="app.html"]');
  if (!document.getElementById('bell')) {
    const bell = document.createElement('span');
    bell.id = 'bell';
    who.insertBefore(bell, who.querySelector('.lang-switch') || home || null);
  }
  if (!who.dataset.bellMounted && !document.querySelector('#bell .bell-button')) {
    mountBell(document.getElementById('bell'));
  }
  if (!document.getElementById('logout')) {
    const out = document.createElement('button');
    out.type = 'button';
    out.className = 'link';
    out.id = 'logout';
    out.dataset.i18n = 'signOut';
    out.textContent = t('signOut');
    out.addEventListener('click', async () => { await call('POST', 'auth/logout'); clearSession(); location.href = './'; });
    who.append(out);
  }
}
