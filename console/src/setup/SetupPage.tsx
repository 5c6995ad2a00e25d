import SettingsSuggestOutlined from '@mui/icons-material/SettingsSuggestOutlined';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Divider, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { LocalesMenuButton, useNavigate, useTranslate } from 'react-admin';
import { waitMessage } from '../i18n/errors';
import { useDocumentLanguage } from '../layout/useDocumentLanguage';
import { ApiError } from '../providers/session';
import { completeSetup, rootLevelOf, setupNeeded } from './setupApi';

type Field = 'token' | 'rootCode' | 'rootName' | 'cityName' | 'username' | 'displayName' | 'password' | 'passwordAgain';

const LABELS: Record<Field, string> = {
  token: 'fq.setup.token',
  rootCode: 'fq.setup.root_code',
  rootName: 'fq.setup.root_name',
  cityName: 'fq.setup.city_name',
  username: 'fq.setup.username',
  displayName: 'fq.setup.display_name',
  password: 'fq.setup.password',
  passwordAgain: 'fq.setup.password_again',
};

/** What to say under a field the server refused: our own words for it, never the server's English. */
const REFUSED: Partial<Record<Field, string>> = {
  token: 'fq.setup.token_invalid',
  rootCode: 'fq.setup.code_invalid',
  password: 'fq.setup.password_hint',
};

/** The server names `name` when the root's name is refused (it checks regions one way everywhere). */
const fieldOf = (serverField: string | undefined): Field | undefined =>
  serverField === 'name' ? 'rootName' : serverField && serverField in LABELS ? (serverField as Field) : undefined;

/**
 * The first run of a real installation: the one-time token from the server log, the region it serves (a county,
 * a city or a province, by its statistical code) and the first bureau administrator. Reachable without signing in,
 * and only while the installation has no account: otherwise it sends people to the sign-in page.
 */
export const SetupPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  useDocumentLanguage();
  const [checking, setChecking] = useState(true);
  const [values, setValues] = useState<Record<Field, string>>({
    token: '',
    rootCode: '',
    rootName: '',
    cityName: '',
    username: '',
    displayName: '',
    password: '',
    passwordAgain: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [doneAlready, setDoneAlready] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    setupNeeded()
      .then((needed) => {
        if (needed) setChecking(false);
        else navigate('/login', { replace: true });
      })
      .catch(() => {
        setChecking(false);
        setFormError(translate('fq.error.NETWORK'));
      });
  }, [navigate, translate]);

  const level = rootLevelOf(values.rootCode.trim());
  const set = (field: Field) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    setErrors((errs) => ({ ...errs, [field]: undefined }));
  };

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    const required: Field[] = ['token', 'rootCode', 'rootName', 'username', 'displayName', 'password', 'passwordAgain'];
    if (level === 'COUNTY') required.push('cityName');
    for (const field of required) {
      if (!values[field].trim()) found[field] = translate('fq.setup.required', { field: translate(LABELS[field]) });
    }
    if (values.rootCode.trim() && !level) found.rootCode = translate('fq.setup.code_invalid');
    if (values.password && values.passwordAgain && values.password !== values.passwordAgain) found.passwordAgain = translate('fq.setup.mismatch');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await completeSetup({
        token: values.token.trim(),
        rootCode: values.rootCode.trim(),
        rootName: values.rootName.trim(),
        cityName: level === 'COUNTY' ? values.cityName.trim() : null,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
      });
      // A full load: react-admin reads the new session as it starts.
      window.location.assign('/');
    } catch (e) {
      setSubmitting(false);
      if (!(e instanceof ApiError)) {
        setFormError(translate('fq.error.NETWORK'));
        return;
      }
      if (e.code === 'CONFLICT' && e.details.reason === 'SETUP_DONE') {
        setDoneAlready(true);
        return;
      }
      if (e.code === 'RATE_LIMITED') {
        setFormError(waitMessage(translate, e.details.retryAfterSeconds));
        return;
      }
      const field = e.code === 'BAD_USER_INPUT' ? fieldOf(e.details.field) : undefined;
      if (field) {
        const refused = REFUSED[field];
        setErrors({ [field]: refused ? translate(refused) : translate('fq.error.BAD_USER_INPUT', { field: translate(LABELS[field]) }) });
      } else {
        setFormError(translate(`fq.error.${e.code}`));
      }
    }
  };

  const input = (field: Field, { helperText, ...extra }: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      name={field}
      label={translate(LABELS[field])}
      value={values[field]}
      onChange={set(field)}
      error={Boolean(errors[field])}
      // A refusal takes the hint's place under the field.
      helperText={errors[field] ?? helperText}
      fullWidth
      margin="dense"
      disabled={submitting}
      {...extra}
      slotProps={{ ...extra.slotProps, htmlInput: { 'data-testid': `setup-${field}`, ...(extra.slotProps?.htmlInput as object) } }}
    />
  );

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
      <Box sx={{ position: 'absolute', top: 8, right: 8, color: '#fff' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 520 }} elevation={8}>
        <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
          <Stack spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
            <Avatar sx={{ bgcolor: 'primary.main', width: 56, height: 56 }}>
              <SettingsSuggestOutlined />
            </Avatar>
            <Typography component="h1" variant="h5" sx={{ fontWeight: 700 }} data-testid="setup-title">
              {translate('fq.setup.title')}
            </Typography>
          </Stack>
          {checking ? (
            <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
              <CircularProgress aria-label={translate('ra.page.loading')} />
            </Box>
          ) : doneAlready ? (
            <Stack spacing={2}>
              <Alert severity="info" data-testid="setup-done-already">
                {translate('fq.setup.done_already')}
              </Alert>
              <Button variant="contained" onClick={() => navigate('/login', { replace: true })}>
                {translate('fq.setup.go_login')}
              </Button>
            </Stack>
          ) : (
            <Box component="form" onSubmit={submit} noValidate aria-label={translate('fq.setup.title')}>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('fq.setup.intro')}
              </Typography>
              {input('token', { helperText: translate('fq.setup.token_hint'), autoFocus: true, autoComplete: 'off' })}
              <Divider sx={{ my: 2 }}>{translate('fq.setup.region_heading')}</Divider>
              {input('rootCode', {
                helperText: level ? translate(`fq.setup.root_level_${level}`) : translate('fq.setup.root_code_hint'),
                slotProps: { htmlInput: { inputMode: 'numeric', maxLength: 12 } },
              })}
              {input('rootName')}
              {level === 'COUNTY' && input('cityName', { helperText: translate('fq.setup.city_name_hint') })}
              <Divider sx={{ my: 2 }}>{translate('fq.setup.admin_heading')}</Divider>
              {input('username', { autoComplete: 'username' })}
              {input('displayName', { autoComplete: 'name' })}
              {input('password', { type: 'password', autoComplete: 'new-password', helperText: translate('fq.setup.password_hint') })}
              {input('passwordAgain', { type: 'password', autoComplete: 'new-password' })}
              {formError && (
                <Alert severity="error" sx={{ mt: 2 }} data-testid="setup-error">
                  {formError}
                </Alert>
              )}
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
                {translate('fq.setup.import_next')}
              </Typography>
              <Button
                type="submit"
                variant="contained"
                size="large"
                fullWidth
                sx={{ mt: 2 }}
                disabled={submitting}
                data-testid="setup-submit"
                startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {translate(submitting ? 'fq.setup.submitting' : 'fq.setup.submit')}
              </Button>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
