import { enumLabel } from '@fengqiao/labels';
import { onFirstUse } from '../../common/on-first-use.js';
import { isId } from '../../common/graphql/ids.js';
import { today } from '../../common/graphql/dates.js';
import { storageFor } from '../../common/storage/storage.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { MAX_PHOTO_PIXELS, pdfEmbeddablePhoto } from '../attachment/upload-content.js';
import { JudicialOffice } from '../office/judicial-office.entity.js';
import { PairingService } from '../pairing/pairing.service.js';
import type { Region } from '../region/region.entity.js';
import { Terrain } from '../region/region.enums.js';
import { readSettings } from '../setting/setting.service.js';
import { VillageService } from '../village/village.service.js';
import { NoticeBoardError } from './notice-board.error.js';
import { NoticeBoardPolicy } from './notice-board.policy.js';

const sharp = onFirstUse<typeof import('sharp').default>('sharp');

/** Everything printed on one village's notice board (公示牌). */
export interface NoticeBoard {
  date: string;
  county: string;
  township: string;
  village: { id: string; name: string; code: string };
  adviser: { id: string; name: string; profession: string; provider: string | null; phone: string; serviceScope: string };
  /** 线上/线下: mountain townships are served online first, plain ones also on site on demand (the county's plan). */
  serviceMode: string;
  /** A Uint8Array once it has crossed into the document worker: the renderer wraps it for pdfkit. */
  photo: { bytes: Uint8Array; mime: string } | null;
  office: { name: string; phone: string } | null;
  qrUrl: string;
}

/** Where a village sits, by name, as a board or a public page names it. */
export interface VillagePlace {
  county: string;
  township: string;
  village: { id: string; name: string; code: string };
}

/** A page of a township's boards: the village's board, or a page saying it has no adviser yet and whom to call. */
export type NoticeBoardPage =
  | { kind: 'board'; board: NoticeBoard }
  | ({ kind: 'uncovered'; date: string; office: { name: string; phone: string } | null; qrUrl: string } & VillagePlace);

/** All the boards of a township, one page per village in service, for printing at once. */
export interface TownshipNoticeBoards {
  township: string;
  county: string;
  date: string;
  pages: NoticeBoardPage[];
}

/**
 * What a village's public page (`/v/<code>`) shows: its board without the photo's bytes (served on their own), or,
 * without an adviser in service, the township judicial office to turn to; for a retired (撤并) village, when and
 * into which village it merged.
 */
export type PublicVillagePage =
  | { kind: 'covered'; board: Omit<NoticeBoard, 'photo' | 'qrUrl'>; hasPhoto: boolean }
  | ({ kind: 'uncovered'; office: { name: string; phone: string; address: string | null } | null } & VillagePlace)
  | ({
      kind: 'retired';
      retiredOn: string;
      mergedInto: { name: string; code: string; township: string } | null;
      office: { name: string; phone: string; address: string | null } | null;
    } & VillagePlace);

/** Fills a QR URL template; a path is put on the installation's public base URL. */
export function fillQrUrl(template: string, base: string, values: { villageCode: string; villageId: string; adviserId: string }): string {
  const filled = template
    .replaceAll('{villageCode}', encodeURIComponent(values.villageCode))
    .replaceAll('{adviserId}', encodeURIComponent(values.adviserId))
    .replaceAll('{villageId}', encodeURIComponent(values.villageId));
  return filled.startsWith('/') ? `${base.replace(/\/+$/, '')}${filled}` : filled;
}

/** The public page of a village on this installation. */
export function publicPageUrl(base: string, villageCode: string): string {
  return fillQrUrl('/v/{villageCode}', base, { villageCode, villageId: '', adviserId: '' });
}

export class NoticeBoardService {
  constructor(
    private readonly ctx: Context,
    /**
     * The origin of the request (`https://host`): the base of QR URLs that are paths when PUBLIC_BASE_URL is unset.
     */
    private readonly requestOrigin = '',
  ) {}

