import SearchOff from '@mui/icons-material/SearchOff';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, useResourceContext, useTranslate } from 'react-admin';

/**
 * A record that does not exist or is outside the viewer's jurisdiction (the API answers both alike): said plainly on
 * the page, instead of react-admin's brief notice and a jump to the list.
 */
export const RecordNotFound = () => {
  const translate = useTranslate();
  const resource = useResourceContext();
  return (
    <Box sx={{ py: 2 }}>
      <Card variant="outlined" data-testid="record-not-found">
        <CardContent sx={{ textAlign: 'center', py: 5 }}>
          <SearchOff color="disabled" sx={{ fontSize: 48, mb: 1 }} />
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('fq.common.not_found_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('fq.common.not_found_body')}
          </Typography>
          {resource && (
            <Button component={LinkBase} to={`/${resource}`} variant="outlined">
              {translate('fq.common.back_to_list')}
            </Button>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

/** For `<Show queryOptions>`: the page says "not found" itself, and react-admin's notice on top would say it twice. */
export const QUIET_NOT_FOUND = { onError: () => undefined };
