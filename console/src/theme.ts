import { defaultTheme, type RaThemeOptions } from 'react-admin';

// System CJK fonts first (no font is fetched from the network); WenQuanYi covers Debian without desktop fonts.
const fontFamily = [
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  'Helvetica',
  'Arial',
  'sans-serif',
].join(',');

/** Phones: below MUI's `sm` breakpoint (600 px). */
const PHONE = '@media (max-width:599.95px)';
/** The smallest tap target on a phone, in px. */
const TAP = 44;

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    // 枫 is the maple: a deep maple red, with a slate secondary for the app bar.
    primary: { main: '#8c2f39' },
    secondary: { main: '#37474f' },
    background: { default: '#f6f4f2' },
  },
  typography: { ...defaultTheme.typography, fontFamily },
  components: {
    ...defaultTheme.components,
    // Upper-casing does nothing for Chinese and garbles names such as GraphiQL in English.
    MuiButton: {
      ...defaultTheme.components?.MuiButton,
      styleOverrides: {
        ...defaultTheme.components?.MuiButton?.styleOverrides,
        root: { textTransform: 'none', [PHONE]: { minHeight: TAP } },
      },
    },
    // On a phone every tap target is at least 44 px either way (WCAG 2.5.5, Apple's HIG), whatever the button's size.
    MuiIconButton: {
      ...defaultTheme.components?.MuiIconButton,
      styleOverrides: { ...defaultTheme.components?.MuiIconButton?.styleOverrides, root: { [PHONE]: { minWidth: TAP, minHeight: TAP } } },
    },
    MuiListItemButton: {
      ...defaultTheme.components?.MuiListItemButton,
      styleOverrides: { ...defaultTheme.components?.MuiListItemButton?.styleOverrides, root: { [PHONE]: { minHeight: TAP } } },
    },
    MuiMenuItem: {
      ...defaultTheme.components?.MuiMenuItem,
      styleOverrides: { ...defaultTheme.components?.MuiMenuItem?.styleOverrides, root: { [PHONE]: { minHeight: TAP } } },
    },
    MuiTab: {
      ...defaultTheme.components?.MuiTab,
      styleOverrides: { ...defaultTheme.components?.MuiTab?.styleOverrides, root: { [PHONE]: { minHeight: TAP } } },
    },
  },
};