  /** The installation's public base URL: PUBLIC_BASE_URL, else the request's origin. */
  get publicBase(): string {
    return this.ctx.app.config.publicBaseUrl ?? this.requestOrigin;
  }

  /**
   * The board of a village in the viewer's jurisdiction: the same scope as `village(id)` in GraphQL, so another
   * township's village is "not found" exactly as a missing one is.
   */
  async forVillage(villageId: string): Promise<NoticeBoard> {
    const village = await new VillageService(this.ctx).byId(villageId);
    if (!village) throw NoticeBoardError.notFound();
    const found = await this.boardOf(village, { photo: true });
    if (found.kind === 'noAdviser') throw NoticeBoardError.noAdviser(village.name);
    if (found.kind === 'inactive') throw NoticeBoardError.adviserNotActive(village.name, found.adviser, found.status);
    return found.board;
  }

  /**
   * Every board of a township in the viewer's jurisdiction, one page per village in service (code order): a village
   * without an adviser in service gets a page saying so, with the judicial office to call, so that the office sees
   * the gap and the village's wall still says where to turn.
   */
  async forTownship(townshipId: string): Promise<TownshipNoticeBoards> {
    const found = isId(townshipId) ? await new NoticeBoardPolicy(this.ctx).townshipVillages(townshipId) : null;
    if (!found) throw NoticeBoardError.townshipNotFound();
    const { township, villages } = found;
    const [county, office, settings] = await Promise.all([
      township.parent ? township.parent.load() : null,
      this.ctx.em.findOne(JudicialOffice, { township: township.id }),
      readSettings(this.ctx.em, township.id),
    ]);
    const pages: NoticeBoardPage[] = [];
    // All together, so that the villages' pairings are read in one statement (the pairing loader batches them).
    const boards = await Promise.all(villages.map((v) => this.boardOf(v, { photo: true, township, county: county ?? null, office, settings })));
    villages.forEach((village, i) => {
      const found = boards[i]!;
      if (found.kind === 'board') pages.push({ kind: 'board', board: found.board });
      else {
        pages.push({
          kind: 'uncovered',
          date: today(),
          county: county?.name ?? '',
          township: township.name,
          village: { id: village.id, name: village.name, code: village.code },
          office: office ? { name: office.name, phone: office.phone } : null,
          // No adviser to name: the village's public page, which shows the office to turn to.
          qrUrl: settings.noticeBoardQrUrl.includes('{adviserId}')
            ? publicPageUrl(this.publicBase, village.code)
            : fillQrUrl(settings.noticeBoardQrUrl, this.publicBase, { villageCode: village.code, villageId: village.id, adviserId: '' }),
        });
      }
    });
    return { township: township.name, county: county?.name ?? '', date: today(), pages };
  }

  /**
   * A village's public page by its region code, for anyone: what its board shows and nothing more (no ID number, no
   * case), through the same board as the PDF. Null for a code that names no village.
   */
  async publicPage(code: string): Promise<PublicVillagePage | null> {
    const village = await new NoticeBoardPolicy(this.ctx).publicVillage(code);
    if (!village) return null;
    const township = (await village.parent!.loadOrFail()) as Region;
    const [county, office] = await Promise.all([
      township.parent ? township.parent.load() : null,
      this.ctx.em.findOne(JudicialOffice, { township: township.id }),
    ]);
    const place: VillagePlace = {
      county: county?.name ?? '',
      township: township.name,
      village: { id: village.id, name: village.name, code: village.code },
    };
    const officeContact = office ? { name: office.name, phone: office.phone, address: office.address ?? null } : null;
    if (village.retiredOn && village.retiredOn <= today()) {
      const merged = village.mergedInto ? ((await village.mergedInto.load()) ?? null) : null;
      const mergedTownship = merged?.parent ? await merged.parent.load() : null;
      return {
        kind: 'retired',
        ...place,
        retiredOn: village.retiredOn,
        mergedInto: merged ? { name: merged.name, code: merged.code, township: mergedTownship?.name ?? '' } : null,
        office: officeContact,
      };
    }
    const found = await this.boardOf(village, { photo: false, township, county: county ?? null, office });
    if (found.kind !== 'board') return { kind: 'uncovered', ...place, office: officeContact };
    const { photo: _photo, qrUrl: _qrUrl, ...board } = found.board;
    return { kind: 'covered', board, hasPhoto: found.hasPhoto };
  }

