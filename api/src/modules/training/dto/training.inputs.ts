import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ListArgsType, ListOptionsType, ListType } from '../../../common/graphql/list.js';
import { Training } from '../training.entity.js';
import { TrainingKind, TrainingMode, TrainingTopic } from '../training.enums.js';
import { MultiLine } from '../../../common/graphql/text-arguments.js';

@InputType({ description: 'An adviser’s quarterly rule-of-law training in a village they serve; at least one photo' })
export class RecordVillageTrainingInput {
  @Field(() => ID, { description: 'A village you serve on the day of the training' })
  villageId!: string;

  @Field({ description: 'Subject of the lecture' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field(() => Date, { description: 'When it was held' })
  at!: Date;

  @Field({ description: 'Venue (讲座场所)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  venue!: string;

  @Field(() => TrainingMode, { defaultValue: TrainingMode.OFFLINE, description: 'OFFLINE unless given' })
  @IsEnum(TrainingMode)
  mode!: TrainingMode;

  @Field(() => Int, { defaultValue: 0, description: '两委干部' })
  @IsInt()
  @Min(0)
  @Max(10000)
  cadres!: number;

  @Field(() => Int, { defaultValue: 0, description: '网格员' })
  @IsInt()
  @Min(0)
  @Max(10000)
  gridWorkers!: number;

  @Field(() => Int, { defaultValue: 0, description: '人民调解员' })
  @IsInt()
  @Min(0)
  @Max(10000)
  mediators!: number;

  @Field(() => Int, { defaultValue: 0, description: '法律明白人' })
  @IsInt()
  @Min(0)
  @Max(10000)
  legalUnderstanding!: number;

  @Field(() => Int, { defaultValue: 0, description: '其他群众' })
  @IsInt()
  @Min(0)
  @Max(10000)
  others!: number;

  @Field(() => [ID], { description: 'Uploaded photos (POST /api/uploads), at least one (图片佐证)' })
  photoIds!: string[];

  @Field(() => String, { nullable: true, description: 'Notes; optional' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLine()
  notes?: string | null;
}

@InputType({ description: 'The bureau’s annual training of its advisers' })
export class RecordAnnualTrainingInput {
  @Field({ description: 'Title of the training' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field(() => [TrainingTopic], { description: 'Required subjects covered, at least one' })
  topics!: TrainingTopic[];

  @Field(() => Date, { description: 'When it was held' })
  at!: Date;

  @Field({ description: 'Venue' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  venue!: string;

  @Field(() => TrainingMode, { defaultValue: TrainingMode.OFFLINE, description: 'OFFLINE unless given' })
  @IsEnum(TrainingMode)
  mode!: TrainingMode;

  @Field(() => [ID], { defaultValue: [], description: 'Advisers who attended' })
  adviserIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Uploaded photos (POST /api/uploads)' })
  photoIds!: string[];

  @Field(() => String, { nullable: true, description: 'Notes; optional' })
  @IsOptional()
  @MaxLength(2000)
  @MultiLine()
  notes?: string | null;
}

@InputType({ description: 'Criteria for the training list; all optional, combined with AND' })
export class TrainingFilter {
  @Field(() => TrainingKind, { nullable: true, description: 'Annual or village trainings only' })
  @IsOptional()
  @IsEnum(TrainingKind)
  kind?: TrainingKind | null;

  @Field(() => Int, { nullable: true, description: 'Held in this year' })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Held in this quarter, 1–4' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number | null;

  @Field(() => ID, { nullable: true, description: 'Village trainings in this village' })
  @IsOptional()
  @IsUUID('all')
  villageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Village trainings in this township' })
  @IsOptional()
  @IsUUID('all')
  townshipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Trainings given by this adviser, or annual trainings they attended' })
  @IsOptional()
  @IsUUID('all')
  adviserId?: string | null;
}

export const TrainingSortField = { AT: 'at', CREATED_AT: 'createdAt', TITLE: 'title' } as const;
export type TrainingSortField = (typeof TrainingSortField)[keyof typeof TrainingSortField];
export const TrainingListOptions = ListOptionsType('Training', TrainingSortField, TrainingFilter);
export type TrainingListOptions = InstanceType<typeof TrainingListOptions>;
export const TrainingList = ListType('Training', Training);
export type TrainingList = InstanceType<typeof TrainingList>;
export const TrainingListArgs = ListArgsType(TrainingListOptions);
export type TrainingListArgs = InstanceType<typeof TrainingListArgs>;
