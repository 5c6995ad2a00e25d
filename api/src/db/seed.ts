import type { EntityManager } from '@mikro-orm/postgresql';
import {
  COUNTY_ID,
  DEMO_ACCOUNTS,
  fixedId,
  DEMO_PASSWORD,
  DEMO_PROVIDERS,
  demoCases,
  demoCasePersons,
  demoCommittees,
  demoOffices,
  demoPairings,
  demoRegions,
  demoRoster,
  type SeedCase,
  WENSHUI_FILING,
  WENSHUI_ID,
  WENSHUI_PROVIDER,
  wenshuiCases,
  wenshuiOffices,
  wenshuiPairings,
  wenshuiRegions,
  wenshuiRoster,
} from '@fengqiao/seeds';
import { hashPassword } from '../common/auth/password.js';
import type { DataSecrets } from './migration-secrets.js';
import { idNumberLookupColumns } from '../common/validation/id-number.js';
import { maskIdNumber } from '../common/validation/mask.js';
import { Agreement } from '../modules/mediation-case/agreement.entity.js';
import { CaseAdviser } from '../modules/mediation-case/case-adviser.entity.js';
import { CaseNumberCounter } from '../modules/mediation-case/case-number.entity.js';
import { CaseParty } from '../modules/mediation-case/case-party.entity.js';
import type {
  AgreementForm,
  CaseLevel,
  CaseSource,
  CaseStatus,
  CaseTier,
  ClosureReason,
  DisputeType,
  PartyRole,
  Performance,
  ReferrerKind,
  ReviewStatus,
  SessionMode,
} from '../modules/mediation-case/case.enums.js';
import { SEALED, formatCaseNo } from '../modules/mediation-case/case.service.js';
import { MediationCase } from '../modules/mediation-case/mediation-case.entity.js';
import { MediationSession } from '../modules/mediation-case/mediation-session.entity.js';
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
import { regionCodeProblem } from '../modules/region/region-code.js';
import type { RegionLevel, Terrain, TownshipKind, VillageKind } from '../modules/region/region.enums.js';
import { User } from '../modules/user/user.entity.js';
import { RosterFiling, type FiledAdviserRecord } from '../modules/roster/roster-filing.entity.js';
import { diffFilings } from '../modules/roster/filing-diff.js';
import { seedTrainingsAndMeetings } from '../modules/training/training.seed.js';
import { seedWorkLogs } from '../modules/work-log/work-log.seed.js';
import { seedSubsidies } from '../modules/subsidy/subsidy.seed.js';
import { seedAssessmentRecords } from '../modules/assessment/assessment.seed.js';
import { ReturnVisit } from '../modules/mediation-case/return-visit.entity.js';
import { now } from '../common/clock.js';

export type SeedProgress = (step: string, done: number, total: number) => void;

/** True when the database holds no region yet: `npm start` seeds only then. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Region, {})) === 0;
}

/**
 * Writes the demo county in one transaction: 山西省 > 吕梁市 > 交城县 > ten townships > generated villages, their judicial offices,
 * providers and the adviser roster with its history, village committees, pairings (a few villages left uncovered)
 * and the demo accounts.
 */
