import SearchOff from '@mui/icons-material/SearchOff';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, Title, useTranslate } from 'react-admin';
import { PageHeading } from './PageHeading';

/** 页面不存在: an address the console has no page for (or not for this tier), with the way home. */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('fq.not_found.title')} />
      <Card variant="outlined" data-testid="page-not-found">
        <CardContent sx={{ textAlign: 'center', py: 6 }}>
          <SearchOff color="disabled" sx={{ fontSize: 56, mb: 1 }} />
          {/* The app bar already says 页面不存在. */}
          <PageHeading>{translate('fq.not_found.title')}</PageHeading>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {translate('fq.not_found.body')}
          </Typography>
          <Button component={LinkBase} to="/" variant="contained" data-testid="not-found-home">
            {translate('fq.not_found.home')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
