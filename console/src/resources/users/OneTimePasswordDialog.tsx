import ContentCopy from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** One account's sign-in name and its one-time password, as the API answered them (once). */
export interface IssuedCredentials {
  username: string;
  displayName: string;
  oneTimePassword: string;
}

/** The lines copied for a set of credentials: name, username and one-time password, one account a line. */
export function credentialsText(credentials: readonly IssuedCredentials[]): string {
  return credentials.map((c) => `${c.displayName}\t${c.username}\t${c.oneTimePassword}`).join('\n');
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Shows one-time passwords right after they were made (a new account, a reset, the missing adviser accounts): the
 * API never shows them again, so the dialog says so, offers to copy them, and closes only when the person confirms.
 */
export const OneTimePasswordDialog = ({
  credentials,
  title,
  onClose,
}: {
  credentials: readonly IssuedCredentials[];
  title: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [copied, setCopied] = useState<string | null>(null);
  const copyOne = async (key: string, text: string) => setCopied((await copy(text)) ? key : 'failed');
  return (
    <Dialog open fullWidth maxWidth="sm" fullScreen={fullScreen} data-testid="one-time-password-dialog">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="one-time-password-warning">
          {translate('fq.accounts.one_time_warning')}
        </Alert>
        {credentials.length === 0 ? (
          <Typography data-testid="one-time-password-none">{translate('fq.accounts.none_missing')}</Typography>
        ) : (
          <List dense disablePadding>
            {credentials.map((c) => (
              <ListItem
                key={c.username}
                disableGutters
                secondaryAction={
                  <Tooltip title={translate('fq.accounts.copy')}>
                    <IconButton
                      edge="end"
                      aria-label={translate('fq.accounts.copy')}
                      onClick={() => copyOne(c.username, `${c.username}\t${c.oneTimePassword}`)}
                      data-testid={`copy-${c.username}`}
                    >
                      <ContentCopy fontSize="small" />
                    </IconButton>
                  </Tooltip>
                }
              >
                <ListItemText
                  primary={`${c.displayName} · ${c.username}`}
                  secondary={
                    <Box
                      component="span"
                      sx={{ fontFamily: 'monospace', fontSize: '1.15rem', letterSpacing: 1, color: 'text.primary' }}
                      data-testid="one-time-password"
                    >
                      {c.oneTimePassword}
                    </Box>
                  }
                />
              </ListItem>
            ))}
          </List>
        )}
        {copied && (
          <Typography variant="body2" color={copied === 'failed' ? 'error' : 'success.main'} sx={{ mt: 1 }} data-testid="one-time-password-copied">
            {translate(copied === 'failed' ? 'fq.accounts.copy_failed' : 'fq.accounts.copied')}
          </Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {credentials.length > 1 && (
          <Button startIcon={<ContentCopy />} onClick={() => copyOne('all', credentialsText(credentials))} data-testid="copy-all">
            {translate('fq.accounts.copy_all')}
          </Button>
        )}
        <Button variant="contained" onClick={onClose} data-testid="one-time-password-done">
          {translate('fq.accounts.noted')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
