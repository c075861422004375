import { createTheme, Modal, type CSSVariablesResolver } from '@mantine/core';

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
  },
});

/** Colours used for status badges; their light and filled variants are darkened below. */
const STATUS_COLORS = ['red', 'orange', 'yellow', 'teal', 'green', 'blue', 'indigo', 'grape', 'cyan', 'gray'];

/**
 * WCAG AA contrast (4.5:1 for small text): secondary ("dimmed") text in gray-7 instead of gray-6 (3.3:1 on white);
 * light badges with shade-9 text on a shade-0 tint; filled badges on shade 9 behind white text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' };
  for (const name of STATUS_COLORS) {
    const shades = t.colors[name];
    if (!shades) continue;
    light[`--mantine-color-${name}-light`] = shades[0] ?? '';
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
