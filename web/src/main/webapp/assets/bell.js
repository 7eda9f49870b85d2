// The notification bell of the top bar: unread count, the latest notifications, mark read.
// Any page can mount it: <span id="bell"></span> + mountBell(document.getElementById('bell')).
import { call } from './api.js';
import { lang, register, t } from './i18n.js';
import { formatDateTime } from './numbers.js';

register(
  { notifications: 'Thông báo', noNotifications: 'Chưa có thông báo.', markAllRead: 'Đánh dấu đã đọc tất cả', unreadCount: '{n} thông báo chưa đọc' },
  { notifications: 'Notifications', noNotifications: 'No notifications yet.', markAllRead: 'Mark all read', unreadCount: '{n} unread notifications' }
);

export function mountBell(host) {
  if (!host) return;
  host.classList.add('bell');
  host.innerHTML = `<button type="button" class="bell-button" aria-haspopup="true" aria-expanded="false">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"/></svg><span class="bell-count" hidden></span><span class="sr-only bell-label"></span></button>
    <div class="bell-panel card" role="region" hidden><div class="bell-head"><strong></strong>
      <button type="button" class="link bell-all"></button></div><ul class="bell-list"></ul></div>`;
  const button = host.querySelector('.bell-button');
  const panel = host.querySelector('.bell-panel');
  let data = { unread: 0, items: [] };

  async function load() {
    const reply = await call('GET', 'notifications');
    if (reply.ok) data = reply.data;
    draw();
  }

  function draw() {
    const count = host.querySelector('.bell-count');
    count.hidden = data.unread === 0;
    count.textContent = data.unread > 99 ? '99+' : String(data.unread);
    host.querySelector('.bell-label').textContent = t('unreadCount', { n: data.unread });
    button.title = t('notifications');
    host.querySelector('.bell-head strong').textContent = t('notifications');
    host.querySelector('.bell-all').textContent = t('markAllRead');
    const list = host.querySelector('.bell-list');
    list.innerHTML = '';
    if (!data.items.length) {
      const li = document.createElement('li');
      li.className = 'muted';
      li.textContent = t('noNotifications');
      list.append(li);
    }
    data.items.forEach(n => {
      const li = document.createElement('li');
      li.className = n.read ? 'read' : 'unread';
      const a = document.createElement('a');
      a.href = n.link || '#';
      a.dataset.id = n.id;
      const title = document.createElement('strong');
      title.textContent = lang() === 'en' ? n.titleEn : n.titleVi;
      const body = document.createElement('span');
      body.textContent = lang() === 'en' ? n.bodyEn : n.bodyVi;
      const when = document.createElement('small');
      when.className = 'muted';
      when.textContent = formatDateTime(n.createdAt);
      a.append(title, body, when);
      // Mark read first, then follow the link (navigating at once could cancel the request).
      a.addEventListener('click', async event => {
        event.preventDefault();
        if (!n.read) await call('POST', `notifications/${n.id}/read`);
        panel.hidden = true;
        if (n.link) location.href = n.link;
        load();
      });
      li.append(a);
      list.append(li);
    });
  }

  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) load();
  });
  host.querySelector('.bell-all').addEventListener('click', async () => {
    await call('POST', 'notifications/read-all');
    load();
  });
  document.addEventListener('keydown', e => { if (e.key === 'Escape' && !panel.hidden) { panel.hidden = true; button.focus(); } });
  load();
  setInterval(load, 60000);
  return { redraw: draw, reload: load };
}
