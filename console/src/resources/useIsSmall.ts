import { useMediaQuery, type Theme } from '@mui/material';

/** Phones: lists become SimpleList so nothing scrolls sideways at 390 px. */
export const useIsSmall = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
