import { IsInt, IsOptional, isURL, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles, WithParent } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { settingsRegion } from './setting.policy.js';
import { changeSettings, readResolvedSettings, settingsVersion, writeSetting } from './setting.service.js';

const QR_URL_DESCRIPTION =
  'URL printed as a QR code on notice boards; {villageCode}, {villageId} and {adviserId} are filled in. A path starting with / is on this installation’s public base URL (PUBLIC_BASE_URL); the default, /v/{villageCode}, is the village’s public page';

/** An http(s) URL, or a path (`/v/{villageCode}`) on the installation's public base URL; placeholders allowed. */
function IsQrUrlTemplate() {
  return ValidateBy({
    name: 'isQrUrlTemplate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        const filled = value.replace(/\{(villageCode|villageId|adviserId)\}/g, 'x');
        if (filled.startsWith('/')) return !filled.startsWith('//') && /^\/[^\s]*$/.test(filled);
        return isURL(filled, { require_protocol: true, protocols: ['http', 'https'], require_tld: false });
      },
      defaultMessage: () => 'must be an http(s) URL or a path starting with /',
    },
  });
}

@WithParent()
@ObjectType({
  description:
    'Settings in force for a county, or the defaults a city or province gives its counties: each value is the region’s own, else the nearest region’s above it, else the built-in default',
})
export class Settings {
  @Field(() => Region, { description: 'The county, city or province these settings are for' })
  region!: Region;

  @Field(() => [String], { description: 'The settings this region sets itself (field names); the others are inherited from above or built in' })
  setHere!: string[];

  @Field(() => Int, { description: 'Villages per adviser above which the adviser is flagged as overloaded' })
  adviserLoadCap!: number;

  @Field({ description: QR_URL_DESCRIPTION })
  noticeBoardQrUrl!: string;

  @Field(() => Int, { description: 'Day of the next month by which a month’s work log is due (default 5); later is marked late' })
  monthlyReportDeadlineDay!: number;

  @Field({ description: 'Keep photos’ location metadata (EXIF GPS) on upload; off by default' })
  keepPhotoLocation!: boolean;

  @Field(() => Int, { description: 'Version of the region’s own settings: send it back with updateSettings; a stale one is CONFLICT' })
  version!: number;
}

@InputType({ description: 'Changes to a region’s own settings; null fields stay as they are' })
export class SettingsInput {
  @Field(() => Int, { nullable: true, description: 'New load cap: villages per adviser above which one is overloaded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  adviserLoadCap?: number | null;

  @Field(() => String, { nullable: true, description: `New notice-board QR URL. ${QR_URL_DESCRIPTION}` })
  @IsOptional()
  @MaxLength(300)
  @IsQrUrlTemplate()
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
  @Query(() => Settings, {
    description: 'Settings in force for a county (default: your county), or a city’s or province’s defaults for its counties (bureau and offices)',
  })
  @Roles(Role.BUREAU_ADMIN, Role.OFFICE_STAFF)
  async settings(
    @Arg('regionId', () => ID, {
      nullable: true,
      description: 'A county, city or province in your jurisdiction; default your own region (an office: its county)',
    })
    regionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Settings> {
    const region = await settingsRegion(ctx, regionId);
    const { values, setHere } = await readResolvedSettings(ctx.em, region.id);
    return { ...values, region, setHere, version: await settingsVersion(ctx.em, region.id) };
  }

  @Mutation(() => Settings, {
    description:
      'Change a region’s own settings (bureau only): a county’s, or a city’s or province’s defaults for the counties that set none; a stale version is CONFLICT',
  })
  @Roles(Role.BUREAU_ADMIN)
  async updateSettings(
    @Arg('input', { description: 'Only the fields given change' }) input: SettingsInput,
    @Arg('regionId', () => ID, { nullable: true, description: 'A county, city or province in your jurisdiction; default your own region' })
    regionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Settings> {
    const region = await settingsRegion(ctx, regionId);
    await changeSettings(ctx.em, region.id, input.version, async (tx) => {
      if (input.adviserLoadCap != null) await writeSetting(tx, region.id, 'adviserLoadCap', input.adviserLoadCap);
      if (input.noticeBoardQrUrl != null) await writeSetting(tx, region.id, 'noticeBoardQrUrl', input.noticeBoardQrUrl);
      if (input.monthlyReportDeadlineDay != null) await writeSetting(tx, region.id, 'monthlyReportDeadlineDay', input.monthlyReportDeadlineDay);
      if (input.keepPhotoLocation != null) await writeSetting(tx, region.id, 'keepPhotoLocation', input.keepPhotoLocation);
    });
    return this.settings(region.id, ctx);
  }
}
