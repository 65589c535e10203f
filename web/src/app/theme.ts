// The antd theme: a sober government blue, a dark navy sider, CJK-first fonts.
import type { ThemeConfig } from 'antd';

const NAVY = '#0f2a4a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5bbf',
    colorInfo: '#1d5bbf',
    borderRadius: 6,
    colorBgLayout: '#f3f5f8',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', siderBg: NAVY, footerBg: 'transparent' },
    Menu: {
      darkItemBg: NAVY,
      darkSubMenuItemBg: NAVY,
      darkItemSelectedBg: '#1d5bbf',
      darkGroupTitleColor: 'rgba(255,255,255,0.45)',
    },
  },
};
