/*
 * The console's side of the sign-in form that index.html draws before the console has started (build/signInShell.ts):
 * the sign-in page takes over what was typed there, removes it, and signs in at once if it was already sent.
 */

/** The element index.html draws the form in (build/signInShell.ts writes it). */
export const SHELL_ID = 'fq-signin-shell';

export interface ShellSignIn {
  username: string;
  password: string;
  /** The visitor pressed 登录 before the console started. */
  submitted: boolean;
  /** The field that had the focus. */
  focus: 'username' | 'password';
}

declare global {
  interface Window {
    __fqSignIn?: Partial<ShellSignIn>;
  }
}

function shellElement(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.getElementById(SHELL_ID);
}

/** What the page's own form holds, or null when it is not shown (a session, another route, already taken over). */
export function readSignInShell(): ShellSignIn | null {
  const shell = shellElement();
  if (!shell || shell.hidden) return null;
  const state = window.__fqSignIn ?? {};
  const field = (name: string) => shell.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
  return {
    // The inputs themselves are the truth: a browser's autofill fills them without an input event.
    username: field('username'),
    password: field('password'),
    submitted: state.submitted === true,
    focus: state.focus === 'password' ? 'password' : 'username',
  };
}

/** Removes the page's own form once the console's sign-in page is on screen (or not needed). */
export function dismissSignInShell(): void {
  shellElement()?.remove();
  if (typeof window !== 'undefined') delete window.__fqSignIn;
}
