import {
  createTheme,
  mergeThemeOverrides,
  Modal,
  NavLink,
  Notification,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // indigo-7: white text on filled buttons at 4.8:1 (indigo-6 is 4.2:1, under WCAG AA)
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Modal: Modal.extend({
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
    // An active link's description at full strength (Mantine's 0.9 opacity drops it under 4.5:1 when hovered).
    NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
    // Toasts: the message under a title in the (AA) dimmed colour instead of gray-6 (3.3:1 on white).
    Notification: Notification.extend({
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/** The theme with the words its components say on their own (the toasts' close button), in the UI language. */
export function localizedTheme(labels: { close: string }): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: {
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
      }),
    },
  });
}

/** Colours used for status badges; their light and filled variants are darkened below. */
const STATUS_COLORS = ['red', 'orange', 'yellow', 'teal', 'green', 'blue', 'indigo', 'grape', 'cyan', 'gray'];

/**
 * WCAG AA contrast (4.5:1 for small text): secondary ("dimmed") text in gray-7 instead of gray-6 (3.3:1 on white);
 * light badges with shade-9 text on a shade-0 tint (shade 1 when hovered); filled badges on shade 9 behind white text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' };
  for (const name of STATUS_COLORS) {
    const shades = t.colors[name];
    if (!shades) continue;
    light[`--mantine-color-${name}-light`] = shades[0] ?? '';
    // hovered light items (e.g. the active nav link under the pointer): shade 1 keeps shade-9 text over 4.5:1
    light[`--mantine-color-${name}-light-hover`] = shades[1] ?? '';
    light[`--mantine-color-${name}-light-color`] = shades[9] ?? '';
    light[`--mantine-color-${name}-filled`] = shades[9] ?? '';
    light[`--mantine-color-${name}-text`] = shades[9] ?? '';
    light[`--mantine-color-${name}-outline`] = shades[9] ?? '';
  }
  // orange-9 and green-9 are still about 4.2:1 on their own tints: a step darker for text on them
  for (const key of ['light-color', 'text', 'outline']) {
    light[`--mantine-color-orange-${key}`] = '#b23c0a';
    light[`--mantine-color-green-${key}`] = '#1f6f31';
  }
  return { variables: {}, light, dark: {} };
};
