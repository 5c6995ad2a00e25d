import { IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Give a case another adviser (改派): ends the assignments of advisers who are no longer active' })
export class ReassignMediationCaseInput {
  @Field(() => ID, { description: 'The adviser who takes the case: ACTIVE, on the case county’s roster' })
  @IsUUID('all', { message: 'must be an adviser id' })
  adviserId!: string;

  @Field(() => ID, { nullable: true, description: 'Also end this still-active adviser’s assignment (a handover)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an adviser id' })
  replaceAdviserId?: string | null;

  @Field({ description: 'Why, recorded on the case' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  reason!: string;

  @Field(() => Int, { description: 'The case version you saw; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}
