import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/** Palettes whose darkest shade is still too light for text on a pale background (WCAG AA 4.5:1). */
const paleColors = new Set(['yellow', 'orange', 'lime', 'green']);

/**
 * Light variants (badges, alerts, light buttons, the active navigation link) write their text in shade 9
 * darkened by a fifth, or near-black for the pale palettes, so that it meets WCAG 2.1 AA contrast on their
 * tinted background and on its hover shade (Mantine 9's `-light-hover` is shade 2: plain shade 9 text on it
 * is 4.0:1 for blue).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return colors;
  const shade9 = input.theme.colors[parsed.color]?.[9];
  const text = paleColors.has(parsed.color)
    ? 'var(--mantine-color-dark-8)'
    : shade9
      ? darken(shade9, 0.2)
      : `var(--mantine-color-${parsed.color}-9)`;
  return { ...colors, color: text, hoverColor: text };
};

/** Dimmed and error text one shade darker than Mantine's defaults (those are below 4.5:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});

/** Text colour for success notes (dark green, 7:1 on white). */
export const successTextColor = '#1b5e20';

/** Text colour for warnings (amber, 7:1 on white). */
export const warningTextColor = '#7a4100';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  variantColorResolver,
  components: {
    Button: { defaultProps: { variant: 'filled' } },
    // Named explicitly so the active link's colours come from variantColorResolver (without a variant prop,
    // NavLink falls back to CSS defaults: shade 9 on the shade 2 hover background, 4.0:1).
    NavLink: { defaultProps: { variant: 'light' } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Đóng' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Đóng' } } },
    Alert: { defaultProps: { closeButtonLabel: 'Đóng' } },
    // Mantine names this button "Toggle password visibility"; it is a toggle (aria-pressed), so one name fits.
    PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Hiện mật khẩu' } } },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Đóng thông báo' } },
      styles: { description: { color: 'var(--mantine-color-gray-8)' } },
    },
  },
});
