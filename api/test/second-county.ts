import { CITY_ID, DEMO_PASSWORD } from '@fengqiao/seeds';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/common/access/role.js';
import { hashPassword } from '../src/common/auth/password.js';
import { Gender, Profession } from '../src/modules/adviser/adviser.enums.js';
import { LegalAdviser } from '../src/modules/adviser/legal-adviser.entity.js';
import { Pairing } from '../src/modules/pairing/pairing.entity.js';
import { RegionLevel, Terrain, VillageKind } from '../src/modules/region/region.enums.js';
import { createRegion } from '../src/modules/region/region.service.js';
import { User } from '../src/modules/user/user.entity.js';
import type { TestApp } from './app.js';

export interface SecondCounty {
  countyId: string;
  townshipId: string;
  villageId: string;
  adviserId: string;
  /** Demo-password accounts for `app.login`: the county's bureau and its adviser, paired with the village. */
  bureau: string;
  adviser: string;
}

/**
 * 交口县, a second county of 吕梁市 beside the demo 交城县 (the two names share their first character), with one
 * township, one village, and an adviser paired with it since 2020. For tests of what must stay apart between
 * counties of one installation.
 */
export async function addSecondCounty(app: TestApp): Promise<SecondCounty> {
  const em = app.orm.em.fork();
  const county = await createRegion(em, { parentId: CITY_ID, level: RegionLevel.COUNTY, name: '交口县', code: '141130000000' });
  const township = await createRegion(em, {
    parentId: county.id,
    level: RegionLevel.TOWNSHIP,
    name: '水头镇',
    code: '141130100000',
    terrain: Terrain.MOUNTAIN,
  });
  const village = await createRegion(em, {
    parentId: township.id,
    level: RegionLevel.VILLAGE,
    name: '水头村',
    code: '141130100201',
    kind: VillageKind.VILLAGE,
  });
  const [countyId, townshipId, villageId, adviserId] = [county.id, township.id, village.id, randomUUID()];
  const createdAt = new Date();
  await em.insert(LegalAdviser, {
    id: adviserId,
    county: countyId,
    name: '交口顾问',
    gender: Gender.FEMALE,
    phone: '13900001130',
    profession: Profession.LAWYER,
    licenceNo: '11411302026000001',
    version: 1,
    createdAt,
  });
  await em.insert(Pairing, { id: randomUUID(), adviser: adviserId, village: villageId, validFrom: '2020-01-01', validTo: null, createdAt });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = { bureau: 'bureau.jiaokou', adviser: 'adviser.jiaokou' };
  await em.insertMany(User, [
    {
      id: randomUUID(),
      username: accounts.bureau,
      passwordHash,
      role: Role.BUREAU_ADMIN,
      displayName: '交口县司法局',
      scopeRegion: countyId,
      createdAt,
      updatedAt: createdAt,
    },
    {
      id: randomUUID(),
      username: accounts.adviser,
      passwordHash,
      role: Role.ADVISER,
      displayName: '交口顾问',
      adviser: adviserId,
      createdAt,
      updatedAt: createdAt,
    },
  ]);
  return { countyId, townshipId, villageId, adviserId, ...accounts };
}
