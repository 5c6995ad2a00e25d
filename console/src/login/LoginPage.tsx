import LockOutlined from '@mui/icons-material/LockOutlined';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { LocalesMenuButton, useCheckAuth, useLogin, useNavigate, useTranslate } from 'react-admin';
import { loginErrorMessage } from '../i18n/errors';
import { useDocumentLanguage } from '../layout/AppLayout';
import { ApiError } from '../providers/session';

export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  useDocumentLanguage();

  // Already signed in (e.g. a second tab): straight to the console.
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const missing = !username.trim() ? 'username' : !password ? 'password' : null;
    if (missing) {
      setError(translate('fq.login.required', { field: translate(`fq.login.${missing}`) }));
      return;
    }
    setSubmitting(true);
    try {
      await login({ username: username.trim(), password });
    } catch (e) {
      setError(e instanceof ApiError ? loginErrorMessage(translate, e) : translate('fq.error.NETWORK'));
      setSubmitting(false);
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
          <Box component="form" onSubmit={submit} noValidate aria-label={translate('fq.login.heading')}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('fq.login.intro')}
            </Typography>
            <TextField
              name="username"
              label={translate('fq.login.username')}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              autoFocus
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
              fullWidth
              margin="normal"
              disabled={submitting}
            />
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
