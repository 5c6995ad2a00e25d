import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { IsResidentIdNumber } from '../../../common/validation/id-number.js';
import { IsMainlandPhone } from '../../../common/validation/phone.js';
import { CaseLevel, CaseSource, CaseStatus, CaseTier, DisputeType, PartyRole, ReferrerKind } from '../case.enums.js';
import { MediationCase } from '../mediation-case.entity.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'A party to a dispute (当事人); name, phone, ID number and address are stored sealed' })
export class CasePartyInput {
  @Field(() => PartyRole, { description: 'Applicant, respondent or third party' })
  @IsEnum(PartyRole)
  role!: PartyRole;

  @Field({ description: 'Full name; shown masked (张*三) to viewers outside the case' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone; shown masked (138****5678) to viewers outside the case' })
  @IsOptional()
  @IsMainlandPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (checked with its check digit); stored sealed' })
  @IsOptional()
  @IsResidentIdNumber()
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '★ Confidential: read only by the parties and the assigned advisers' })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;
}

@InputType({ description: 'A dispute to register (登记); the case number is assigned by the server' })
export class CreateMediationCaseInput {
  @Field(() => ID, { description: 'Village or community where the dispute arose; must be in your jurisdiction' })
  @IsUUID('all', { message: 'must be a village id' })
  villageId!: string;

  @Field(() => CaseSource, { description: 'How the case came in' })
  @IsEnum(CaseSource)
  source!: CaseSource;

  @Field(() => ReferrerKind, { nullable: true, description: 'Required when the source is REFERRAL' })
  @IsOptional()
  @IsEnum(ReferrerKind)
  referrerKind?: ReferrerKind | null;

  @Field(() => String, { nullable: true, description: 'The referring body (委托移送单位), when the source is REFERRAL' })
  @IsOptional()
  @MaxLength(100)
  referrerName?: string | null;

  @Field(() => DisputeType, { description: 'Category of the dispute (Ministry of Justice statistics)' })
  @IsEnum(DisputeType)
  disputeType!: DisputeType;

  @Field(() => Int, { defaultValue: 0, description: 'Amount involved, in fen' })
  @IsInt()
  @Min(0)
  amountFen!: number;

  @Field(() => CaseTier, { defaultValue: CaseTier.ORDINARY, description: '一般, 疑难 or 重大; ORDINARY unless given' })
  @IsEnum(CaseTier)
  tier!: CaseTier;

  @Field(() => DateScalar, { description: 'Day the dispute was received (YYYY-MM-DD); not in the future' })
  receivedOn!: string;

  @Field({ description: 'Confidential: read only by the parties and the assigned advisers' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  @MultiLine()
  summary!: string;

  @Field(() => [CasePartyInput], { description: 'Parties, at least one applicant' })
  @ArrayMinSize(1, { message: 'needs at least one party' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  parties!: CasePartyInput[];

  @Field(() => [ID], { description: 'Assigned advisers, at least one (an adviser registering a case is always one)' })
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  adviserIds!: string[];

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Mediators (人民调解员) of the village’s committee who take part; they do not read confidential text',
  })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  mediatorIds!: string[];
}

@InputType({ description: 'Criteria for the case list; all optional, combined with AND' })
export class MediationCaseFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids (react-admin getMany)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'Any of these statuses' })
  status?: CaseStatus[] | null;

  @Field(() => DisputeType, { nullable: true, description: 'Of this dispute type' })
  disputeType?: DisputeType | null;

  @Field(() => CaseSource, { nullable: true, description: 'Of this source' })
  source?: CaseSource | null;

  @Field(() => CaseLevel, { nullable: true, description: 'Currently handled at this level' })
  level?: CaseLevel | null;

  @Field(() => CaseLevel, { nullable: true, description: 'Resolved at this level (小事不出村、大事不出镇), as the statistics count them' })
  resolvedLevel?: CaseLevel | null;

  @Field(() => ID, { nullable: true, description: 'In this village' })
  @IsOptional()
  @IsUUID('all')
  villageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cases this adviser is assigned to' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Received on or after' })
  receivedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Received on or before' })
  receivedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Open cases left without an active adviser (theirs was suspended or removed): to reassign' })
  @IsOptional()
  @IsBoolean()
  needsAdviser?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open cases past their deadline (accepted more than 30 days ago), as `overdue` says; false: all others',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: cases whose agreement is not yet brought for judicial confirmation and whose 30-day window closes within 7 days, as `Agreement.confirmationDueSoon` says',
  })
  @IsOptional()
  @IsBoolean()
  confirmationDueSoon?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Case number contains (never searches confidential text)' })
  @IsOptional()
  @MaxLength(40)
  q?: string | null;
}

export const MediationCaseSortField = {
  CASE_NO: 'caseNo',
  RECEIVED_ON: 'receivedOn',
  STATUS: 'status',
  DISPUTE_TYPE: 'disputeType',
  AMOUNT_FEN: 'amountFen',
  CREATED_AT: 'createdAt',
} as const;
export type MediationCaseSortField = (typeof MediationCaseSortField)[keyof typeof MediationCaseSortField];
export const MediationCaseListOptions = ListOptionsType('MediationCase', MediationCaseSortField, MediationCaseFilter);
export type MediationCaseListOptions = InstanceType<typeof MediationCaseListOptions>;
export const MediationCaseList = ListType('MediationCase', MediationCase);
export type MediationCaseList = InstanceType<typeof MediationCaseList>;

export const MediationCaseListArgs = ListArgsType(MediationCaseListOptions);
export type MediationCaseListArgs = InstanceType<typeof MediationCaseListArgs>;
