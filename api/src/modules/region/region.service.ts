import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { RegionPolicy } from './region.policy.js';
import { randomUUID } from 'node:crypto';
import { listPage } from '../../common/graphql/list-engine.js';
import { regionsUnder } from '../../common/access/jurisdiction.js';
import { AppError } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { escapeLike } from '../../common/graphql/list.js';
import { isId } from '../../common/graphql/ids.js';
import type { Context } from '../../context.js';
import type { RegionListOptions } from './dto/region-list.js';
import { CHILD_LEVEL, ROOT_LEVELS, regionCodeProblem } from './region-code.js';
import { Region, childPath } from './region.entity.js';
import { RegionLevel, type Terrain, type VillageKind } from './region.enums.js';
import type { UpdateRegionInput } from './dto/region.inputs.js';
import { RegionChange } from './region-change.entity.js';
import { RegionError } from './region.error.js';
import { JudicialOffice } from '../office/judicial-office.entity.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import { normalisePhone } from '../../common/validation/phone.js';

export interface NewRegion {
  /** The parent; null for a root (a province, or a city where there is no province). */
  parentId: string | null;
  level: RegionLevel;
  name: string;
  /** The 12-digit statistical code, starting with the parent's digits (region-code.ts). */
  code: string;
  /** Townships only. */
  terrain?: Terrain | null;
  /** Villages only. */
  kind?: VillageKind | null;
  demo?: boolean;
}

/**
 * Adds one region below its parent. The level must be the one below the parent's (or a root's), and the code a
 * 12-digit code of that level under the parent's digits: anything else is BAD_USER_INPUT naming the field, and a code
 * another region holds is CONFLICT. Nothing is written when it refuses.
 */
export async function createRegion(em: EntityManager, input: NewRegion): Promise<Region> {
  const parent = input.parentId === null ? null : isId(input.parentId) ? await em.findOne(Region, { id: input.parentId }) : null;
  if (input.parentId !== null && !parent) throw AppError.badInput('parentId', 'no such region');
  if (parent ? CHILD_LEVEL[parent.level] !== input.level : !ROOT_LEVELS.includes(input.level)) {
    throw AppError.badInput(
      'level',
      parent
        ? `a region under a ${parent.level.toLowerCase()} is a ${CHILD_LEVEL[parent.level]?.toLowerCase() ?? 'nothing: villages have no regions below'}`
        : 'only a province or a city stands at the root',
    );
  }
  const problem = regionCodeProblem(input.level, input.code, parent);
  if (problem) throw AppError.badInput('code', problem);
  const name = input.name.trim();
  if (!name || name.length > 100) throw AppError.badInput('name', 'must be 1 to 100 characters');
  if ((input.level === RegionLevel.TOWNSHIP) !== Boolean(input.terrain)) {
    throw AppError.badInput('terrain', input.terrain ? 'only a township is mountain or plain' : 'a township is mountain or plain');
  }
  if ((input.level === RegionLevel.VILLAGE) !== Boolean(input.kind)) {
    throw AppError.badInput('kind', input.kind ? 'only a village is a village or a community' : 'a village is a village or a community');
  }
  const id = randomUUID();
  const region = em.create(Region, {
    id,
    parent: parent?.id ?? null,
    level: input.level,
    name,
    code: input.code,
    path: childPath(parent?.path ?? null, id),
    terrain: input.terrain ?? null,
    kind: input.kind ?? null,
    demo: input.demo ?? false,
  });
  await conflictsAsErrors(() => em.flush(), { region_code_unique: { message: 'Another region has this code', field: 'code' } });
  return region;
}

export class RegionService {
  constructor(private readonly ctx: Context) {}

  async list(options: RegionListOptions | null | undefined) {
    const f = options?.filter;
    const where: FilterQuery<Region>[] = [await new RegionPolicy(this.ctx).visible()];
    if (f?.ids) where.push({ id: { $in: f.ids } });
    if (f?.level) where.push({ level: f.level });
    if (f?.parentId) where.push({ parent: f.parentId });
    if (f?.terrain) where.push({ terrain: f.terrain });
    if (f?.kind) where.push({ kind: f.kind });
    if (f?.retired === true) where.push({ retiredOn: { $ne: null } });
    if (f?.retired === false) where.push({ retiredOn: null });
    if (f?.withinId) {
      const within = await this.ctx.em.findOne(Region, { id: f.withinId }, { fields: ['path', 'level'] });
      where.push(within ? regionsUnder(within) : { id: { $in: [] } });
    }
    if (f?.q?.trim()) {
      const like = `%${escapeLike(f.q.trim())}%`;
      where.push({ $or: [{ name: { $like: like } }, { code: { $like: like } }] });
    }
    return listPage(this.ctx.em, Region, options, { where });
  }

