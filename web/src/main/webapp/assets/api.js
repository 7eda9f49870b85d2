// The token lives in sessionStorage: it is gone when the tab closes (shared school computers).
export function token() { return sessionStorage.getItem('khaothi.token'); }
export function session() { return JSON.parse(sessionStorage.getItem('khaothi.session') || 'null'); }
export function saveSession(login) {
  sessionStorage.setItem('khaothi.token', login.token);
  sessionStorage.setItem('khaothi.session', JSON.stringify({ username: login.username, displayName: login.displayName, roles: login.roles, expiresAt: login.expiresAt }));
}
export function clearSession() { sessionStorage.removeItem('khaothi.token'); sessionStorage.removeItem('khaothi.session'); }

export async function call(method, path, body, contentType = 'application/json') {
  const headers = {};
  if (token()) headers.Authorization = 'Bearer ' + token();
  // contentType null: the browser sets it (FormData carries its multipart boundary).
  if (body !== undefined && contentType) headers['Content-Type'] = contentType;
  let response;
  try {
    response = await fetch('api/v1/' + path, { method, headers, body: contentType === 'application/json' && body !== undefined ? JSON.stringify(body) : body });
  } catch (e) {
    return { ok: false, status: 0, error: { error: 'NETWORK' } };
  }
  const data = await response.json().catch(() => ({}));
  if (response.status === 401 && path !== 'auth/login') { clearSession(); location.href = './'; }
  return response.ok ? { ok: true, status: response.status, data } : { ok: false, status: response.status, error: data };
}
