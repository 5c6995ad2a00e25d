import Key from '@mui/icons-material/Key';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogout, useNavigate, useTranslate } from 'react-admin';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { ApiError, changePassword, getSessionUser, mustChangePassword } from '../providers/session';
import { passwordProblem, type PasswordField } from './passwordRules';

/** What the API's refusal of a new password means, in our words. */
function refusalKey(error: unknown): { field: PasswordField; key: string } {
  if (error instanceof ApiError) {
    const reason = error.details.reason;
    if (error.code === 'BAD_USER_INPUT' && error.details.field === 'currentPassword') return { field: 'current', key: 'fq.password.wrong_current' };
    if (error.code === 'BAD_USER_INPUT' && reason) return { field: 'next', key: `fq.password.rule.${reason}` };
    if (error.code === 'RATE_LIMITED') return { field: 'current', key: 'fq.password.rate_limited' };
    if (error.code === 'NETWORK') return { field: 'next', key: 'fq.error.NETWORK' };
    return { field: 'next', key: `fq.error.${error.code}` };
  }
  return { field: 'next', key: 'fq.error.INTERNAL_SERVER_ERROR' };
}

/**
 * Change of one's own password: from the user menu at any time, and forced right after signing in with a one-time
 * password (then it is the only page that opens, and the way out is to sign out). Works at phone width.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const logout = useLogout();
  useDocumentLanguage();
  const forced = mustChangePassword();
  const username = getSessionUser()?.username ?? '';
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<{ field: PasswordField; message: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem({ current, next, again, username });
    if (problem) {
      setError({ field: problem.field, message: translate(problem.key, problem.options) });
      return;
    }
    setError(null);
    setSubmitting(true);
    try {
      await changePassword(current, next);
      navigate('/', { replace: true });
    } catch (e) {
      const { field, key } = refusalKey(e);
      setError({ field, message: translate(key) });
      setSubmitting(false);
    }
  };

  const fieldError = (field: PasswordField) => (error?.field === field ? error.message : undefined);

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', px: 2, py: 4, bgcolor: 'grey.100' }}
    >
      <Card sx={{ width: '100%', maxWidth: 440 }} elevation={4}>
        <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
          <Stack spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <Key />
            </Avatar>
            <Typography component="h1" variant="h5" data-testid="change-password-title">
              {translate('fq.password.title')}
            </Typography>
          </Stack>
          {forced && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="change-password-forced">
              {translate('fq.password.forced')}
            </Alert>
          )}
          <Box component="form" onSubmit={submit} noValidate>
            <TextField
              name="currentPassword"
              type="password"
              label={translate(forced ? 'fq.password.current_one_time' : 'fq.password.current')}
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              autoComplete="current-password"
              fullWidth
              margin="normal"
              disabled={submitting}
              error={Boolean(fieldError('current'))}
              helperText={fieldError('current')}
              slotProps={{ htmlInput: { 'data-testid': 'password-current' } }}
            />
            <TextField
              name="newPassword"
              type="password"
              label={translate('fq.password.new')}
              value={next}
              onChange={(e) => setNext(e.target.value)}
              autoComplete="new-password"
              fullWidth
              margin="normal"
              disabled={submitting}
              error={Boolean(fieldError('next'))}
              helperText={fieldError('next') ?? translate('fq.password.hint')}
              slotProps={{ htmlInput: { 'data-testid': 'password-new' } }}
            />
            <TextField
              name="newPasswordAgain"
              type="password"
              label={translate('fq.password.again')}
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              autoComplete="new-password"
              fullWidth
              margin="normal"
              disabled={submitting}
              error={Boolean(fieldError('again'))}
              helperText={fieldError('again')}
              slotProps={{ htmlInput: { 'data-testid': 'password-again' } }}
            />
            <Stack direction={{ xs: 'column-reverse', sm: 'row' }} spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
              {forced ? (
                <Button onClick={() => logout()} disabled={submitting} data-testid="change-password-logout">
                  {translate('ra.auth.logout')}
                </Button>
              ) : (
                <Button onClick={() => navigate(-1)} disabled={submitting} data-testid="change-password-cancel">
                  {translate('fq.common.cancel')}
                </Button>
              )}
              <Button
                type="submit"
                variant="contained"
                disabled={submitting}
                startIcon={submitting ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="change-password-submit"
              >
                {translate('fq.password.submit')}
              </Button>
            </Stack>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
