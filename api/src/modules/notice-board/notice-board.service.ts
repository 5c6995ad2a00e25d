import { enumLabel } from '@fengqiao/labels';
import { today } from '../../common/graphql/dates.js';
import { storageFor } from '../../common/storage/storage.js';
import type { Context } from '../../context.js';
import { AdviserStatus } from '../adviser/adviser.enums.js';
import { Attachment } from '../attachment/attachment.entity.js';
import { pdfEmbeddablePhoto } from '../attachment/upload-content.js';
import { JudicialOffice } from '../office/judicial-office.entity.js';
import { PairingService } from '../pairing/pairing.service.js';
import type { Region } from '../region/region.entity.js';
import { Terrain } from '../region/region.enums.js';
import { readSettings } from '../setting/setting.service.js';
import { VillageService } from '../village/village.service.js';
import { NoticeBoardError } from './notice-board.error.js';

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

export class NoticeBoardService {
  constructor(private readonly ctx: Context) {}

  /**
   * The board of a village in the viewer's jurisdiction: the same scope as `village(id)` in GraphQL, so another
   * township's village is "not found" exactly as a missing one is.
   */
  async forVillage(villageId: string): Promise<NoticeBoard> {
    const village = await new VillageService(this.ctx).byId(villageId);
    if (!village) throw NoticeBoardError.notFound();
    const pairing = await new PairingService(this.ctx).currentByVillage().load(village.id);
    if (!pairing) throw NoticeBoardError.noAdviser(village.name);
    const adviser = await pairing.adviser.loadOrFail();
    if (adviser.status !== AdviserStatus.ACTIVE) throw NoticeBoardError.adviserNotActive(village.name, adviser.name, adviser.status);

    const township = (await village.parent!.loadOrFail()) as Region;
    const [county, provider, office, settings, photo] = await Promise.all([
      township.parent ? township.parent.load() : null,
      adviser.provider ? adviser.provider.load() : null,
      this.ctx.em.findOne(JudicialOffice, { township: township.id }),
      readSettings(this.ctx.em, village.id),
      adviser.photo ? this.ctx.em.findOne(Attachment, { id: adviser.photo.id }) : null,
    ]);
    const photoBytes = photo ? await storageFor(this.ctx.app.config).get(photo.storageKey) : null;
    // pdfkit embeds only JPEG and PNG: a WebP portrait (the bureau may upload one) is converted for printing.
    const printable = photo && photoBytes ? await pdfEmbeddablePhoto(photoBytes, photo.mime).catch(() => null) : null;
    const qrUrl = settings.noticeBoardQrUrl
      .replaceAll('{adviserId}', encodeURIComponent(adviser.id))
      .replaceAll('{villageId}', encodeURIComponent(village.id));

    return {
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
  }
}