export async function seedDemoCounty(em: EntityManager, secrets: DataSecrets, progress: SeedProgress = () => undefined): Promise<void> {
  // 交城县 first, then 文水县, the second and smaller county of 吕梁市 (its parent, the city, comes before it).
  const regions = [...demoRegions(), ...wenshuiRegions()];
  const steps = 7;
  // Whatever depends on the day (this quarter's subsidies, this year's assessment) follows the server's clock.
  const at = now();
  // insertMany writes rows as given, parents before children, in one statement per table.
  await em.transactional(async (tx) => {
    const paths = new Map<string, string>();
    const byId = new Map(regions.map((r) => [r.id, r]));
    await tx.insertMany(
      Region,
      regions.map((r) => {
        const path = childPath(r.parentId ? paths.get(r.parentId)! : null, r.id);
        paths.set(r.id, path);
        // The database checks each code's form; whether it lies under its parent's is asked where regions are made.
        const parent = r.parentId ? byId.get(r.parentId)! : null;
        const problem = regionCodeProblem(r.level as RegionLevel, r.code, parent && { level: parent.level as RegionLevel, code: parent.code });
        if (problem) throw new Error(`demo region ${r.name} ${r.code}: ${problem}`);
        return {
          id: r.id,
          parent: r.parentId,
          level: r.level as RegionLevel,
          name: r.name,
          code: r.code,
          path,
          terrain: r.terrain as Terrain | null,
          kind: r.kind as VillageKind | null,
          townshipKind: r.townshipKind as TownshipKind | null,
          urbanRuralCode: r.urbanRuralCode,
          demo: r.demo,
          createdAt: new Date(),
        };
      }),
    );
    progress('regions', 1, steps);

    await tx.insertMany(
      JudicialOffice,
      [...demoOffices(), ...wenshuiOffices()].map((o) => ({
        id: o.id,
        township: o.townshipId,
        name: o.name,
        phone: o.phone,
        address: o.address,
        createdAt: new Date(),
      })),
    );
    await tx.insertMany(
      Provider,
      DEMO_PROVIDERS.map((p) => ({
        id: p.id,
        county: COUNTY_ID,
        kind: p.kind as ProviderKind,
        name: p.name,
        phone: p.phone,
        address: p.address,
        demo: true,
        createdAt: new Date(),
      })),
    );
    await tx.insertMany(Provider, [
      { ...WENSHUI_PROVIDER, county: WENSHUI_ID, kind: WENSHUI_PROVIDER.kind as ProviderKind, demo: true, createdAt: new Date() },
    ]);
    const wenshui = new Set(wenshuiRoster().map((a) => a.id));
    const roster = [...demoRoster(), ...wenshuiRoster()];
    await tx.insertMany(
      LegalAdviser,
      roster.map((a) => ({
        id: a.id,
        county: wenshui.has(a.id) ? WENSHUI_ID : COUNTY_ID,
        provider: a.providerId,
        name: a.name,
        gender: a.gender as Gender,
        phone: a.phone,
        profession: a.profession as Profession,
        licenceNo: a.licenceNo,
        serviceScope: a.serviceScope,
        status: AdviserStatus.ACTIVE,
        demo: true,
        version: 1,
        createdAt: new Date(),
      })),
    );
    // The roster's history starts with each adviser joining, carrying their details as they joined.
    await tx.insertMany(
      RosterEvent,
      roster.map((a, i) => ({
        id: fixedId('rosterEvent', i + 1),
        adviser: a.id,
        kind: RosterEventKind.JOINED,
        effectiveOn: a.joinedOn,
        reason: '县司法局结对部署，纳入名册',
        at: new Date(Date.parse(`${a.joinedOn}T09:00:00+08:00`) + i * 1000),
        changes: {
          name: a.name,
          gender: a.gender,
          phone: a.phone,
          profession: a.profession,
          licenceNo: a.licenceNo,
          providerId: a.providerId,
          serviceScope: a.serviceScope,
        },
      })),
    );
    await tx.insertMany(
      Person,
      [...demoCasePersons(at), ...wenshuiCases().flatMap((c) => c.parties.map((p) => p.person))].map((p) => ({
        id: p.id,
        name: p.name,
        phone: p.phone,
        demo: true,
        createdAt: new Date(),
        addressSealed: secrets.cipher.seal(p.address, SEALED.address(p.id)),
        idNumberSealed: secrets.cipher.seal(p.idNumber, SEALED.idNumber(p.id)),
        ...idNumberLookupColumns(p.idNumber, secrets.lookupKey),
        idNumberMasked: maskIdNumber(p.idNumber),
      })),
    );
    progress('advisers and people', 2, steps);

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await tx.insertMany(
      User,
      DEMO_ACCOUNTS.map((u) => ({
        id: u.id,
        username: u.username,
        passwordHash,
        role: u.role as Role,
        displayName: u.displayName,
        scopeRegion: u.scopeRegionId,
        adviser: u.adviserId,
        person: u.personId,
        verifiedPhone: u.verifiedPhone,
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    );
    progress('accounts', 3, steps);

    const committees = demoCommittees();
    await tx.insertMany(
      MediationCommittee,
      committees.map((c) => ({
        id: c.id,
        village: c.villageId,
        name: c.name,
        fixedOffice: c.fixedOffice,
        mediationRoom: c.mediationRoom,
        noticeBoardPosted: c.noticeBoardPosted,
        version: 1,
        updatedAt: new Date(),
      })),
    );
    await tx.insertMany(
      CommitteeMember,
      committees.flatMap((c) =>
        c.members.map((m) => ({
          id: m.id,
          committee: c.id,
          name: m.name,
          role: m.role as CommitteeRole,
          phone: m.phone,
        })),
      ),
    );
    progress('committees', 4, steps);

    const wenshuiBureau = DEMO_ACCOUNTS.find((a) => a.username === 'bureau.wenshui')!.id;
    await tx.insertMany(
      Pairing,
      [...demoPairings(), ...wenshuiPairings()].map((p) => ({
        id: p.id,
        adviser: p.adviserId,
        village: p.villageId,
        validFrom: p.validFrom,
        validTo: p.validTo,
        deputyDirector: p.deputyDirector,
        createdBy: wenshui.has(p.adviserId) ? wenshuiBureau : DEMO_ACCOUNTS[0]!.id,
        createdAt: new Date(`${p.validFrom}T09:00:00+08:00`),
      })),
    );
    progress('pairings', 5, steps);

    await seedCases(tx, secrets, demoCases(at), { id: COUNTY_ID, name: '交城县', bureau: DEMO_ACCOUNTS[0]!.id });
    await seedCases(tx, secrets, wenshuiCases(), { id: WENSHUI_ID, name: '文水县', bureau: wenshuiBureau });
    await seedWenshuiFiling(tx, wenshuiBureau);
    progress('mediation cases', 6, steps);

    await seedTrainingsAndMeetings(tx);
    await seedWorkLogs(tx, at);
    await seedAssessmentRecords(tx, at);
    await seedSubsidies(tx, at);
  });
  progress('done', steps, steps);
}

/** The demo cases, their parties, advisers, sessions and agreements, with confidential text sealed as the API seals it. */
async function seedCases(
  tx: EntityManager,
  { cipher }: DataSecrets,
  cases: SeedCase[],
  county: { id: string; name: string; bureau: string },
): Promise<void> {
  const regions = new Map([...demoRegions(), ...wenshuiRegions()].map((r) => [r.id, r]));
  const now = new Date();
  await tx.insertMany(
    MediationCase,
    cases.map((c) => {
      const township = regions.get(c.villageId)!.parentId!;
      return {
        id: c.id,
        county: county.id,
        township,
        village: c.villageId,
        year: c.year,
        seq: c.seq,
        caseNo: formatCaseNo(county.name, c.year, c.seq),
        source: c.source as CaseSource,
        referrerKind: c.referrerKind as ReferrerKind | null,
        referrerName: c.referrerName,
        disputeType: c.disputeType as DisputeType,
        amountFen: c.amountFen,
        tier: c.tier as CaseTier,
        status: c.status as CaseStatus,
        level: c.level as CaseLevel,
        resolvedLevel: c.resolvedLevel as CaseLevel | null,
        receivedOn: c.receivedOn,
        acceptedOn: c.acceptedOn,
        closedOn: c.closedOn,
        closureReason: c.closureReason as ClosureReason | null,
        summarySealed: cipher.seal(c.summary, SEALED.summary(c.id)),
        createdBy: county.bureau,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  await tx.insertMany(
    CaseParty,
    cases.flatMap((c) => c.parties.map((p) => ({ id: p.id, case: c.id, person: p.personId, role: p.role as PartyRole }))),
  );
  await tx.insertMany(
    CaseAdviser,
    cases.flatMap((c) =>
      c.adviserIds.map((a, i) => ({
        // Numbered by the case's own id number, so the two counties' case numbers (both from 1) never meet.
        id: fixedId('caseAdviser', Number.parseInt(c.id.slice(-12), 16) * 10 + i),
        case: c.id,
        adviser: a,
      })),
    ),
  );
  const sessions = cases.flatMap((c) => c.sessions.map((s) => ({ ...s, caseId: c.id })));
  if (sessions.length) {
    await tx.insertMany(
      MediationSession,
      sessions.map((s) => ({
        id: s.id,
        case: s.caseId,
        at: new Date(s.at),
        place: s.place,
        mode: s.mode as SessionMode,
        participants: s.participants,
        recordSealed: cipher.seal(s.record, SEALED.sessionRecord(s.id)),
        createdAt: now,
      })),
    );
  }
  await tx.insertMany(
    Agreement,
    cases
      .filter((c) => c.agreement)
      .map((c) => {
        const a = c.agreement!;
        return {
          id: a.id,
          case: c.id,
          form: a.form as AgreementForm,
          contentSealed: cipher.seal(a.content, SEALED.agreementContent(a.id)),
          amountFen: a.amountFen,
          signedAt: a.signedAt,
          reviewStatus: a.reviewStatus as ReviewStatus,
          performance: a.performance as Performance,
          version: 1,
          createdAt: now,
        };
      }),
  );
  const visits = cases.filter((c) => c.returnVisit);
  if (visits.length) {
    await tx.insertMany(
      ReturnVisit,
      visits.map((c) => ({
        id: c.returnVisit!.id,
        case: c.id,
        visitedOn: c.returnVisit!.visitedOn,
        carriedOut: true,
        performance: c.returnVisit!.performance as Performance,
        recordedBy: DEMO_ACCOUNTS[0]!.id,
        createdAt: now,
      })),
    );
  }
  const lastByYear = new Map<number, number>();
  for (const c of cases) lastByYear.set(c.year, Math.max(lastByYear.get(c.year) ?? 0, c.seq));
  await tx.insertMany(
    CaseNumberCounter,
    [...lastByYear].map(([year, last]) => ({ county: county.id, year, last })),
  );
}

/** 文水县's first roster filing, every adviser as they joined with the villages of their pairings: the city's inbox is not empty. */
async function seedWenshuiFiling(tx: EntityManager, filedBy: string): Promise<void> {
  const villages = new Map(wenshuiRegions().map((r) => [r.id, r]));
  const pairings = wenshuiPairings();
  const snapshot: FiledAdviserRecord[] = wenshuiRoster().map((a) => ({
    adviserId: a.id,
    name: a.name,
    gender: a.gender,
    phone: a.phone,
    profession: a.profession,
    licenceNo: a.licenceNo,
    providerId: a.providerId,
    provider: WENSHUI_PROVIDER.name,
    serviceScope: a.serviceScope,
    joinedOn: a.joinedOn,
    villages: pairings
      .filter((p) => p.adviserId === a.id)
      .map((p) => {
        const v = villages.get(p.villageId)!;
        return { id: v.id, name: v.name, township: villages.get(v.parentId!)!.name };
      }),
  }));
  await tx.insertMany(RosterFiling, [
    {
      id: WENSHUI_FILING.id,
      county: WENSHUI_ID,
      number: WENSHUI_FILING.number,
      asOf: WENSHUI_FILING.asOf,
      snapshot,
      diff: diffFilings(null, snapshot),
      filedBy,
      filedAt: new Date(WENSHUI_FILING.filedAt),
    },
  ]);
}
