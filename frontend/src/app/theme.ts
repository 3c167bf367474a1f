import type { ThemeConfig } from 'antd';

/** A sober government palette: the national red for brand and primary actions, AA contrast on white. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a31515',
    colorError: '#c62828',
    borderRadius: 6,
    // secondary text, descriptions and placeholders dark enough for WCAG AA (4.5:1) on white
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.55)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
  },
};
