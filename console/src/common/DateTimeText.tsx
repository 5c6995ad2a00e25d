import { Typography, type TypographyProps } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { formatDateTime } from '../providers/dates';

/** An instant in Asia/Shanghai time, in the console's language. */
export const DateTimeText = ({ value, ...props }: { value: string | null | undefined } & TypographyProps) => {
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" {...props}>
      {formatDateTime(value, locale)}
    </Typography>
  );
};
