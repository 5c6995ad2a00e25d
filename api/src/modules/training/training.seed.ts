import type { EntityManager } from '@mikro-orm/postgresql';
import { COUNTY_ID, DEMO_ACCOUNTS, demoAnnualTraining, demoMeetings, demoVillageTrainings, fixedId } from '@fengqiao/seeds';
import { createHash } from 'node:crypto';
import { makePng } from '../../common/images/png.js';
import { newStorageKey, type Storage } from '../../common/storage/storage.js';
import { Attachment, OwnerType } from '../attachment/attachment.entity.js';
import { ActionItem, ConsultationMeeting, MeetingParticipant } from '../meeting/consultation-meeting.entity.js';
import type { ActionItemOwnerKind, ActionItemStatus, ParticipantKind } from '../meeting/meeting.enums.js';
import { Training, TrainingAttendance } from './training.entity.js';
import type { TrainingKind, TrainingMode, TrainingTopic } from './training.enums.js';

/** The demo trainings of 天宁镇, the annual training with its attendance, and two consultation meetings. */
export async function seedTrainingsAndMeetings(tx: EntityManager): Promise<void> {
  const bureau = DEMO_ACCOUNTS.find((a) => a.username === 'bureau')!.id;
  const trainings = [...demoVillageTrainings(), demoAnnualTraining()];
  await tx.insertMany(
    Training,
    trainings.map((t) => ({
      id: t.id,
      kind: t.kind as TrainingKind,
      county: COUNTY_ID,
      township: t.townshipId,
      village: t.villageId,
      adviser: t.adviserId,
      title: t.title,
      topics: t.topics as TrainingTopic[],
      at: new Date(t.at),
      year: t.year,
      quarter: t.quarter,
      venue: t.venue,
      mode: t.mode as TrainingMode,
      cadres: t.cadres,
      gridWorkers: t.gridWorkers,
      mediators: t.mediators,
      legalUnderstanding: t.legalUnderstanding,
      others: t.others,
      notes: t.notes,
      createdBy: bureau,
      createdAt: new Date(t.at),
    })),
  );
  let n = 0;
  await tx.insertMany(
    TrainingAttendance,
    trainings.flatMap((t) =>
      t.attendeeIds.map((adviser) => {
        n += 1;
        return { id: fixedId('trainingAttendance', n), training: t.id, adviser };
      }),
    ),
  );
  const meetings = demoMeetings();
  await tx.insertMany(
    ConsultationMeeting,
    meetings.map((m) => ({
      id: m.id,
      county: COUNTY_ID,
      title: m.title,
      at: new Date(m.at),
      venue: m.venue,
      agenda: m.agenda,
      minutes: m.minutes,
      decisions: m.decisions,
      createdBy: bureau,
      createdAt: new Date(m.at),
      updatedAt: new Date(m.at),
    })),
  );
  await tx.insertMany(
    MeetingParticipant,
    meetings.flatMap((m) =>
      m.participants.map((p) => ({
        id: p.id,
        meeting: m.id,
        kind: p.kind as ParticipantKind,
        name: p.name,
        office: p.kind === 'OFFICE' ? p.refId : null,
        provider: p.kind === 'PROVIDER' ? p.refId : null,
        village: p.kind === 'VILLAGE' ? p.refId : null,
      })),
    ),
  );
  await tx.insertMany(
    ActionItem,
    meetings.flatMap((m) =>
      m.actionItems.map((a) => ({
        id: a.id,
        meeting: m.id,
        title: a.title,
        ownerKind: a.ownerKind as ActionItemOwnerKind,
        ownerOffice: a.ownerOfficeId,
        ownerProvider: a.ownerProviderId,
        ownerName: a.ownerName,
        dueOn: a.dueOn,
        status: a.status as ActionItemStatus,
        doneAt: a.doneAt ? new Date(a.doneAt) : null,
        note: a.note,
        version: 1,
        createdAt: new Date(m.at),
      })),
    ),
  );
}

/** A 320×240 placeholder "photo": a pale frame, a darker band for a lectern and a row of heads. Generated, not a picture of anyone. */
export function placeholderPng(width = 320, height = 240): Buffer {
  return makePng(width, height, (x, y) => {
    const head = y > 150 && y < 190 && ((x % 40) - 20) ** 2 + (y - 170) ** 2 < 14 ** 2;
    const lectern = y > 60 && y < 120 && x > 130 && x < 190;
    return head ? [90, 90, 110] : lectern ? [150, 110, 80] : y < 50 ? [200, 60, 60] : [225, 225, 215];
  });
}

/**
 * Gives each seeded village training a placeholder photo: one file in storage, one Attachment row per training. Run by
 * `npm start` after seeding (the seed itself has no storage); skipped when the photos are there already.
 */
export async function seedDemoTrainingPhotos(em: EntityManager, storage: Storage): Promise<void> {
  const trainings = demoVillageTrainings();
  if (!trainings.length || (await em.count(Attachment, { id: fixedId('trainingPhoto', 1) }))) return;
  if ((await em.count(Training, { id: { $in: trainings.map((t) => t.id) } })) !== trainings.length) return;
  const bytes = placeholderPng();
  const key = newStorageKey('images');
  await storage.put(key, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const bureau = DEMO_ACCOUNTS.find((a) => a.username === 'bureau')!.id;
  await em.insertMany(
    Attachment,
    trainings.map((t, i) => ({
      id: fixedId('trainingPhoto', i + 1),
      ownerType: OwnerType.TRAINING,
      ownerId: t.id,
      mime: 'image/png',
      size: bytes.length,
      sha256,
      storageKey: key,
      uploadedBy: bureau,
      createdAt: new Date(t.at),
    })),
  );
}
