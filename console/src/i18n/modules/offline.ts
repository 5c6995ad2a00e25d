/*
 * Messages of working without a signal (离线): request timeouts, the outbox of work-log entries (待同步), the app's
 * install. Merged into zh-CN.ts and en.ts; keep zh and en key for key.
 */
export const zh = {
  fq: {
    error: {
      TIMEOUT: '网络不通，请求超时。请检查信号后重试',
    },
    offline: {
      retry: '重试',
      saved_on_device: '没有网络：日志已保存在本机，待同步；有信号后会自动发送',
      synced: '%{smart_count} 条待同步日志已发送 |||| %{smart_count} 条待同步日志已发送',
      refused: '有待同步日志被退回，请在工作日志中处理',
      outbox_title: '待同步（保存在本机）',
      outbox_hint: '以下日志尚未发送到服务器，有信号后自动发送；退出登录会删除本机上的这些记录。',
      pending: '待同步',
      refused_chip: '未能同步',
      sync_now: '立即同步',
      syncing: '正在同步…',
      discard: '删除',
      discard_confirm: '删除这条未同步的日志？删除后无法恢复。',
      move: '改日期',
      move_title: '改到未提交的月份',
      move_at: '服务时间',
      save: '保存并同步',
      cancel: '取消',
      reason: {
        MONTH_SUBMITTED: '该月已提交，服务器拒收。请改到未提交的月份，或删除。',
        IDEMPOTENCY_KEY_REUSED: '与已同步的记录冲突。请删除后重新填写。',
        BAD_USER_INPUT: '内容不符合要求（%{field}），请删除后重新填写。',
        other: '服务器拒收（%{reason}）。请删除后重新填写。',
      },
      offline_banner: '当前没有网络：新记的工作日志会先保存在本机。',
    },
  },
};

export const en = {
  fq: {
    error: {
      TIMEOUT: 'No network: the request timed out. Check the signal and try again',
    },
    offline: {
      retry: 'Retry',
      saved_on_device: 'No network: the entry is saved on this device, waiting to sync; it is sent when the signal returns',
      synced: '%{smart_count} waiting entry sent |||| %{smart_count} waiting entries sent',
      refused: 'A waiting entry was refused; see the work log',
      outbox_title: 'Waiting to sync (on this device)',
      outbox_hint: 'These entries have not reached the server yet and are sent when the signal returns; signing out deletes them from this device.',
      pending: 'Waiting to sync',
      refused_chip: 'Not synced',
      sync_now: 'Sync now',
      syncing: 'Syncing…',
      discard: 'Discard',
      discard_confirm: 'Discard this unsent entry? It cannot be recovered.',
      move: 'Change date',
      move_title: 'Move to a month not yet submitted',
      move_at: 'When',
      save: 'Save and sync',
      cancel: 'Cancel',
      reason: {
        MONTH_SUBMITTED: 'Its month has been submitted, so the server refused it. Move it to an open month, or discard it.',
        IDEMPOTENCY_KEY_REUSED: 'It clashes with an entry already sent. Discard it and enter it again.',
        BAD_USER_INPUT: 'The server refused it (%{field}). Discard it and enter it again.',
        other: 'The server refused it (%{reason}). Discard it and enter it again.',
      },
      offline_banner: 'No network: new work-log entries are kept on this device for now.',
    },
  },
};
