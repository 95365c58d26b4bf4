/** A signed-in browser is signed out after this long without a request... */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** ...and after this long in any case, so a stolen cookie does not live for ever. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not turn into writes. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;
export const SESSION_COOKIE = "wence_session";
