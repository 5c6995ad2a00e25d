import LockOutlined from '@mui/icons-material/LockOutlined';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  InputAdornment,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { LocalesMenuButton, useCheckAuth, useLogin, useNavigate, useTranslate } from 'react-admin';
import { loginErrorMessage } from '../i18n/errors';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { ApiError, peekSignOutReason, requestLoginCode } from '../providers/session';
import { SIGN_OUT_REASONS } from '../providers/authProvider';
import { setupNeeded } from '../setup/setupApi';
import { preloadFirstPage } from './preloadFirstPage';
import { dismissSignInShell, readSignInShell } from './signInShell';

type Mode = 'password' | 'code';
const RESEND_SECONDS = 60;

export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  // What was typed into the page's own form while the console loaded (build/signInShell.ts) is kept.
  const [shell] = useState(readSignInShell);
  const [username, setUsername] = useState(shell?.username ?? '');
  const [password, setPassword] = useState(shell?.password ?? '');
  const passwordRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [mode, setMode] = useState<Mode>('password');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  useEffect(preloadFirstPage, []);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [resendIn, setResendIn] = useState(0);
  const [sending, setSending] = useState(false);
  // Why the last session ended (account disabled, password changed or reset…), said until someone signs in again.
  const [signedOut] = useState(() => {
    const reason = peekSignOutReason();
    return reason && (SIGN_OUT_REASONS as readonly string[]).includes(reason) ? reason : null;
  });
  useDocumentLanguage();

  useEffect(() => {
    if (resendIn <= 0) return;
    const timer = setTimeout(() => setResendIn((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [resendIn]);

  // A new installation has no account to sign in with: its first run is the setup page.
  useEffect(() => {
    setupNeeded()
      .then((needed) => needed && navigate('/setup', { replace: true }))
      .catch(() => undefined);
  }, [navigate]);

  // Already signed in (e.g. a second tab): straight to the console.
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const fail = (e: unknown) => {
    setError(e instanceof ApiError ? loginErrorMessage(translate, e, mode) : translate('fq.error.NETWORK'));
    setSubmitting(false);
  };

  const signInWithPassword = async (name: string, secret: string) => {
    setSubmitting(true);
    try {
      await login({ username: name.trim(), password: secret });
    } catch (e) {
      fail(e);
    }
  };

  // On screen now: the page's own form goes, with anything typed since this page was drawn, and a form already sent
  // is signed in without asking twice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the page first appears
  useLayoutEffect(() => {
    const latest = readSignInShell();
    dismissSignInShell();
    if (!latest) return;
    setUsername(latest.username);
    setPassword(latest.password);
    if (latest.submitted && latest.username.trim() && latest.password) void signInWithPassword(latest.username, latest.password);
    else if (latest.focus === 'password') passwordRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing =
      mode === 'password' ? (!username.trim() ? 'username' : !password ? 'password' : null) : !phone.trim() ? 'phone' : !code.trim() ? 'code' : null;
    if (missing) {
      setError(translate('fq.login.required', { field: translate(`fq.login.${missing}`) }));
      return;
    }
    if (mode === 'password') return signInWithPassword(username, password);
    setSubmitting(true);
    try {
      await login({ phone: phone.trim(), code: code.trim() });
    } catch (e) {
      fail(e);
    }
  };

  const sendCode = async () => {
    setError(null);
    if (!/^1\d{10}$/.test(phone.trim())) {
      setError(translate('fq.login.phone_invalid'));
      return;
    }
    setSending(true);
    try {
      await requestLoginCode(phone.trim());
      setSentTo(phone.trim());
      setResendIn(RESEND_SECONDS);
    } catch (e) {
      setError(e instanceof ApiError ? loginErrorMessage(translate, e, 'code') : translate('fq.error.NETWORK'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        px: 2,
        py: 4,
        background: 'linear-gradient(160deg, #8c2f39 0%, #5d1f27 45%, #263238 100%)',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8, color: '#fff' }} data-testid="login-locale">
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 400 }} elevation={8}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Stack spacing={1} sx={{ mb: 3, alignItems: 'center' }}>
            <Avatar sx={{ bgcolor: 'primary.main', width: 56, height: 56 }}>
              <LockOutlined />
            </Avatar>
            <Typography component="h1" variant="h4" sx={{ fontWeight: 700, letterSpacing: 2 }} data-testid="login-title">
              {translate('fq.app.name')}
            </Typography>
            <Typography variant="subtitle1" color="text.secondary" align="center" data-testid="login-tagline">
              {translate('fq.app.tagline')}
            </Typography>
          </Stack>
          {signedOut && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="login-signed-out">
              {translate(`fq.auth.signed_out.${signedOut}`)}
            </Alert>
          )}
          <Box component="form" onSubmit={submit} noValidate aria-label={translate('fq.login.heading')}>
            <Tabs
              value={mode}
              onChange={(_e, value: Mode) => {
                setMode(value);
                setError(null);
              }}
              variant="fullWidth"
              sx={{ mb: 1 }}
            >
              <Tab value="password" label={translate('fq.login.tab_password')} data-testid="login-tab-password" />
              <Tab value="code" label={translate('fq.login.tab_code')} data-testid="login-tab-code" />
            </Tabs>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate(mode === 'password' ? 'fq.login.intro' : 'fq.login.code_intro')}
            </Typography>
            {mode === 'password' ? (
              <>
                <TextField
                  name="username"
                  label={translate('fq.login.username')}
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  autoComplete="username"
                  autoFocus={shell?.focus !== 'password'}
                  fullWidth
                  margin="normal"
                  disabled={submitting}
                />
                <TextField
                  name="password"
                  type="password"
                  label={translate('fq.login.password')}
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  autoComplete="current-password"
                  inputRef={passwordRef}
                  fullWidth
                  margin="normal"
                  disabled={submitting}
                />
              </>
            ) : (
              <>
                <TextField
                  name="phone"
                  type="tel"
                  label={translate('fq.login.phone')}
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                  autoComplete="tel"
                  fullWidth
                  margin="normal"
                  disabled={submitting}
                  slotProps={{
                    htmlInput: { inputMode: 'numeric', maxLength: 11 },
                    input: {
                      endAdornment: (
                        <InputAdornment position="end">
                          <Button size="small" onClick={sendCode} disabled={sending || submitting || resendIn > 0} data-testid="login-send-code">
                            {resendIn > 0 ? translate('fq.login.resend_in', { seconds: resendIn }) : translate('fq.login.send_code')}
                          </Button>
                        </InputAdornment>
                      ),
                    },
                  }}
                />
                <TextField
                  name="code"
                  label={translate('fq.login.code')}
                  value={code}
                  onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
                  autoComplete="one-time-code"
                  fullWidth
                  margin="normal"
                  disabled={submitting}
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
                />
                {sentTo && (
                  <Alert severity="info" sx={{ mt: 1 }} data-testid="login-code-sent">
                    {translate('fq.login.code_sent', { phone: sentTo })}
                  </Alert>
                )}
              </>
            )}
            {error && (
              <Alert severity="error" sx={{ mt: 2 }} data-testid="login-error">
                {error}
              </Alert>
            )}
            <Button
              type="submit"
              variant="contained"
              size="large"
              fullWidth
              sx={{ mt: 3 }}
              disabled={submitting}
              startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
            >
              {translate(submitting ? 'fq.login.submitting' : 'fq.login.submit')}
            </Button>
          </Box>
        </CardContent>
      </Card>
      <Typography variant="caption" sx={{ mt: 3, color: 'rgba(255,255,255,0.8)' }}>
        {translate('fq.login.footer')}
      </Typography>
    </Box>
  );
};
