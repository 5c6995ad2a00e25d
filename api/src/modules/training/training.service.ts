import { mapInSlices } from '../../common/tasks/slices.js';
import type { FilterQuery } from '@mikro-orm/core';
import { TrainingPolicy } from './training.policy.js';
import { listPage } from '../../common/graphql/list-engine.js';
import { ancestorAt, regionsUnder, sqlRegionsUnder, sqlUnder, under, type Anchor } from '../../common/access/jurisdiction.js';
import { AppError } from '../../common/errors/app-error.js';
import { conflictsAsErrors } from '../../common/errors/db-errors.js';
import { today } from '../../common/graphql/dates.js';
import { isId } from '../../common/graphql/ids.js';
import { groupBy, loader } from '../../common/graphql/loaders.js';
import { shanghaiDate } from '../../common/graphql/scalars.js';
import { calendarYear } from '../../common/validation/calendar.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { LegalAdviser } from '../adviser/legal-adviser.entity.js';
import { AttachmentError } from '../attachment/attachment.error.js';
import { OwnerType } from '../attachment/attachment.entity.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { isImageMime } from '../attachment/upload-rules.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { activeOn, PairingService } from '../pairing/pairing.service.js';
import { Region } from '../region/region.entity.js';
import { RegionLevel } from '../region/region.enums.js';
import { RegionPolicy } from '../region/region.policy.js';
import { RegionService } from '../region/region.service.js';
import { User } from '../user/user.entity.js';
import type { RecordAnnualTrainingInput, RecordVillageTrainingInput, TrainingListOptions } from './dto/training.inputs.js';
import { Training, TrainingAttendance } from './training.entity.js';
import { QuarterStatus, TrainingKind } from './training.enums.js';
import { TrainingError } from './training.error.js';
import type { AdviserTrainingAttendance, CountyTrainingCompliance, TrainingCompliance, TrainingComplianceRow } from './training.types.js';
import { now as clockNow } from '../../common/clock.js';
import { readQuery } from '../../db/replicas.js';

export function yearQuarterOf(at: Date): { date: string; year: number; quarter: number } {
  const date = shanghaiDate(at);
  return { date, year: Number(date.slice(0, 4)), quarter: Math.ceil(Number(date.slice(5, 7)) / 3) };
}

/** Where a training sits in the region tree: its county, and for a village training its township and village. */
const TRAINING_ANCHOR: Anchor = { COUNTY: 'county', TOWNSHIP: 'township', VILLAGE: 'village' };

/** Villages of a compliance grid answered at most (its totals count every village). */
export const COMPLIANCE_ROW_LIMIT = 1000;

