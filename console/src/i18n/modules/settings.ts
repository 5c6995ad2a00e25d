/*
 * Messages of the settings page (系统设置), merged into zh-CN.ts and en.ts.
 * Keep zh and en key for key: the i18n test compares the merged catalogues.
 */
export const zh = {
  fq: {
    menu: { settings: '系统设置' },
    settings: {
      title: '系统设置',
      subtitle: '本级设置的项目优先；未设置的沿用上级（市、省）的设置，上级也未设置时使用系统默认值。',
      subtitle_above: '这里是本级给所辖区县的默认设置：区县未自行设置的项目沿用这里的值。也可以选择一个区县查看、修改其设置。',
      region: '设置范围',
      own_region: '%{name}（本级）',
      set_here: '本级设置',
      inherited: '沿用上级/默认',
      saved: '设置已保存',
      reload: '重新加载',
      whole_number: '请填写 %{min}–%{max} 的整数',
      field: {
        monthlyReportDeadlineDay: '月度工作日志截止日',
        adviserLoadCap: '法律顾问联系村（社区）上限',
        keepPhotoLocation: '保留照片位置信息',
        noticeBoardQrUrl: '公示牌二维码网址',
      },
      hint: {
        monthlyReportDeadlineDay: '次月几日前提交上月工作日志，逾期标记为迟交',
        adviserLoadCap: '一名法律顾问联系的村（社区）超过此数即提示负担过重',
        keepPhotoLocation: '上传照片时保留其中的定位信息（EXIF GPS），默认不保留',
        noticeBoardQrUrl:
          '印在公示牌二维码上的网址。默认的 /v/{villageCode} 是本系统上该村（社区）的公开页；以 / 开头的路径接在本系统的公开地址（PUBLIC_BASE_URL）之后，也可填写完整网址。{villageCode}、{villageId}、{adviserId} 会自动填入',
      },
    },
  },
};

export const en = {
  fq: {
    menu: { settings: 'Settings' },
    settings: {
      title: 'Settings',
      subtitle:
        'A value set here comes first; one not set here is inherited from above (city, province), and the built-in default applies when none is set.',
      subtitle_above:
        'These are the defaults your counties inherit for whatever they do not set themselves. Pick a county to see or change its own settings.',
      region: 'Settings for',
      own_region: '%{name} (own)',
      set_here: 'Set here',
      inherited: 'Inherited / default',
      saved: 'Settings saved',
      reload: 'Reload',
      whole_number: 'Enter a whole number from %{min} to %{max}',
      field: {
        monthlyReportDeadlineDay: 'Work log deadline day',
        adviserLoadCap: 'Villages per adviser cap',
        keepPhotoLocation: 'Keep photo location',
        noticeBoardQrUrl: 'Notice board QR code URL',
      },
      hint: {
        monthlyReportDeadlineDay: 'Day of the next month by which a month’s work log is due; later is marked late',
        adviserLoadCap: 'An adviser serving more villages than this is flagged as overloaded',
        keepPhotoLocation: 'Keep photos’ location metadata (EXIF GPS) on upload; off by default',
        noticeBoardQrUrl:
          'Printed as a QR code on notice boards. The default, /v/{villageCode}, is the village’s public page on this server; a path starting with / goes after this installation’s public address (PUBLIC_BASE_URL), or give a full URL. {villageCode}, {villageId} and {adviserId} are filled in',
      },
    },
  },
};
