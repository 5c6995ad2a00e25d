import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTY_ID, demoCases, demoPairings, demoRegions, townshipId } from '@fengqiao/seeds';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestApp } from '../../../test/app.js';
import { rest, startAppWithUploads, upload } from '../../../test/rest.js';
import { XLSX_MIME } from '../../common/documents/xlsx.js';
import { RosterEvent } from '../adviser/roster-event.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { RegionChange } from './region-change.entity.js';
import { Region } from './region.entity.js';

const PREVIEW = `mutation($f: ID!) { previewRegionImport(attachmentId: $f) {
  attachmentId rowCount canImport
  createdCount renamedCount movedCount retiredCount reclassifiedCount unchangedCount
  problems { row column code message value }
  created { row code name level newValue } renamed { row regionId code oldValue newValue }
  moved { row regionId code oldValue newValue } retired { row regionId code name newValue }
} }`;
const APPLY = `mutation($f: ID!, $d: Date!) { applyRegionImport(attachmentId: $f, effectiveOn: $d, fileName: "test.csv") {
  effectiveOn createdCount renamedCount movedCount retiredCount reclassifiedCount unchangedCount endedPairingCount
} }`;
const EFFECTIVE = '2026-11-01';

const regions = demoRegions();
const villagesOf = (key: string) => regions.filter((r) => r.parentId === townshipId(key));
const township = (key: string) => regions.find((r) => r.id === townshipId(key))!;

