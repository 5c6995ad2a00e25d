import { Router } from 'express';
import { ancestorAt } from '../../common/access/jurisdiction.js';
import { Role } from '../../common/access/role.js';
import { contextOf, requireRoles, type RouteDeps } from '../../common/http/auth.js';
import { handle } from '../../common/http/errors.js';
import { queryId, yearParam } from '../../common/http/query.js';
import { sendWorkbook } from '../../common/http/send-file.js';
import { batchReads } from '../../db/batch.js';
import { Region } from '../region/region.entity.js';
import type { Training } from './training.entity.js';
import { trainingExport, type TrainingExport } from './training.service.js';
import type { PrintedTraining, TrainingWorkbookData } from './training.xlsx.js';

const printed = (t: Training): PrintedTraining => ({
  id: t.id,
  title: t.title,
  at: t.at,
  venue: t.venue,
  mode: t.mode,
  cadres: t.cadres,
  gridWorkers: t.gridWorkers,
  mediators: t.mediators,
  legalUnderstanding: t.legalUnderstanding,
  others: t.others,
  topics: [...t.topics],
});

/** The export as plain data for the document worker: the fields the workbook prints, no entity. */
function workbookData({ compliance: c, villageTrainings, annual, attendance, townshipNames, adviserNames }: TrainingExport): TrainingWorkbookData {
  return {
    compliance: {
      year: c.year,
      regionName: c.regionName,
      villageCount: c.villageCount,
      quartersEnded: c.quartersEnded,
      required: c.required,
      done: c.done,
      missing: c.missing,
      rows: c.rows.map((r) => ({
        village: { id: r.village.id, name: r.village.name },
        townshipId: r.townshipId,
        doneCount: r.doneCount,
        missingCount: r.missingCount,
        quarters: r.quarters.map((q) => ({ quarter: q.quarter, status: q.status, trainingCount: q.trainingCount })),
      })),
    },
    villageTrainings: villageTrainings.map((t) => ({ ...t, training: printed(t.training) })),
    annual: annual.map(printed),
    attendance: attendance.map((a) => ({
      adviser: { name: a.adviser.name, profession: a.adviser.profession },
      attended: a.attended,
      trainings: a.trainings.map((t) => ({ id: t.id, title: t.title, at: t.at })),
    })),
    townshipNames,
    adviserNames,
  };
}

/**
 * `GET /api/exports/trainings.xlsx?year=2026&regionId=…`: the compliance grid, the village trainings, the annual
 * training and who attended it, for the bureau or an office (its own township; another region is 403).
 */
export function trainingRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get(
    '/api/exports/trainings.xlsx',
    requireRoles(deps, [Role.BUREAU_ADMIN, Role.OFFICE_STAFF]),
    handle(async (req, res) => {
      const ctx = contextOf(res);
      const year = yearParam(req);
      const regionId = queryId(req, 'regionId') ?? null;
      const { data, region, county } = await batchReads(ctx, async (batch) => {
        const data = await trainingExport(batch, regionId, year);
        const region = await batch.em.findOneOrFail(Region, { id: data.compliance.regionId });
        const countyId = ancestorAt(region, 'COUNTY');
        return { data, region, county: countyId ? await batch.em.findOne(Region, { id: countyId }) : null };
      });
      const bytes = await ctx.app.documents.render('trainings', workbookData(data), county?.name ?? region.name);
      sendWorkbook(res, bytes, `${region.name}${year}年法治培训情况.xlsx`, `trainings-${year}.xlsx`);
    }),
  );
  return router;
}
