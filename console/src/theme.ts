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
      styleOverrides: { ...defaultTheme.components?.MuiButton?.styleOverrides, root: { textTransform: 'none' } },
    },
  },
};
