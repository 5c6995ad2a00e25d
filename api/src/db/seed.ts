import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ACCOUNTS, DEMO_ADVISERS, DEMO_PASSWORD, DEMO_PERSONS, COUNTY_ID, demoRegions } from '@fengqiao/seeds';
import { hashPassword } from '../common/auth/password.js';
import type { Role } from '../common/access/role.js';
import { AdviserStatus, type Gender, type Profession } from '../modules/adviser/adviser.enums.js';
import { LegalAdviser } from '../modules/adviser/legal-adviser.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Region, childPath } from '../modules/region/region.entity.js';
import type { RegionLevel, Terrain, VillageKind } from '../modules/region/region.enums.js';
import { User } from '../modules/user/user.entity.js';

export type SeedProgress = (step: string, done: number, total: number) => void;

/** True when the database holds no region yet: `npm start` seeds only then. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Region, {})) === 0;
}

/** Writes the demo county (吕梁市 > 交城县 > ten townships > generated villages) and the demo accounts in one transaction. */
export async function seedDemoCounty(em: EntityManager, progress: SeedProgress = () => undefined): Promise<void> {
  const regions = demoRegions();
  const steps = 4;
  // insertMany writes rows as given, parents before children, in one statement per table.
  await em.transactional(async (tx) => {
    const paths = new Map<string, string>();
    await tx.insertMany(
      Region,
      regions.map((r) => {
        const path = childPath(r.parentId ? paths.get(r.parentId)! : null, r.id);
        paths.set(r.id, path);
        return {
          id: r.id, parent: r.parentId, level: r.level as RegionLevel, name: r.name, code: r.code, path,
          terrain: r.terrain as Terrain | null, kind: r.kind as VillageKind | null, demo: r.demo, createdAt: new Date(),
        };
      }),
    );
    progress('regions', 1, steps);

    await tx.insertMany(
      LegalAdviser,
      DEMO_ADVISERS.map((a) => ({
        id: a.id, county: COUNTY_ID, name: a.name, gender: a.gender as Gender, phone: a.phone,
        profession: a.profession as Profession, licenceNo: a.licenceNo, status: AdviserStatus.ACTIVE, demo: true,
        createdAt: new Date(),
      })),
    );
    await tx.insertMany(Person, DEMO_PERSONS.map((p) => ({ id: p.id, name: p.name, phone: p.phone, demo: true, createdAt: new Date() })));
    progress('advisers and people', 2, steps);

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await tx.insertMany(
      User,
      DEMO_ACCOUNTS.map((u) => ({
        id: u.id, username: u.username, passwordHash, role: u.role as Role, displayName: u.displayName,
        scopeRegion: u.scopeRegionId, adviser: u.adviserId, person: u.personId, createdAt: new Date(), updatedAt: new Date(),
      })),
    );
    progress('accounts', 3, steps);
  });
  progress('done', steps, steps);
}
