import { useState, type FormEvent } from 'react';
import { loginErrorMessage } from '../i18n/errors';
import { ApiError, signIn, type SessionUser } from '../providers/session';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Shown instead of the editor when no token is stored; stores the session exactly as the console does. */
export const SignInForm = ({ translate, onSignedIn }: { translate: Translate; onSignedIn: (user: SessionUser) => void }) => {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing = !username.trim() ? 'username' : !password ? 'password' : null;
    if (missing) {
      setError(translate('fq.login.required', { field: translate(`fq.login.${missing}`) }));
      return;
    }
    setBusy(true);
    try {
      const { user } = await signIn(username.trim(), password);
      onSignedIn(user);
    } catch (e) {
      setError(e instanceof ApiError ? loginErrorMessage(translate, e) : translate('fq.error.NETWORK'));
      setBusy(false);
    }
  };

  return (
    <main className="fq-signin">
      <form className="fq-card" onSubmit={submit} noValidate aria-label={translate('fq.login.heading')}>
        <h1>{translate('fq.graphiql.title')}</h1>
        <p className="fq-muted">{translate('fq.graphiql.intro')}</p>
        <label>
          <span>{translate('fq.login.username')}</span>
          <input
            name="username"
            autoComplete="username"
            // biome-ignore lint/a11y/noAutofocus: the sign-in form is all this page shows, so its first field takes the focus (as a browser's own sign-in page does)
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            disabled={busy}
          />
        </label>
        <label>
          <span>{translate('fq.login.password')}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            disabled={busy}
          />
        </label>
        {error && (
          <p className="fq-error" role="alert" data-testid="graphiql-login-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {translate(busy ? 'fq.login.submitting' : 'fq.login.submit')}
        </button>
        <a className="fq-link" href="/">
          {translate('fq.graphiql.back')}
        </a>
      </form>
    </main>
  );
};
