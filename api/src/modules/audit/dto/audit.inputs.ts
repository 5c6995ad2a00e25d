import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { AuditTrailEvent } from '../audit-event.entity.js';

@InputType({ description: 'Criteria for the audit trail; all optional, combined with AND' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Who' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'This action exactly, e.g. READ_CONFIDENTIAL' })
  @IsOptional()
  @MaxLength(40)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. MediationCase' })
  @IsOptional()
  @MaxLength(40)
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Which record, e.g. a case id' })
  @IsOptional()
  @IsUUID('all')
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Which field, e.g. summary' })
  @IsOptional()
  @MaxLength(60)
  field?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before' })
  to?: Date | null;
}

export const AuditEventSortField = { AT: 'at', ACTION: 'action' } as const;
export type AuditEventSortField = (typeof AuditEventSortField)[keyof typeof AuditEventSortField];
export const AuditEventListOptions = ListOptionsType('AuditEvent', AuditEventSortField, AuditEventFilter);
export type AuditEventListOptions = InstanceType<typeof AuditEventListOptions>;
export const AuditEventList = ListType('AuditEvent', AuditTrailEvent);
export type AuditEventList = InstanceType<typeof AuditEventList>;

export const AuditEventListArgs = ListArgsType(AuditEventListOptions);
export type AuditEventListArgs = InstanceType<typeof AuditEventListArgs>;
