// Simplified Chinese: the phone layout (H5) — bottom tab bar, the menu drawer, the card lists that
// stand in for tables on small screens — and the resident's own home.
export const mobileZh = {
  tabs: {
    todo: '待办',
    register: '登记',
    residents: '居民',
    ledgers: '台账',
    me: '我的',
    myData: '我的数据',
    accessLog: '谁查看',
    services: '办事',
    home: '首页',
  },
  drawer: { title: '我的', menu: '全部功能', open: '打开菜单', close: '关闭' },
  list: { empty: '暂无数据', more: '加载更多' },
  resident: {
    title: '居民服务',
    greeting: '{{name}}，您好',
    intro: '在这里查看政府掌握的关于您的信息、谁查看过，以及办理与您相关的事项。',
    myData: '我的数据',
    accessLog: '谁查看了我的数据',
    services: '办事',
    check: '核验准入编号',
    checkDesc: '社区或部门找您办事时，核验通知上的准入编号是否有效',
    catalogue: '社区工作事项清单',
    catalogueDesc: '社区依法承担哪些工作，哪些事项社区有权拒绝',
  },
};