  /**
   * The id of the region with this statistical code, whoever may see it: for a federation representation by `code`,
   * which then goes through `byId` (the viewer's jurisdiction) like one by id.
   */
  async idOfCode(code: string): Promise<string | null> {
    return (await this.ctx.em.findOne(Region, { code }, { fields: ['id'] }))?.id ?? null;
  }

  /** The county the viewer's account belongs to (a county bureau's); anyone else gets `refuse()`. */
  async ownCounty(refuse: () => Error): Promise<Region> {
    const regionId = this.ctx.viewer?.scopeRegionId;
    const county = regionId ? await this.ctx.em.findOne(Region, { id: regionId, level: RegionLevel.COUNTY }) : null;
    if (!county) throw refuse();
    return county;
  }

  /**
   * The region a report measures: the one asked for when it lies in the viewer's jurisdiction, and without one the
   * viewer's own scope region (never "whichever region of the subtree comes first"). Null when there is none.
   */
  async measured(regionId: string | null | undefined): Promise<Region | null> {
    const id = regionId ?? this.ctx.viewer?.scopeRegionId;
    return id ? this.byId(id) : null;
  }

  /**
   * The bureau edits a township's terrain, kind (镇/乡/街道) and its judicial office's supervision phone, from the
   * version it read: another version is CONFLICT (STALE_VERSION), anything but a township of its jurisdiction NOT_FOUND
   * or BAD_USER_INPUT. One transaction.
   */
  async update(id: string, input: UpdateRegionInput): Promise<Region> {
    const region = await this.byId(id);
    if (!region) throw RegionError.notFound();
    if (region.level !== RegionLevel.TOWNSHIP) throw AppError.badInput('id', 'only a township’s terrain, kind and supervision phone are edited here');
    AppError.assertVersion(region, input.version);
    const office = input.supervisionPhone ? await this.ctx.em.findOne(JudicialOffice, { township: region.id }) : null;
    if (input.supervisionPhone && !office) throw AppError.badInput('input.supervisionPhone', 'the township has no judicial office on record');
    if (input.terrain) region.terrain = input.terrain;
    if (input.townshipKind) region.townshipKind = input.townshipKind;
    if (office && input.supervisionPhone) {
      const phone = normalisePhone(input.supervisionPhone);
      if (phone !== office.phone) office.phone = phone;
    }
    await this.ctx.em.flush();
    return region;
  }

  /** Each region's history (region_change), oldest first. */
  changesByRegion() {
    return loader<string, RegionChange[]>(
      this.ctx,
      'region:changes',
      async (ids) =>
        groupBy(
          await this.ctx.em.find(RegionChange, { region: { $in: [...ids] } }, { orderBy: { effectiveOn: 'asc', at: 'asc', id: 'asc' } }),
          (c) => c.region.id,
        ),
      [],
    );
  }

  /** Each township's judicial office's phone. */
  officePhoneByTownship() {
    return loader<string, string | null>(
      this.ctx,
      'region:officePhone',
      async (ids) =>
        new Map(
          (await this.ctx.em.find(JudicialOffice, { township: { $in: [...ids] } }, { fields: ['phone', 'township'] })).map((o) => [
            o.township.id,
            o.phone,
          ]),
        ),
      null,
    );
  }

  /**
   * The parents (townships) of these villages, read in one statement into the request's identity map, so that
   * `village.parent.load()` finds them at hand: for grids completed slice by slice (inTurns), whose loads would
   * otherwise be batched per slice.
   */
  async primeParents(villages: readonly Region[]): Promise<void> {
    const ids = [...new Set(villages.map((v) => v.parent?.id).filter((id): id is string => !!id))];
    if (ids.length) await this.ctx.em.find(Region, { id: { $in: ids } });
  }

  /** Null when it does not exist or lies outside the viewer's jurisdiction: the two answer alike. */
  async byId(id: string): Promise<Region | null> {
    if (!isId(id)) return null;
    return this.ctx.em.findOne(Region, { $and: [{ id }, await new RegionPolicy(this.ctx).visible()] });
  }
}
