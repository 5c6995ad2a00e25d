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

@InputType()
export class ReferCaseInput extends CaseStepInput {
  @Field(() => ReferralChannel)
  @IsEnum(ReferralChannel)
  to!: ReferralChannel;
}

@InputType()
export class EscalateCaseInput {
  @Field(() => CaseLevel, { description: 'TOWNSHIP or COUNTY: only upwards' })
  @IsEnum(CaseLevel)
  level!: CaseLevel;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType()
export class MediationSessionInput {
  @Field(() => Date)
  at!: Date;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  place!: string;

  @Field(() => SessionMode)
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

@InputType()
export class AgreementInput {
  @Field(() => AgreementForm)
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

  @Field(() => DateScalar)
  signedAt!: string;
}

@InputType()
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
  @Field(() => DateScalar)
  appliedOn!: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  court!: string;

  @Field(() => ConfirmationResult, { nullable: true })
  @IsOptional()
  @IsEnum(ConfirmationResult)
  result?: ConfirmationResult | null;

  @Field(() => String, { nullable: true, description: 'Ruling number (裁定书文号)' })
  @IsOptional()
  @MaxLength(60)
  rulingNo?: string | null;

  @Field(() => DateScalar, { nullable: true })
  decidedOn?: string | null;

  @Field(() => Int, { description: 'The agreement’s version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@InputType()
export class ReturnVisitInput {
  @Field(() => DateScalar)
  visitedOn!: string;

  @Field()
  @IsBoolean()
  carriedOut!: boolean;

  @Field(() => Performance)
  @IsEnum(Performance)
  performance!: Performance;

  @Field(() => Satisfaction, { nullable: true })
  @IsOptional()
  @IsEnum(Satisfaction)
  satisfaction?: Satisfaction | null;
}