export class TrainingService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  async list(options: TrainingListOptions | null | undefined) {
    const where: FilterQuery<Training>[] = [await new TrainingPolicy(this.ctx).visible()];
    const f = options?.filter;
    if (f?.kind) where.push({ kind: f.kind });
    if (f?.year) where.push({ year: f.year });
    if (f?.quarter) where.push({ quarter: f.quarter });
    if (f?.villageId) where.push({ village: f.villageId });
    if (f?.townshipId) where.push({ township: f.townshipId });
    if (f?.adviserId) {
      const attended = this.em.createQueryBuilder(TrainingAttendance, 'ta').select('ta.training').where({ adviser: f.adviserId });
      where.push({ $or: [{ adviser: f.adviserId }, { id: { $in: attended as never } }] });
    }
    return listPage(this.em, Training, options, { where });
  }

  async byId(id: string): Promise<Training | null> {
    if (!isId(id)) return null;
    return this.em.findOne(Training, { $and: [{ id }, await new TrainingPolicy(this.ctx).visible()] });
  }

  private checkAt(at: Date): void {
    if (Number.isNaN(at.getTime())) throw AppError.badInput('at', 'must be a date and time');
    if (at.getTime() > clockNow().getTime() + 5 * 60_000) throw AppError.badInput('at', 'a training is recorded after it was held, not before');
    if (at.getUTCFullYear() < 2000) throw AppError.badInput('at', 'is too far in the past');
  }

  /** The viewer's own image uploads, none attached yet; duplicates removed. */
  private async ownPhotos(ids: string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    const attachments = new AttachmentService(this.ctx);
    for (const id of unique) {
      const photo = await attachments.ownUpload(id, field, 'photo', isImageMime);
      if (photo.ownerType) throw AttachmentError.inUse(field);
    }
    return unique;
  }

  /** An adviser records the quarterly training they gave in a village they served on that day, with photo evidence. */
  async recordVillage(input: RecordVillageTrainingInput): Promise<Training> {
    const adviserId = this.ctx.viewer?.adviserId;
    if (!adviserId) throw TrainingError.notYourVillage();
    this.checkAt(input.at);
    if (!input.photoIds.length) throw AppError.badInput('photoIds', 'at least one photo of the training is required (图片佐证)');
    if (input.cadres + input.gridWorkers + input.mediators + input.legalUnderstanding + input.others < 1) {
      throw AppError.badInput('cadres', 'record how many attended, by category');
    }
    const village = isId(input.villageId) ? await this.em.findOne(Region, { id: input.villageId, level: RegionLevel.VILLAGE }) : null;
    if (!village) throw AppError.badInput('villageId', 'no such village');
    const { date, year, quarter } = yearQuarterOf(input.at);
    const served = await this.em.count(Pairing, { $and: [{ adviser: adviserId, village: village.id }, activeOn(date)] });
    if (!served) throw TrainingError.notYourVillage();
    const photoIds = await this.ownPhotos(input.photoIds, 'photoIds');
    // By level, not by position: the root may be a province or a city.
    const countyId = ancestorAt(village, 'COUNTY')!;
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        const training = tx.create(Training, {
          id: crypto.randomUUID(),
          kind: TrainingKind.VILLAGE_QUARTERLY,
          county: countyId,
          township: village.parent!.id,
          village: village.id,
          adviser: adviserId,
          title: input.title.trim(),
          topics: [],
          at: input.at,
          year,
          quarter,
          venue: input.venue.trim(),
          mode: input.mode,
          cadres: input.cadres,
          gridWorkers: input.gridWorkers,
          mediators: input.mediators,
          legalUnderstanding: input.legalUnderstanding,
          others: input.others,
          notes: input.notes?.trim() || null,
          createdBy: tx.getReference(User, this.ctx.viewer!.id),
        });
        await tx.flush();
        await new AttachmentService(this.ctx).setPhotosOf(tx, OwnerType.TRAINING, training.id, photoIds, 'photoIds');
        return training;
      }),
    );
  }

  /** The county bureau's own county, where its annual training and roster live. */
  private ownCounty(): Promise<Region> {
    return new RegionService(this.ctx).ownCounty(() => TrainingError.countyOnly());
  }

  /** Adviser ids on the county's roster (not removed); anything else names the field. */
  private async rosterAdvisers(county: Region, ids: string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    if (!unique.every((id) => isId(id))) throw AppError.badInput(field, 'no such adviser on your roster');
    const found = await this.em.count(LegalAdviser, { id: { $in: unique }, county: county.id, status: { $ne: AdviserStatus.REMOVED } });
    if (found !== unique.length) throw AppError.badInput(field, 'no such adviser on your roster');
    return unique;
  }

  async recordAnnual(input: RecordAnnualTrainingInput): Promise<Training> {
    const county = await this.ownCounty();
    this.checkAt(input.at);
    const topics = [...new Set(input.topics)];
    if (!topics.length) throw AppError.badInput('topics', 'name at least one of the required subjects');
    const adviserIds = await this.rosterAdvisers(county, input.adviserIds, 'adviserIds');
    const photoIds = await this.ownPhotos(input.photoIds, 'photoIds');
    const { year, quarter } = yearQuarterOf(input.at);
    return conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        const training = tx.create(Training, {
          id: crypto.randomUUID(),
          kind: TrainingKind.BUREAU_ANNUAL,
          county: county.id,
          township: null,
          village: null,
          adviser: null,
          title: input.title.trim(),
          topics,
          at: input.at,
          year,
          quarter,
          venue: input.venue.trim(),
          mode: input.mode,
          notes: input.notes?.trim() || null,
          createdBy: tx.getReference(User, this.ctx.viewer!.id),
        });
        for (const adviser of adviserIds) tx.create(TrainingAttendance, { id: crypto.randomUUID(), training, adviser });
        await tx.flush();
        await new AttachmentService(this.ctx).setPhotosOf(tx, OwnerType.TRAINING, training.id, photoIds, 'photoIds');
        return training;
      }),
    );
  }

  /** Replaces who attended an annual training. */
  async setAttendance(trainingId: string, adviserIds: string[]): Promise<Training> {
    const county = await this.ownCounty();
    const training = isId(trainingId) ? await this.em.findOne(Training, { id: trainingId, county: county.id }) : null;
    if (!training) throw TrainingError.notFound();
    if (training.kind !== TrainingKind.BUREAU_ANNUAL)
      throw AppError.badInput('trainingId', 'attendance per adviser is kept for the annual training only');
    const ids = await this.rosterAdvisers(county, adviserIds, 'adviserIds');
    await conflictsAsErrors(() =>
      this.em.transactional(async (tx) => {
        await tx.nativeDelete(TrainingAttendance, { training: training.id });
        for (const adviser of ids) tx.create(TrainingAttendance, { id: crypto.randomUUID(), training: training.id, adviser });
        await tx.flush();
      }),
    );
    return training;
  }

  // ---- compliance -----------------------------------------------------------------------------------------------

  /** A region the viewer (bureau or office) may look at: theirs by default; one outside is FORBIDDEN. */
  async regionInScope(regionId: string | null | undefined): Promise<Region> {
    if (!(await new RegionPolicy(this.ctx).subtree())) throw TrainingError.outOfScope();
    // The region measured (the viewer's own without an id), looked up within the jurisdiction; only when that finds
    // nothing is it told apart: a region outside the jurisdiction is FORBIDDEN, one that does not exist bad input.
    const region = await new RegionService(this.ctx).measured(regionId);
    if (region) return region;
    const exists = regionId && isId(regionId) ? await this.em.count(Region, { id: regionId }) : 0;
    if (exists) throw TrainingError.outOfScope();
    throw AppError.badInput('regionId', 'no such region');
  }

  /**
   * Every village under a region × the four quarters of a year, whatever the number of villages: the region, then one
   * statement that joins the villages with their trainings of the year, counts them per quarter and adds up, across
   * all rows, the villages with a training in each quarter. Nothing is counted or looked up per village here.
   */
  async compliance(regionId: string | null | undefined, year: number, rowLimit = COMPLIANCE_ROW_LIMIT): Promise<TrainingCompliance> {
    calendarYear('year', year);
    if (!Number.isInteger(rowLimit) || rowLimit < 1 || rowLimit > COMPLIANCE_ROW_LIMIT) {
      throw AppError.badInput('rowLimit', `must be a whole number from 1 to ${COMPLIANCE_ROW_LIMIT}`);
    }
    return this.complianceOf(await this.regionInScope(regionId), year, rowLimit);
  }

  /**
   * The compliance grid of a region already in the viewer's scope: the totals over every village, and the first
   * `rowLimit` villages by division code (a province's 30,000 rows would hold the server for seconds; the workbook
   * asks for all of them).
   */
  async complianceOf(region: Region, year: number, rowLimit: number | null = COMPLIANCE_ROW_LIMIT): Promise<TrainingCompliance> {
    const villages = sqlRegionsUnder(region, 'v', 'VILLAGE');
    const QUARTERS = [1, 2, 3, 4] as const;
    const rows = await readQuery<Array<Record<string, unknown> & Record<`q${1 | 2 | 3 | 4}` | `done${1 | 2 | 3 | 4}` | 'village_count', number>>>(
      this.em,
      `with g as (
         select v.*, ${QUARTERS.map((q) => `count(t.id) filter (where t.quarter = ${q})::int as q${q}`).join(', ')}
           from region v
           left join training t on t.village_id = v.id and t.kind = ? and t.year = ?
          where ${villages.sql} and (v.retired_on is null or v.retired_on > ?)
          group by v.id
       )
       select g.*, (count(*) over ())::int as village_count,
              ${QUARTERS.map((q) => `(sum((g.q${q} > 0)::int) over ())::int as done${q}`).join(', ')}
         from g
        order by g.code, g.id${rowLimit === null ? '' : ' limit ?'}`,
      // A village retired (撤并) by the year's first day is expected to train no more.
      [TrainingKind.VILLAGE_QUARTERLY, year, ...villages.params, `${year}-01-01`, ...(rowLimit === null ? [] : [rowLimit])],
    );
    const now = yearQuarterOf(clockNow());
    const quartersEnded = year < now.year ? 4 : year > now.year ? 0 : now.quarter - 1;
    // Without a training a quarter's status depends on the quarter alone: missing once it has ended, due while it runs.
    const emptyStatus = (quarter: number): QuarterStatus => {
      if (quarter <= quartersEnded) return QuarterStatus.MISSING;
      if (year === now.year && quarter === now.quarter) return QuarterStatus.DUE;
      return QuarterStatus.UPCOMING;
    };
    const first = rows[0];
    const villageCount = first ? Number(first.village_count) : 0;
    const quarterTotals = QUARTERS.map((quarter) => {
      const done = first ? Number(first[`done${quarter}`]) : 0;
      return { quarter, done, missing: quarter <= quartersEnded ? villageCount - done : 0 };
    });
    const required = villageCount * quartersEnded;
    const done = quarterTotals.filter((t) => t.quarter <= quartersEnded).reduce((sum, t) => sum + t.done, 0);
    const gridRows: TrainingComplianceRow[] = await mapInSlices(rows, (row) => {
      const { q1, q2, q3, q4, done1: _1, done2: _2, done3: _3, done4: _4, village_count: _n, ...columns } = row;
      const quarters = [q1, q2, q3, q4].map((n, i) => ({
        quarter: i + 1,
        trainingCount: n,
        status: n > 0 ? QuarterStatus.DONE : emptyStatus(i + 1),
      }));
      const village = this.em.map(Region, columns as never);
      return {
        village,
        townshipId: village.parent!.id,
        quarters,
        doneCount: quarters.filter((q) => q.status === QuarterStatus.DONE).length,
        missingCount: quarters.filter((q) => q.status === QuarterStatus.MISSING).length,
      };
    });
    return {
      year,
      regionId: region.id,
      region,
      regionName: region.name,
      quartersEnded,
      villageCount,
      required,
      done,
      missing: required - done,
      ratio: required ? done / required : 1,
      quarterTotals,
      rows: gridRows,
    };
  }

  /**
   * What a grid row shows beside its village, loaded for every row at once: the townships (one statement) and each
   * village's pairing in force with its adviser (two), into the request's identity map and loaders. The rows can then
   * be completed slice by slice (inTurns) without a statement per slice.
   */
  async primeGrid(rows: readonly TrainingComplianceRow[]): Promise<void> {
    if (!rows.length) return;
    await new RegionService(this.ctx).primeParents(rows.map((r) => r.village));
    await new PairingService(this.ctx).primeCurrentByVillage(rows.map((r) => r.village.id));
  }

  /**
   * Per county of the region, one statement: each village's quarters with a training among those ended, summed per
   * county (a city's or province's roll-up; for a county or township its one county).
   */
  async complianceByCounty(compliance: TrainingCompliance): Promise<CountyTrainingCompliance[]> {
    const { region, year, quartersEnded } = compliance;
    const villages = sqlRegionsUnder(region, 'v', 'VILLAGE');
    const rows = await readQuery<Array<Record<string, unknown> & { village_count: number; done: number }>>(
      this.em,
      `with g as (
         select tw.parent_id as county_id, count(distinct t.quarter) filter (where t.quarter <= ?) as done
           from region v
           join region tw on tw.id = v.parent_id
           left join training t on t.village_id = v.id and t.kind = ? and t.year = ?
          where ${villages.sql} and (v.retired_on is null or v.retired_on > ?)
          group by v.id, tw.parent_id
       )
       select c.*, count(*)::int as village_count, coalesce(sum(g.done), 0)::int as done
         from g join region c on c.id = g.county_id
        group by c.id
        order by c.code, c.id`,
      [quartersEnded, TrainingKind.VILLAGE_QUARTERLY, year, ...villages.params, `${year}-01-01`],
    );
    return rows.map(({ village_count, done, ...county }) => {
      const required = village_count * quartersEnded;
      return {
        county: this.em.map(Region, county as never),
        villageCount: village_count,
        required,
        done,
        missing: required - done,
        ratio: required ? done / required : 1,
      };
    });
  }

  /**
   * Each adviser of the viewer's jurisdiction (bureau: the county roster; office: advisers serving its villages
   * today) and the annual trainings of the year they attended: two statements.
   */
  async annualAttendance(year: number): Promise<AdviserTrainingAttendance[]> {
    calendarYear('year', year);
    const where = await new TrainingPolicy(this.ctx).attendanceAdvisers();
    const advisers = await this.em.find(LegalAdviser, where, { orderBy: { name: 'asc', id: 'asc' } });
    // The advisers again as a subquery, not as a list of their ids: a province has thousands.
    const adviserIds = this.em
      .createQueryBuilder(LegalAdviser, 'la')
      .select('la.id')
      .where(where as never);
    const attendance = advisers.length
      ? await this.em.find(
          TrainingAttendance,
          { adviser: { $in: adviserIds as never }, training: { year, kind: TrainingKind.BUREAU_ANNUAL } },
          {
            populate: ['training'],
            orderBy: { training: { at: 'asc' } },
          },
        )
      : [];
    const byAdviser = groupBy(attendance, (a) => a.adviser.id);
    return advisers.map((adviser) => {
      const trainings = (byAdviser.get(adviser.id) ?? []).map((a) => a.training.getEntity());
      return { adviser, attended: trainings.length > 0, trainings };
    });
  }

  // ---- batched lookups for field resolvers -------------------------------------------------------------------

  attendeesByTraining() {
    return loader<string, LegalAdviser[]>(
      this.ctx,
      'training:attendees',
      async (ids) => {
        const rows = await this.em.find(
          TrainingAttendance,
          { training: { $in: [...ids] } },
          { populate: ['adviser'], orderBy: { adviser: { name: 'asc' } } },
        );
        const grouped = groupBy(rows, (r) => r.training.id);
        return new Map([...grouped].map(([k, v]) => [k, v.map((r) => r.adviser.getEntity())]));
      },
      [],
    );
  }
}

