import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../common/graphql/scalars.js';
import { AgreementForm, CaseLevel, ConfirmationResult, Performance, ReferralChannel, Satisfaction, SessionMode } from '../case.enums.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'A step of the case workflow on a date' })
export class CaseStepInput {
  @Field(() => DateScalar, { nullable: true, description: 'When it happened (default today); not in the future' })
  on?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is CONFLICT' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType({ description: 'Hand an open case over to another channel (移交)' })
export class ReferCaseInput extends CaseStepInput {
  @Field(() => ReferralChannel, { description: 'Arbitration, litigation or administrative handling' })
  @IsEnum(ReferralChannel)
  to!: ReferralChannel;
}

@InputType({ description: 'Raise a case to a higher level (上移)' })
export class EscalateCaseInput {
  @Field(() => CaseLevel, { description: 'TOWNSHIP or COUNTY: only upwards' })
  @IsEnum(CaseLevel)
  level!: CaseLevel;

  @Field(() => Int, { nullable: true, description: 'The case version you saw; a stale one is CONFLICT' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType({ description: 'A mediation session (调解记录)' })
export class MediationSessionInput {
  @Field(() => Date, { description: 'When it was held; not in the future' })
  at!: Date;

  @Field({ description: 'Where it was held' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  place!: string;

  @Field(() => SessionMode, { description: 'Online or in person' })
  @IsEnum(SessionMode)
  mode!: SessionMode;

  @Field({ description: 'Who took part, by role (e.g. 申请人、被申请人、调解员)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  participants!: string;

  @Field({ description: '★ Confidential record of the session' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(20000)
  @MultiLine()
  record!: string;
}

@InputType({ description: 'The mediation agreement (调解协议) reached in a case' })
export class AgreementInput {
  @Field(() => AgreementForm, { description: 'Written or oral' })
  @IsEnum(AgreementForm)
  form!: AgreementForm;

  @Field({ description: '★ Confidential text of the agreement' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(20000)
  @MultiLine()
  content!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Amount agreed, in fen' })
  @IsInt()
  @Min(0)
  amountFen!: number;

  @Field(() => DateScalar, { description: 'Day it was signed (or reached, when oral); not in the future' })
  signedAt!: string;
}

@InputType({ description: 'The assigned adviser’s legal review of an agreement (协议把关)' })
export class AgreementReviewInput {
  @Field({ description: 'true: approved; false: changes requested' })
  @IsBoolean()
  approved!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when changes are requested' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLine()
  comment?: string | null;

  @Field(() => Int, { description: 'The agreement’s version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@InputType({ description: 'Judicial confirmation (司法确认, 人民调解法 art. 33): the application, and the court’s decision when known' })
export class JudicialConfirmationInput {
  @Field(() => DateScalar, { description: 'Day the parties applied (YYYY-MM-DD)' })
  appliedOn!: string;

  @Field({ description: 'The court applied to' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  court!: string;

  @Field(() => ConfirmationResult, { nullable: true, description: 'The court’s decision; leave null while pending' })
  @IsOptional()
  @IsEnum(ConfirmationResult)
  result?: ConfirmationResult | null;

  @Field(() => String, { nullable: true, description: 'Ruling number (裁定书文号)' })
  @IsOptional()
  @MaxLength(60)
  rulingNo?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the court decided; with result' })
  decidedOn?: string | null;

  @Field(() => Int, { description: 'The agreement’s version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@InputType({ description: 'A return visit (回访) after an agreement' })
export class ReturnVisitInput {
  @Field(() => DateScalar, { description: 'Day of the visit; not in the future' })
  visitedOn!: string;

  @Field({ description: 'Whether the visit took place (the parties could be reached)' })
  @IsBoolean()
  carriedOut!: boolean;

  @Field(() => Performance, { description: 'Performance of the agreement found at the visit' })
  @IsEnum(Performance)
  performance!: Performance;

  @Field(() => Satisfaction, { nullable: true, description: 'How satisfied the parties were; null when not asked' })
  @IsOptional()
  @IsEnum(Satisfaction)
  satisfaction?: Satisfaction | null;
}
