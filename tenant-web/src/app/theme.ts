import {
  type CSSVariablesResolver,
  Button,
  Checkbox,
  createTheme,
  Input,
  InputWrapper,
  NativeSelect,
  Radio,
  rem,
  Textarea,
  TextInput,
  PasswordInput,
} from '@mantine/core';

/** Touch targets: at least 44 px for anything a thumb taps. */
const touchHeight = rem(44);

export const theme = createTheme({
  primaryColor: 'teal',
  // teal-9: white on filled buttons at 5:1 (teal-8 is 3.9:1, under WCAG AA)
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Button: Button.extend({
      defaultProps: { size: 'md' },
      vars: (_theme, props) =>
        props.size === 'md' || props.size === undefined
          ? { root: { '--button-height': touchHeight } }
          : { root: {} },
    }),
    Input: Input.extend({
      vars: (_theme, props) =>
        props.size === 'md' || props.size === undefined
          ? { wrapper: { '--input-height': touchHeight } }
          : { wrapper: {} },
    }),
    TextInput: TextInput.extend({ defaultProps: { size: 'md' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'md' } }),
    Textarea: Textarea.extend({ defaultProps: { size: 'md' } }),
    NativeSelect: NativeSelect.extend({ defaultProps: { size: 'md' } }),
    Checkbox: Checkbox.extend({
      defaultProps: { size: 'md' },
      // The label is the thumb's target: pad it to the full 44 px.
      styles: { body: { alignItems: 'center' }, label: { paddingBlock: rem(10) } },
    }),
    Radio: Radio.extend({ defaultProps: { size: 'md' } }),
    InputWrapper: InputWrapper.extend({
      defaultProps: { inputWrapperOrder: ['label', 'description', 'input', 'error'] },
    }),
  },
});

/**
 * WCAG AA contrast: secondary ("dimmed") text in gray-7 instead of gray-6 (3.3:1 on white), and light teal
 * badges/buttons on teal-0 so their teal-9 text reads at 4.5:1 or more.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-teal-light': t.colors.teal[0] ?? '#e6fcf5',
    '--mantine-color-teal-light-color': t.colors.teal[9] ?? '#087f5b',
  },
  dark: {},
});
