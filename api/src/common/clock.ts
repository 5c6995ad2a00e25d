/**
 * The server's "now": what `today()`, deadlines, "overdue" and the default `services.now` read. It is the system
 * clock unless something sets another: the test app fixes it (test/app.ts), so that no test depends on the day it
 * runs and a test can move it (a month ahead, a year end, a leap day).
 */
let read: () => number = () => Date.now();

export function now(): Date {
  return new Date(read());
}

/** Makes `source` the clock until the returned function puts the previous one back. */
export function setClock(source: () => number): () => void {
  const previous = read;
  read = source;
  return () => {
    read = previous;
  };
}
