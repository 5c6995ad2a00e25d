import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles, SignedIn } from '../../common/access/rules.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import type { Context } from '../../context.js';
import { RegionList, RegionListArgs } from './dto/region-list.js';
import { RegionImportPreview, RegionImportResult } from './dto/region-import.types.js';
import { UpdateRegionInput } from './dto/region.inputs.js';
import { RegionChange } from './region-change.entity.js';
import { Region } from './region.entity.js';
import { RegionImportService } from './region-import.service.js';
import { RegionService } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionList, { description: 'Regions in your jurisdiction' })
  @SignedIn()
  regions(@Args(() => RegionListArgs) { options }: RegionListArgs, @Ctx() ctx: Context): Promise<RegionList> {
    return new RegionService(ctx).list(options);
  }

  @Query(() => Region, { nullable: true, description: 'One region; null when it does not exist or is outside your jurisdiction' })
  @SignedIn()
  region(@Arg('id', () => ID, { description: 'The region’s id' }) id: string, @Ctx() ctx: Context): Promise<Region | null> {
    return new RegionService(ctx).byId(id);
  }

  @Mutation(() => Region, {
    description: 'Edit a township of your county: terrain, kind (镇/乡/街道) and its office’s supervision phone; a stale version is CONFLICT',
  })
  @Roles(Role.BUREAU_ADMIN)
  updateRegion(
    @Arg('id', () => ID, { description: 'The township' }) id: string,
    @Arg('input', () => UpdateRegionInput, { description: 'The changes, with the version you read' }) input: UpdateRegionInput,
    @Ctx() ctx: Context,
  ): Promise<Region> {
    return new RegionService(ctx).update(id, input);
  }

  @Mutation(() => RegionImportPreview, {
    description:
      'Check a county region table (XLSX or CSV: 统计用区划代码, 名称, 城乡分类代码) uploaded to POST /api/uploads: every bad row and the planned changes; writes nothing',
  })
  @Roles(Role.BUREAU_ADMIN)
  previewRegionImport(
    @Arg('attachmentId', () => ID, { description: 'The file uploaded to POST /api/uploads' }) attachmentId: string,
    @Ctx() ctx: Context,
  ): Promise<RegionImportPreview> {
    return new RegionImportService(ctx).preview(attachmentId);
  }

  @Mutation(() => RegionImportResult, {
    description:
      'Apply a checked region table from a date, in one transaction: any bad row is BAD_USER_INPUT with extensions.problems, and nothing is written. The same file again changes nothing',
  })
  @Roles(Role.BUREAU_ADMIN)
  applyRegionImport(
    @Arg('attachmentId', () => ID, { description: 'The file previewed' }) attachmentId: string,
    @Arg('effectiveOn', () => DateScalar, { description: 'The day renames, moves and retirements take effect' }) effectiveOn: string,
    @Arg('fileName', () => String, { nullable: true, description: 'The file’s name as the user chose it, for the audit trail' })
    fileName: string | null,
    @Ctx() ctx: Context,
  ): Promise<RegionImportResult> {
    return new RegionImportService(ctx).apply(attachmentId, effectiveOn, fileName?.slice(0, 200) ?? null);
  }

  // Ancestors are place names, public knowledge: a township's county is shown to its office.
  @FieldResolver(() => Region, { nullable: true, description: 'The region above; null for the root (a province, or a city where there is none)' })
  parent(@Root() region: Region): Promise<Region | null> | null {
    return region.parent ? region.parent.load() : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'A retired village: the village it was merged into (并入); null otherwise' })
  mergedInto(@Root() region: Region): Promise<Region | null> | null {
    return region.mergedInto ? region.mergedInto.load() : null;
  }

  @FieldResolver(() => [RegionChange], { description: 'Its history from imports of the official codes (新设, 更名, 调整隶属, 撤并), oldest first' })
  changes(@Root() region: Region, @Ctx() ctx: Context): Promise<RegionChange[]> {
    return new RegionService(ctx).changesByRegion().load(region.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Townships: the judicial office’s supervision phone (监督电话); null otherwise' })
  supervisionPhone(@Root() region: Region, @Ctx() ctx: Context): Promise<string | null> | null {
    return region.level === 'TOWNSHIP' ? new RegionService(ctx).officePhoneByTownship().load(region.id) : null;
  }
}
