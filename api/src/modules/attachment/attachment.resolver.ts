import { Ctx, Query, Resolver } from 'type-graphql';
import { SignedIn } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { UploadLimits } from './upload-limits.type.js';
import { MAX_PHOTO_BYTES, MAX_SPREADSHEET_BYTES, MB, photoTypesFor } from './upload-rules.js';

@Resolver()
export class UploadResolver {
  @Query(() => UploadLimits, { description: 'The sizes, types and quota that POST /api/uploads applies to you' })
  @SignedIn()
  uploadLimits(@Ctx() ctx: Context): UploadLimits {
    const { bytesPerDay, uploadsPerHour } = ctx.app.config.uploadQuota;
    return {
      maxPhotoBytes: MAX_PHOTO_BYTES,
      maxSpreadsheetBytes: MAX_SPREADSHEET_BYTES,
      acceptedPhotoTypes: photoTypesFor(ctx.viewer!.role),
      uploadsPerHour,
      megabytesPerDay: Math.floor(bytesPerDay / MB),
    };
  }
}
