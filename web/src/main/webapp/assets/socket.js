// The one reconnecting socket of the live pages (test.js and proctor.js; issue 12). It opens ws/<path> next to
// the page, says hello with the bearer token, hands every message on as parsed JSON and, when the socket closes,
// asks the page (onClose) whether to come back: if so it reconnects after 0.5 s, 1 s, 2 s … at most 10 s. The
// page calls connected() once the server has answered (state, roster), so the next loss starts again at 0.5 s.
// What a close code means, the offline banner and the replay of the local queue stay with the page.
import { token } from './api.js';

/**
 * @param path      () => the socket's path after the page's directory, e.g. `ws/attempts/${id}` (asked at each connect)
 * @param handlers  onMessage(message); onClose(event) → true to reconnect with backoff; canConnect() → false to stay shut
 */
export function liveSocket(path, { onMessage, onClose, canConnect = () => true }) {
  let socket = null;
  let retry = 0;

  function connect() {
    if (!canConnect()) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${location.pathname.replace(/[^/]*$/, '')}${path()}`;
    const s = new WebSocket(url);
    socket = s;
    s.addEventListener('open', () => s.send(JSON.stringify({ type: 'hello', token: token() })));
    s.addEventListener('message', e => onMessage(JSON.parse(e.data)));
    s.addEventListener('close', e => {
      if (s !== socket) return; // a socket the page has replaced or closed itself
      if (onClose(e)) setTimeout(connect, Math.min(10000, 500 * 2 ** retry++));
    });
  }

  return {
    connect,
    /** The server has answered: the next loss waits 0.5 s again. */
    connected() { retry = 0; },
    /** The network is back (the browser says so): try at once. */
    reconnectNow() { retry = 0; connect(); },
    isOpen() { return socket !== null && socket.readyState === WebSocket.OPEN; },
    /** Sends an object as JSON (a string as it is); false when the socket is not open. */
    send(message) {
      if (!this.isOpen()) return false;
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
      return true;
    },
    /** Closes without reconnecting: the close that follows is not the page's business. */
    close(code = 1000) { const s = socket; socket = null; if (s) s.close(code); }
  };
}