/** A CSV in the statistics bureau's layout: 统计用区划代码, 城乡分类代码, 名称. */
function statsCsv(rows: Array<[string, string, string] | string[]>, header = ['统计用区划代码', '城乡分类代码', '名称']): string {
  return `${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

describe('region import', () => {
  let app: TestApp;
  let bureau: string;
  const uploadFile = async (bytes: Buffer, mime = 'text/csv') => {
    const res = await upload(app, bureau, bytes, mime);
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const counts = async () => {
    const em = app.orm.em.fork();
    return {
      regions: await em.count(Region, {}),
      changes: await em.count(RegionChange, {}),
      retired: await em.count(Region, { retiredOn: { $ne: null } }),
      pairings: await em.count(Pairing, { validTo: null }),
      events: await em.count(RosterEvent, {}),
    };
  };
  const snapshot = async () =>
    (await app.orm.em.fork().find(Region, {}, { orderBy: { code: 'asc' } })).map((r) => [
      r.id,
      r.code,
      r.name,
      r.urbanRuralCode,
      r.retiredOn,
      r.version,
    ]);

  beforeAll(async () => {
    app = await startAppWithUploads();
    bureau = await app.login('bureau');
  });
  afterAll(() => app.close());

  it('importing the county’s own export changes nothing: no history, no region touched', async () => {
    const exported = await rest(app, 'GET', '/api/regions/export.xlsx', { token: bureau });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe(XLSX_MIME);
    const before = { counts: await counts(), regions: await snapshot() };
    const id = await uploadFile(exported.bytes, XLSX_MIME);
    const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRegionImport;
    const inCounty = regions.filter(
      (r) => r.id === COUNTY_ID || r.parentId === COUNTY_ID || regions.find((t) => t.id === r.parentId)?.parentId === COUNTY_ID,
    );
    expect(preview).toMatchObject({
      canImport: true,
      problems: [],
      rowCount: inCounty.length,
      unchangedCount: inCounty.length,
      createdCount: 0,
      renamedCount: 0,
      movedCount: 0,
      retiredCount: 0,
      reclassifiedCount: 0,
    });
    const res = await app.gql(APPLY, { f: id, d: EFFECTIVE }, bureau);
    expect(res.errors).toBeUndefined();
    expect(res.data.applyRegionImport).toMatchObject({ createdCount: 0, renamedCount: 0, retiredCount: 0, endedPairingCount: 0 });
    expect(await counts()).toEqual(before.counts);
    expect(await snapshot()).toEqual(before.regions);
    const audit = await app.orm.em.fork().findOne(AuditEvent, { action: 'REGION_IMPORT' });
    expect(audit?.details).toMatchObject({ fileName: 'test.csv', unchangedCount: inCounty.length });
  });

  it('a file with one bad row writes nothing, and the preview names the row', async () => {
    const xy = township('xiying');
    const rows = villagesOf('xiying').map((v) => [v.code, v.urbanRuralCode ?? '', v.name]);
    rows.splice(2, 0, [`${xy.code.slice(0, 9)}9x9`, '220', '坏代码村']);
    const before = await counts();
    const id = await uploadFile(Buffer.from(statsCsv(rows)));
    const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRegionImport;
    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ row: 4, column: '统计用区划代码', code: 'BAD_CODE' })]);
    const res = await app.gql(APPLY, { f: id, d: EFFECTIVE }, bureau);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentId', problemCount: 1 });
    expect(await counts()).toEqual(before);
  });

  it('names every kind of bad row: class code, empty name, duplicate, parent missing, out of scope', async () => {
    const [a, b] = villagesOf('xiying');
    const id = await uploadFile(
      Buffer.from(
        statsCsv([
          [a!.code, '999', a!.name],
          [b!.code, '220', ''],
          [b!.code, '220', b!.name],
          ['141122199201', '220', '无乡村'],
          ['141123100201', '220', '邻县村'],
          ['141100000000', '', '吕梁市'],
        ]),
      ),
    );
    const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRegionImport;
    const byRow = (row: number) => preview.problems.filter((p: { row: number }) => p.row === row).map((p: { code: string }) => p.code);
    expect(byRow(2)).toEqual(['BAD_CLASS_CODE']);
    expect(byRow(3).sort()).toEqual(['DUPLICATE_CODE', 'EMPTY_NAME']);
    expect(byRow(4)).toEqual(['DUPLICATE_CODE']);
    expect(byRow(5)).toEqual(['PARENT_MISSING']);
    expect(byRow(6)).toEqual(['OUT_OF_SCOPE']);
    expect(byRow(7)).toEqual(['OUT_OF_SCOPE']);
    expect(preview.canImport).toBe(false);
  });

  it('an office account cannot import (FORBIDDEN)', async () => {
    const id = await uploadFile(Buffer.from(statsCsv([])));
    const office = await app.login('office.tianning');
    expect((await app.gql(PREVIEW, { f: id }, office)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(APPLY, { f: id, d: EFFECTIVE }, office)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rest(app, 'GET', '/api/regions/export.xlsx', { token: office })).status).toBe(403);
  });

  it('refuses a file over 10 MB', async () => {
    const res = await upload(app, bureau, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'text/csv');
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('a statistics-bureau GBK file renames one village (history kept) and retires a missing one: pairing ended with a roster event, old cases still listed', async () => {
    const tianning = villagesOf('tianning');
    const cases = demoCases();
    const pairings = demoPairings();
    const gone = tianning.find((v) => cases.some((c) => c.villageId === v.id) && pairings.some((p) => p.villageId === v.id))!;
    const renamed = tianning.find((v) => v.id !== gone.id)!;
    const rows = tianning.filter((v) => v.id !== gone.id).map((v) => [v.code, v.urbanRuralCode ?? '', v.id === renamed.id ? `${v.name}新` : v.name]);
    const newCode = `${township('tianning').code.slice(0, 9)}299`;
    rows.push([newCode, '220', '新设村']);
    // Another column order, and GBK as Excel on a Chinese Windows saves it.
    const csv = statsCsv(
      rows.map(([code, cls, name]) => [name!, code!, cls!]),
      ['名称', '统计用区划代码', '城乡分类代码'],
    );
    const id = await uploadFile(iconv.encode(csv, 'gbk'));
    const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRegionImport;
    expect(preview).toMatchObject({ canImport: true, problems: [], createdCount: 1, renamedCount: 1, retiredCount: 1, movedCount: 0 });
    expect(preview.renamed[0]).toMatchObject({ regionId: renamed.id, oldValue: renamed.name, newValue: `${renamed.name}新` });
    expect(preview.retired[0]).toMatchObject({ regionId: gone.id, row: null });
    expect(preview.created[0]).toMatchObject({ code: newCode, name: '新设村', level: 'VILLAGE', newValue: '220' });

    const coverageBefore = (await app.gql('{ coverage { villageCount } }', {}, bureau)).data.coverage.villageCount;
    const eventsBefore = await app.orm.em.fork().count(RosterEvent, {});
    const res = await app.gql(APPLY, { f: id, d: EFFECTIVE }, bureau);
    expect(res.errors).toBeUndefined();
    expect(res.data.applyRegionImport).toMatchObject({ createdCount: 1, renamedCount: 1, retiredCount: 1, endedPairingCount: 1 });

    const em = app.orm.em.fork();
    const history = await em.find(RegionChange, { region: renamed.id });
    expect(history).toEqual([
      expect.objectContaining({ kind: 'RENAMED', oldValue: renamed.name, newValue: `${renamed.name}新`, effectiveOn: EFFECTIVE }),
    ]);
    const retired = await em.findOneOrFail(Region, gone.id);
    expect(retired.retiredOn).toBe(EFFECTIVE);
    const pairing = await em.findOneOrFail(Pairing, { village: gone.id }, { orderBy: { validFrom: 'desc' } });
    expect(pairing.validTo).toBe('2026-10-31');
    expect(await em.count(RosterEvent, {})).toBe(eventsBefore + 1);
    const event = await em.findOneOrFail(RosterEvent, { adviser: pairing.adviser.id }, { orderBy: { at: 'desc' } });
    expect(event).toMatchObject({ kind: 'CHANGED', effectiveOn: EFFECTIVE, changes: { village: { from: gone.name, to: null } } });

    // Past cases stay listed; the village reads as retired; coverage no longer counts it (and counts the new one).
    const listed = await app.gql('query($v: ID!) { mediationCases(options: { filter: { villageId: $v } }) { totalItems } }', { v: gone.id }, bureau);
    expect(listed.data.mediationCases.totalItems).toBe(cases.filter((c) => c.villageId === gone.id).length);
    const village = await app.gql('query($id: ID!) { region(id: $id) { retiredOn mergedInto { id } urbanRuralCode } }', { id: gone.id }, bureau);
    expect(village.data.region).toEqual({ retiredOn: EFFECTIVE, mergedInto: null, urbanRuralCode: gone.urbanRuralCode });
    const retiredList = await app.gql('{ regions(options: { filter: { retired: true } }) { items { id } } }', {}, bureau);
    expect(retiredList.data.regions.items).toEqual([{ id: gone.id }]);
    expect((await app.gql('{ coverage { villageCount } }', {}, bureau)).data.coverage.villageCount).toBe(coverageBefore);

    // No new pairing or case for the retired village.
    const pair = await app.gql(
      `mutation($a: ID!, $v: ID!) { createPairing(input: { adviserId: $a, villageId: $v, validFrom: "2026-11-15", deputyDirector: true }) { id } }`,
      { a: pairing.adviser.id, v: gone.id },
      bureau,
    );
    expect(pair.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VILLAGE_RETIRED' });

    // The same file again: idempotent.
    const again = await app.gql(APPLY, { f: id, d: '2026-11-15' }, bureau);
    expect(again.data.applyRegionImport).toMatchObject({ createdCount: 0, renamedCount: 0, retiredCount: 0, endedPairingCount: 0 });
  });

  it('a moved village keeps its id, its history and takes its new code and township', async () => {
    const [moving] = villagesOf('xiajiaying');
    const target = township('xiying');
    const newCode = `${target.code.slice(0, 9)}280`;
    const rows = villagesOf('xiying').map((v) => [v.code, v.urbanRuralCode ?? '', v.name, '']);
    rows.push([newCode, '220', moving!.name, moving!.code]);
    const id = await uploadFile(Buffer.from(`\uFEFF${statsCsv(rows, ['统计用区划代码', '城乡分类代码', '名称', '原区划代码'])}`));
    const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRegionImport;
    expect(preview).toMatchObject({ canImport: true, movedCount: 1, retiredCount: 0, createdCount: 0 });
    const res = await app.gql(APPLY, { f: id, d: EFFECTIVE }, bureau);
    expect(res.errors).toBeUndefined();
    const moved = await app.gql(
      'query($id: ID!) { region(id: $id) { id code parent { id } changes { kind oldValue newValue effectiveOn } } }',
      { id: moving!.id },
      bureau,
    );
    expect(moved.data.region).toEqual({
      id: moving!.id,
      code: newCode,
      parent: { id: target.id },
      changes: [{ kind: 'MOVED', oldValue: moving!.code, newValue: newCode, effectiveOn: EFFECTIVE }],
    });
  });

  it('imports the sample file in e2e/fixtures (the statistics bureau’s layout, UTF-8 with BOM)', async () => {
    const path = fileURLToPath(new URL('../../../../e2e/fixtures/regions-jiaocheng-small.csv', import.meta.url));
    const id = await uploadFile(readFileSync(path));
    const preview = (await app.gql(PREVIEW, { f: id }, bureau)).data.previewRegionImport;
    expect(preview).toMatchObject({ canImport: true, problems: [], createdCount: 1, renamedCount: 1, retiredCount: 0, movedCount: 0 });
  });

  it('updateRegion edits a township from the version read; a stale version is CONFLICT', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $p: String) { updateRegion(id: $id, input: { version: $v, terrain: MOUNTAIN, townshipKind: TOWN, supervisionPhone: $p }) { terrain townshipKind supervisionPhone version } }`;
    const id = townshipId('hongxiang');
    const { version } = (await app.gql('query($id: ID!) { region(id: $id) { version } }', { id }, bureau)).data.region;
    const ok = await app.gql(UPDATE, { id, v: version, p: '0358-3520999' }, bureau);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateRegion).toEqual({ terrain: 'MOUNTAIN', townshipKind: 'TOWN', supervisionPhone: '0358-3520999', version: version + 1 });
    const stale = await app.gql(UPDATE, { id, v: version, p: null }, bureau);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const bad = await app.gql(UPDATE, { id, v: version + 1, p: '12345' }, bureau);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const office = await app.login('office.tianning');
    expect((await app.gql(UPDATE, { id, v: version + 1, p: null }, office)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
