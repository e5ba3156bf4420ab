/** The IPC messages events travel in, shared by main and the preload (which may import nothing heavier). */
/** Main → renderer: `(event name, payload)`. */
export const EVENT_MESSAGE = 'showcase:event';
/** Renderer → main: `(event name)`, when a window starts or stops listening to it. */
export const SUBSCRIBE_MESSAGE = 'showcase:subscribe';
export const UNSUBSCRIBE_MESSAGE = 'showcase:unsubscribe';
