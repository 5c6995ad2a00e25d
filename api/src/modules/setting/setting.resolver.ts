import { IsInt, IsOptional, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { changeSettings, readSettings, settingsVersion, writeSetting } from './setting.service.js';

@WithParent()
@ObjectType({ description: 'County-wide settings the bureau keeps' })
export class Settings {
  @Field(() => Int, { description: 'Villages per adviser above which the adviser is flagged as overloaded' })
  adviserLoadCap!: number;

  @Field({ description: 'URL printed as a QR code on notice boards; {adviserId} and {villageId} are filled in' })
  noticeBoardQrUrl!: string;

  @Field(() => Int, { description: 'Day of the next month by which a month’s work log is due (default 5); later is marked late' })
  monthlyReportDeadlineDay!: number;

  @Field({ description: 'Keep photos’ location metadata (EXIF GPS) on upload; off by default' })
  keepPhotoLocation!: boolean;

  @Field(() => Int, { description: 'Send it back with updateSettings; a stale one is CONFLICT' })
  version!: number;
}

@InputType({ description: 'Changes to the county’s settings; null fields stay as they are' })
export class SettingsInput {
  @Field(() => Int, { nullable: true, description: 'New load cap: villages per adviser above which one is overloaded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  adviserLoadCap?: number | null;

  @Field(() => String, { nullable: true, description: 'New notice-board QR URL; {adviserId} and {villageId} are filled in' })
  @IsOptional()
  @MaxLength(300)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: 'must be an http(s) URL' })
  noticeBoardQrUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'New deadline: day of the next month by which a month’s work log is due' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(28)
  monthlyReportDeadlineDay?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether to keep photos’ location metadata (EXIF GPS) on upload' })
  @IsOptional()
  keepPhotoLocation?: boolean | null;

  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' })
  @IsInt()
  version!: number;
}

@Resolver()
export class SettingResolver {
  @Query(() => Settings, { description: 'Your county’s settings (bureau and offices)' })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  async settings(@Ctx() ctx: Context): Promise<Settings> {
    return { ...(await readSettings(ctx.em)), version: await settingsVersion(ctx.em) };
  }

  @Mutation(() => Settings, { description: 'Change your county’s settings (bureau only); a stale version is CONFLICT' })
  @Roles(Role.BUREAU_ADMIN)
  async updateSettings(@Arg('input', { description: 'Only the fields given change' }) input: SettingsInput, @Ctx() ctx: Context): Promise<Settings> {
    await changeSettings(ctx.em, input.version, async (tx) => {
      if (input.adviserLoadCap != null) await writeSetting(tx, 'adviserLoadCap', input.adviserLoadCap);
      if (input.noticeBoardQrUrl != null) await writeSetting(tx, 'noticeBoardQrUrl', input.noticeBoardQrUrl);
      if (input.monthlyReportDeadlineDay != null) await writeSetting(tx, 'monthlyReportDeadlineDay', input.monthlyReportDeadlineDay);
      if (input.keepPhotoLocation != null) await writeSetting(tx, 'keepPhotoLocation', input.keepPhotoLocation);
    });
    return this.settings(ctx);
  }
}
