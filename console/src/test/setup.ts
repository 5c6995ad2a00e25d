import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { fixTestClock } from './clock';

// findBy… and waitFor wait for what the page shows, not for a length of time: on a loaded two-core CI machine a
// select's options can take more than the default second to arrive, so allow five.
configure({ asyncUtilTimeout: 5000 });

// Tests that move the clock themselves call vi.setSystemTime; every test starts again from the fixed instant.
beforeEach(() => fixTestClock());

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

// A component can leave a zero-delay timer behind as it unmounts (react-admin's reference inputs schedule their
// parameter change with setTimeout(…, 0)). If the file's environment is torn down before that timer runs, React
// finds no window and vitest reports an uncaught error after every test has passed. Timers run in the order they
// are due, so letting a 100 ms timer run last lets every such leftover run first, while the window still exists.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
