import type { LabelMaps } from './locale.js';

/**
 * The roster of advisers and their providers. The Chinese words are also what the roster import template offers
 * and reads back (性别, 职业类别), so two values never share one.
 */
export const ROSTER_VALUES = {
  Profession: ['LAWYER', 'GRASSROOTS_LEGAL_WORKER', 'LEGAL_AID', 'NOTARY', 'OTHER'],
  ProviderKind: ['LAW_FIRM', 'LEGAL_SERVICE_OFFICE', 'LEGAL_AID_CENTRE', 'NOTARY_OFFICE'],
  AdviserStatus: ['ACTIVE', 'SUSPENDED', 'REMOVED'],
  Gender: ['MALE', 'FEMALE'],
  RosterEventKind: ['JOINED', 'CHANGED', 'SUSPENDED', 'REINSTATED', 'REMOVED'],
  RosterFilingStatus: ['FILED', 'ACKNOWLEDGED', 'RETURNED'],
} as const;

export const ROSTER_LABELS: LabelMaps<typeof ROSTER_VALUES> = {
  Profession: {
    'zh-CN': { LAWYER: '律师', GRASSROOTS_LEGAL_WORKER: '基层法律服务工作者', LEGAL_AID: '法律援助人员', NOTARY: '公证员', OTHER: '其他' },
    en: {
      LAWYER: 'Lawyer',
      GRASSROOTS_LEGAL_WORKER: 'Grassroots legal service worker',
      LEGAL_AID: 'Legal-aid staff',
      NOTARY: 'Notary',
      OTHER: 'Other',
    },
  },
  ProviderKind: {
    'zh-CN': { LAW_FIRM: '律师事务所', LEGAL_SERVICE_OFFICE: '法律服务所', LEGAL_AID_CENTRE: '法律援助中心', NOTARY_OFFICE: '公证处' },
    en: { LAW_FIRM: 'Law firm', LEGAL_SERVICE_OFFICE: 'Legal service office', LEGAL_AID_CENTRE: 'Legal-aid centre', NOTARY_OFFICE: 'Notary office' },
  },
  AdviserStatus: {
    'zh-CN': { ACTIVE: '在册', SUSPENDED: '暂停', REMOVED: '已移出' },
    en: { ACTIVE: 'On the roster', SUSPENDED: 'Suspended', REMOVED: 'Removed' },
  },
  Gender: {
    'zh-CN': { MALE: '男', FEMALE: '女' },
    en: { MALE: 'Male', FEMALE: 'Female' },
  },
  RosterEventKind: {
    'zh-CN': { JOINED: '加入名册', CHANGED: '信息变更', SUSPENDED: '暂停', REINSTATED: '恢复', REMOVED: '移出名册' },
    en: { JOINED: 'Joined', CHANGED: 'Details changed', SUSPENDED: 'Suspended', REINSTATED: 'Reinstated', REMOVED: 'Removed' },
  },
  RosterFilingStatus: {
    'zh-CN': { FILED: '待签收', ACKNOWLEDGED: '已签收', RETURNED: '已退回' },
    en: { FILED: 'Awaiting the city', ACKNOWLEDGED: 'Acknowledged', RETURNED: 'Returned' },
  },
};
