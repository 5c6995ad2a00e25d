import type { EntityManager } from '@mikro-orm/postgresql';
import {
  COUNTY_ID, DEMO_ACCOUNTS, fixedId, DEMO_PASSWORD, DEMO_PERSONS, DEMO_PROVIDERS, demoCommittees, demoOffices, demoPairings, demoRegions, demoRoster,
} from '@fengqiao/seeds';
import { hashPassword } from '../common/auth/password.js';
import type { Role } from '../common/access/role.js';
import { AdviserStatus, type Gender, type Profession } from '../modules/adviser/adviser.enums.js';
import { LegalAdviser } from '../modules/adviser/legal-adviser.entity.js';
import { RosterEvent, RosterEventKind } from '../modules/adviser/roster-event.entity.js';
import { JudicialOffice } from '../modules/office/judicial-office.entity.js';
import { Pairing } from '../modules/pairing/pairing.entity.js';
import { Provider } from '../modules/provider/provider.entity.js';
import type { ProviderKind } from '../modules/provider/provider.enums.js';
import type { CommitteeRole } from '../modules/village/committee.enums.js';
import { CommitteeMember } from '../modules/village/committee-member.entity.js';
import { MediationCommittee } from '../modules/village/mediation-committee.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Region, childPath } from '../modules/region/region.entity.js';
import type { RegionLevel, Terrain, VillageKind } from '../modules/region/region.enums.js';
import { User } from '../modules/user/user.entity.js';

export type SeedProgress = (step: string, done: number, total: number) => void;

/** True when the database holds no region yet: `npm start` seeds only then. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Region, {})) === 0;
}

/**
 * Writes the demo county in one transaction: 吕梁市 > 交城县 > ten townships > generated villages, their judicial offices,
 * providers and the adviser roster with its history, village committees, pairings (a few villages left uncovered)
 * and the demo accounts.
 */
export async function seedDemoCounty(em: EntityManager, progress: SeedProgress = () => undefined): Promise<void> {
  const regions = demoRegions();
  const steps = 6;
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

    await tx.insertMany(JudicialOffice, demoOffices().map((o) => ({
      id: o.id, township: o.townshipId, name: o.name, phone: o.phone, address: o.address, createdAt: new Date(),
    })));
    await tx.insertMany(Provider, DEMO_PROVIDERS.map((p) => ({
      id: p.id, county: COUNTY_ID, kind: p.kind as ProviderKind, name: p.name, phone: p.phone, address: p.address, demo: true, createdAt: new Date(),
    })));
    const roster = demoRoster();
    await tx.insertMany(LegalAdviser, roster.map((a) => ({
      id: a.id, county: COUNTY_ID, provider: a.providerId, name: a.name, gender: a.gender as Gender, phone: a.phone,
      profession: a.profession as Profession, licenceNo: a.licenceNo, serviceScope: a.serviceScope, status: AdviserStatus.ACTIVE,
      demo: true, version: 1, createdAt: new Date(),
    })));
    // The roster's history starts with each adviser joining, carrying their details as they joined.
    await tx.insertMany(RosterEvent, roster.map((a, i) => ({
      id: fixedId('rosterEvent', i + 1), adviser: a.id, kind: RosterEventKind.JOINED, effectiveOn: a.joinedOn,
      reason: '县司法局结对部署，纳入名册', at: new Date(Date.parse(`${a.joinedOn}T09:00:00+08:00`) + i * 1000),
      changes: { name: a.name, gender: a.gender, phone: a.phone, profession: a.profession, licenceNo: a.licenceNo,
        providerId: a.providerId, serviceScope: a.serviceScope },
    })));
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

    const committees = demoCommittees();
    await tx.insertMany(MediationCommittee, committees.map((c) => ({
      id: c.id, village: c.villageId, name: c.name, fixedOffice: c.fixedOffice, mediationRoom: c.mediationRoom,
      noticeBoardPosted: c.noticeBoardPosted, version: 1, updatedAt: new Date(),
    })));
    await tx.insertMany(CommitteeMember, committees.flatMap((c) => c.members.map((m) => ({
      id: m.id, committee: c.id, name: m.name, role: m.role as CommitteeRole, phone: m.phone,
    }))));
    progress('committees', 4, steps);

    await tx.insertMany(Pairing, demoPairings().map((p) => ({
      id: p.id, adviser: p.adviserId, village: p.villageId, validFrom: p.validFrom, validTo: p.validTo,
      deputyDirector: p.deputyDirector, createdBy: DEMO_ACCOUNTS[0]!.id, createdAt: new Date(`${p.validFrom}T09:00:00+08:00`),
    })));
    progress('pairings', 5, steps);
  });
  progress('done', steps, steps);
}