export interface TrainingExport {
  compliance: TrainingCompliance;
  villageTrainings: Array<{ training: Training; township: string; village: string; adviser: string; photoCount: number }>;
  annual: Training[];
  attendance: AdviserTrainingAttendance[];
  townshipNames: Map<string, string>;
  /** Village id → the name of the adviser serving it today. */
  adviserNames: Map<string, string>;
}

/**
 * Everything the trainings workbook holds, for a region in the viewer's jurisdiction and a year: a fixed number of
 * statements whatever the size of the region (no list of ids is sent back to the database).
 */
export async function trainingExport(ctx: Context, regionId: string | null | undefined, year: number): Promise<TrainingExport> {
  calendarYear('year', year);
  const service = new TrainingService(ctx);
  const region = await service.regionInScope(regionId);
  const compliance = await service.complianceOf(region, year, null);
  const villageTrainings = {
    $and: [{ kind: TrainingKind.VILLAGE_QUARTERLY, year }, under<Training>(ctx.em, region, TRAINING_ANCHOR)],
  } as FilterQuery<Training>;
  const trainings = await ctx.em.find(Training, villageTrainings, {
    populate: ['village', 'township', 'adviser'],
    orderBy: { at: 'asc', id: 'asc' },
  });
  const inRegion = sqlUnder(region, { COUNTY: 't.county_id', TOWNSHIP: 't.township_id', VILLAGE: 't.village_id' });
  const photoCounts = trainings.length
    ? await ctx.em.execute<{ owner_id: string; n: number }[]>(
        `select a.owner_id, count(*)::int as n from attachment a join training t on t.id = a.owner_id
       where a.owner_type = ? and t.kind = ? and t.year = ? and ${inRegion.sql} group by a.owner_id`,
        [OwnerType.TRAINING, TrainingKind.VILLAGE_QUARTERLY, year, ...inRegion.params],
      )
    : [];
  const photos = new Map(photoCounts.map((r) => [r.owner_id, Number(r.n)]));
  const annual = (await service.list({ filter: { kind: TrainingKind.BUREAU_ANNUAL, year }, take: 100 })).items;
  const attendance = await service.annualAttendance(year);
  const townships = await ctx.em.find(Region, regionsUnder(region, 'TOWNSHIP'), { fields: ['name'] });
  const pairings = await ctx.em.find(
    Pairing,
    { $and: [under<Pairing>(ctx.em, region, { VILLAGE: 'village' }), activeOn(today())] },
    { populate: ['adviser'] },
  );
  return {
    adviserNames: new Map(pairings.map((p) => [p.village.id, p.adviser.getEntity().name])),
    townshipNames: new Map(townships.map((t) => [t.id, t.name])),
    compliance,
    villageTrainings: trainings.map((t) => ({
      training: t,
      township: t.township?.getEntity().name ?? '',
      village: t.village?.getEntity().name ?? '',
      adviser: t.adviser?.getEntity().name ?? '',
      photoCount: photos.get(t.id) ?? 0,
    })),
    annual,
    attendance,
  };
}
