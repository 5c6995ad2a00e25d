import { Datagrid, FunctionField, List, SelectInput, SimpleList, TextField, TextInput, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { ListPagination } from '../../common/ListPagination';
import type * as Api from '../../generated/graphql';
import { useIsSmall } from '../useIsSmall';

type AuditEvent = Pick<Api.AuditEvent, 'id' | 'at' | 'action' | 'actorName' | 'actorUsername' | 'entityType' | 'entityId' | 'field' | 'details'>;

/** The actions the trail records that have words of their own (fq.audit.action.*); any other shows as recorded. */
export const AUDIT_ACTIONS = [
  'READ_CONFIDENTIAL',
  'USER_CREATED',
  'USER_UPDATED',
  'USER_DISABLED',
  'USER_ENABLED',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'SETUP_COMPLETED',
  'KEY_ROTATION_STARTED',
  'KEY_ROTATION_FINISHED',
  'AUDIT_MONTH_ARCHIVED',
  'AUDIT_ARCHIVE_DROPPED',
  'ROSTER_FILING_ACKNOWLEDGED',
  'ROSTER_FILING_RETURNED',
  'AGREEMENT_SCAN_UPLOADED',
] as const;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An action in words: 重置密码 for PASSWORD_RESET; an action without words shows as recorded. */
export function actionLabel(translate: Translate, action: string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? translate(`fq.audit.action.${action}`) : action;
}

/** Whom or what it concerned: the account's username for account actions, else the kind of record and field. */
export function targetLabel(translate: Translate, event: Pick<AuditEvent, 'entityType' | 'field' | 'details'>): string {
  const details = (event.details ?? {}) as { username?: unknown; displayName?: unknown };
  if (event.entityType === 'User' && typeof details.username === 'string') {
    return `${translate('fq.audit.account')} ${details.username}`;
  }
  return event.field ? `${event.entityType} · ${event.field}` : event.entityType;
}

const filters = [
  <SelectInput
    key="action"
    source="action"
    alwaysOn
    choices={AUDIT_ACTIONS.map((a) => ({ id: a, name: `fq.audit.action.${a}` }))}
    label="resources.auditEvents.fields.action"
  />,
  <TextInput key="entityType" source="entityType" label="resources.auditEvents.fields.entityType" />,
];

/** The bureau's audit trail, newest first: reads of confidential text and every administrative action. */
export const AuditEventList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.menu.auditEvents')}
      filters={filters}
      sort={{ field: 'at', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<AuditEvent>
          primaryText={(e) => `${actionLabel(translate, e.action)} · ${targetLabel(translate, e)}`}
          secondaryText={(e) => e.actorName}
          tertiaryText={(e) => <DateTimeText value={e.at} />}
          linkType={false}
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <FunctionField<AuditEvent> source="at" render={(e) => <DateTimeText value={e.at} />} />
          <TextField source="actorName" sortable={false} />
          <FunctionField<AuditEvent> source="action" render={(e) => actionLabel(translate, e.action)} />
          <FunctionField<AuditEvent> label="resources.auditEvents.fields.target" sortable={false} render={(e) => targetLabel(translate, e)} />
        </Datagrid>
      )}
    </List>
  );
};
