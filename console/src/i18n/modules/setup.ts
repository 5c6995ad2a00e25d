/*
 * Messages of the first-run setup page, merged into zh-CN.ts and en.ts.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    setup: {
      title: '首次设置',
      intro:
        '这是一套新安装的枫桥系统，还没有任何账号。请输入服务器日志中打印的一次性设置码，填写本系统管辖的行政区划，并创建第一个司法局管理员账号。',
      token: '一次性设置码',
      token_hint: '服务器启动时写在日志中，例如 ABCDE-FGHJK-MNPQR-STVWX',
      region_heading: '管辖区划',
      root_code: '统计用区划代码（12位）',
      root_code_hint: '县（如 141122000000）、市（141100000000）或省（140000000000）',
      root_level_PROVINCE: '这是一个省',
      root_level_CITY: '这是一个市',
      root_level_COUNTY: '这是一个县（区）',
      root_name: '区划名称',
      city_name: '所属市名称',
      city_name_hint: '县的上级市，例如 吕梁市',
      admin_heading: '第一个司法局管理员',
      username: '用户名',
      display_name: '姓名',
      password: '密码',
      password_hint: '至少 10 个字符，不能包含用户名，不能是常见密码',
      password_again: '再次输入密码',
      mismatch: '两次输入的密码不一致',
      required: '请填写%{field}',
      code_invalid: '请输入 12 位的省、市或县级统计用区划代码',
      submit: '完成设置并登录',
      submitting: '正在设置…',
      done_already: '本系统已经设置过了，请直接登录。',
      go_login: '去登录',
      token_invalid: '设置码不正确。请核对服务器日志中最近一次启动打印的设置码。',
      import_next: '设置完成后，可以在“行政区划”中导入本县的乡镇和村（社区）。',
    },
  },
};

export const en: typeof zh = {
  fq: {
    setup: {
      title: 'First-run setup',
      intro:
        'This is a new Fengqiao installation with no accounts yet. Enter the one-time setup token from the server log, give the region this installation serves, and create the first bureau administrator.',
      token: 'One-time setup token',
      token_hint: 'Printed in the server log at start, e.g. ABCDE-FGHJK-MNPQR-STVWX',
      region_heading: 'Region served',
      root_code: 'Statistical division code (12 digits)',
      root_code_hint: 'A county (e.g. 141122000000), a city (141100000000) or a province (140000000000)',
      root_level_PROVINCE: 'This is a province',
      root_level_CITY: 'This is a city',
      root_level_COUNTY: 'This is a county',
      root_name: 'Region name',
      city_name: 'Name of its city',
      city_name_hint: 'The city above the county, e.g. 吕梁市',
      admin_heading: 'First bureau administrator',
      username: 'Username',
      display_name: 'Name',
      password: 'Password',
      password_hint: 'At least 10 characters, not containing the username, not a common password',
      password_again: 'Password again',
      mismatch: 'The two passwords differ',
      required: 'Please fill in %{field}',
      code_invalid: 'Enter the 12-digit statistical code of a province, city or county',
      submit: 'Finish setup and sign in',
      submitting: 'Setting up…',
      done_already: 'This installation is already set up; please sign in.',
      go_login: 'Sign in',
      token_invalid: 'The setup token is not right. Check the token printed in the server log at the latest start.',
      import_next: 'Once set up, import the county’s townships and villages under “Regions”.',
    },
  },
};
