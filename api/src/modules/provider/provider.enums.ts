import { registerEnumType } from 'type-graphql';

export enum ProviderKind {
  LAW_FIRM = 'LAW_FIRM',
  LEGAL_SERVICE_OFFICE = 'LEGAL_SERVICE_OFFICE',
  LEGAL_AID_CENTRE = 'LEGAL_AID_CENTRE',
  NOTARY_OFFICE = 'NOTARY_OFFICE',
}
registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: '律师事务所, 法律服务所, 法律援助中心, 公证处',
  valuesConfig: {
    LAW_FIRM: { description: '律师事务所' },
    LEGAL_SERVICE_OFFICE: { description: '法律服务所' },
    LEGAL_AID_CENTRE: { description: '法律援助中心' },
    NOTARY_OFFICE: { description: '公证处' },
  },
});
