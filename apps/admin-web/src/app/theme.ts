import { createTheme } from '@mantine/core';

/**
 * Darker shades than Mantine's defaults so that text on filled buttons and badges meets WCAG 2.1 AA
 * contrast (4.5:1); see app.css for the dimmed text colour.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { variant: 'filled' } },
  },
});