  /**
   * The photo on a village's public page: its adviser's notice-board portrait and nothing else, as a small JPEG
   * without metadata (no location, whatever the settings keep). Null when the page shows no photo.
   */
  async publicPhoto(code: string): Promise<Buffer | null> {
    const village = await new NoticeBoardPolicy(this.ctx).publicVillage(code);
    if (!village || (village.retiredOn && village.retiredOn <= today())) return null;
    const found = await this.boardOf(village, { photo: true });
    if (found.kind !== 'board' || !found.board.photo) return null;
    return sharp()(Buffer.from(found.board.photo.bytes), { limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ width: 360, height: 480, fit: 'cover', withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
  }

  /** The board of a village, or why it has none: no adviser today, or one not in service. */
  private async boardOf(
    village: Region,
    known: {
      photo: boolean;
      township?: Region;
      county?: Region | null;
      office?: JudicialOffice | null;
      settings?: Awaited<ReturnType<typeof readSettings>>;
    },
  ): Promise<
    { kind: 'board'; board: NoticeBoard; hasPhoto: boolean } | { kind: 'noAdviser' } | { kind: 'inactive'; adviser: string; status: string }
  > {
    const pairing = await new PairingService(this.ctx).currentByVillage().load(village.id);
    if (!pairing) return { kind: 'noAdviser' };
    const adviser = await pairing.adviser.loadOrFail();
    if (adviser.status !== AdviserStatus.ACTIVE) return { kind: 'inactive', adviser: adviser.name, status: adviser.status };

    const township = known.township ?? ((await village.parent!.loadOrFail()) as Region);
    const [county, provider, office, settings, photo] = await Promise.all([
      known.county !== undefined ? known.county : township.parent ? township.parent.load() : null,
      adviser.provider ? adviser.provider.load() : null,
      known.office !== undefined ? known.office : this.ctx.em.findOne(JudicialOffice, { township: township.id }),
      known.settings ?? readSettings(this.ctx.em, village.id),
      // Through the reference, so that a township's boards load their advisers' photos in one batch, not one each.
      known.photo && adviser.photo ? adviser.photo.load() : null,
    ]);
    const photoBytes = photo ? await storageFor(this.ctx.app.config).get(photo.storageKey) : null;
    // pdfkit embeds only JPEG and PNG: a WebP portrait (the bureau may upload one) is converted for printing.
    const printable = photo && photoBytes ? await pdfEmbeddablePhoto(photoBytes, photo.mime).catch(() => null) : null;
    const qrUrl = fillQrUrl(settings.noticeBoardQrUrl, this.publicBase, { villageCode: village.code, villageId: village.id, adviserId: adviser.id });

    const board: NoticeBoard = {
      date: today(),
      county: county?.name ?? '',
      township: township.name,
      village: { id: village.id, name: village.name, code: village.code },
      adviser: {
        id: adviser.id,
        name: adviser.name,
        profession: enumLabel('Profession', adviser.profession),
        provider: provider?.name ?? null,
        phone: adviser.phone,
        serviceScope: adviser.serviceScope,
      },
      serviceMode: township.terrain === Terrain.MOUNTAIN ? '线上+线下，以线上为主' : '线上+线下，按需到村服务',
      photo: printable,
      office: office ? { name: office.name, phone: office.phone } : null,
      qrUrl,
    };
    return { kind: 'board', board, hasPhoto: Boolean(adviser.photo) };
  }
}
