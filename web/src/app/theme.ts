import type { ThemeConfig } from 'antd'

/**
 * Text greys as black over the page: antd's defaults for tertiary (0.45) and placeholder (0.25) text fall below the
 * 4.5:1 contrast WCAG 2.1 AA asks of text; 0.6 keeps at least 5.5:1 on white, the table header and the layout grey.
 */
const secondaryText = 'rgba(0, 0, 0, 0.65)'
const quietText = 'rgba(0, 0, 0, 0.6)'
const placeholderText = 'rgba(0, 0, 0, 0.56)'

/**
 * A coloured tag's text is its palette's 7th step on the palette's 1st, too pale for seven of the palettes (2.0–4.4:1):
 * those take the first darker step that reads at 4.5:1 or more (red, blue, purple, magenta and geekblue pass as they
 * are). antd derives every palette under both names ('gold7' and 'gold-7', one CSS variable `--ant-gold-7`) and the
 * later of the two wins, so an override has to set both.
 */
const readableTagText: Record<string, string> = {
  green: '#237804',
  lime: '#3f6600',
  cyan: '#006d75',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  volcano: '#ad2102',
}
const tagTextColours = Object.fromEntries(
  Object.entries(readableTagText).flatMap(([palette, colour]) => [
    [`${palette}7`, colour],
    [`${palette}-7`, colour],
  ]),
)

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1561c9',
    // white on the primary colour stays above 4.5:1 under the pointer too (antd's hover colour is paler, 4.05:1)
    colorPrimaryHover: '#0f4ea6',
    colorPrimaryActive: '#0b3d85',
    colorLink: '#1561c9',
    colorLinkHover: '#0f4ea6',
    colorLinkActive: '#0b3d85',
    colorTextSecondary: secondaryText,
    colorTextTertiary: quietText,
    colorTextDescription: quietText,
    colorTextQuaternary: placeholderText,
    colorTextPlaceholder: placeholderText,
    // WCAG exempts disabled controls: they stay visibly paler than text that can be read and changed
    colorTextDisabled: 'rgba(0, 0, 0, 0.35)',
    // status colours are text too (status tags, danger buttons, warnings): antd's are 2.2–3.7:1 on their backgrounds
    colorInfo: '#1561c9',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    // the pale backgrounds stay those of antd's own palettes (derived from the darker seeds they come out grey)
    colorInfoBg: '#e6f4ff',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    ...tagTextColours,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
      "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0f2a4f', headerPadding: '0 24px' },
    Menu: { darkItemBg: '#0f2a4f', darkSubMenuItemBg: '#0b2140', darkItemSelectedBg: '#1561c9' },
  },
}
