// The notification bell of the top bar: unread count, the latest notifications, mark read.
// Any page can mount it: <span id="bell"></span> + mountBell(document.getElementById('bell')).
import { call } from './api.js';
import { lang, register, t } from './i18n.js';

register(
  { notifications: 'Thông báo', noNotifications: 'Chưa có thông báo.', markAllRead: 'Đánh dấu đã đọc tất cả', unreadCount: '{n} thông báo chưa đọc' },
  { notifications: 'Notifications', noNotifications: 'No notifications yet.', markAllRead: 'Mark all read', unreadCount: '{n} unread notifications' }
);

export function mountBell(host) {
  if (!host) return;
  host.classList.add('bell');
  host.innerHTML = `<button type="button" class="bell-button" aria-haspopup="true" aria-expanded="false">
      <span aria-hidden="true">🔔</span><span class="bell-count" hidden></span><span class="sr-only bell-label"></span></button>
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
      when.textContent = new Date(n.createdAt).toLocaleString(lang() === 'en' ? 'en-GB' : 'vi-VN');
      a.append(title, body, when);
      a.addEventListener('click', async () => { if (!n.read) await call('POST', `notifications/${n.id}/read`); });
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
