import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { Roles } from '../../common/access/rules.js';
import type { Context } from '../../context.js';
import { RosterImportPreview, RosterImportResult } from './dto/import.types.js';
import { RosterImportService } from './roster-import.service.js';

@Resolver()
export class RosterImportResolver {
  @Mutation(() => RosterImportPreview, {
    description: 'Check a roster workbook uploaded to POST /api/uploads (template: GET /api/roster-import/template.xlsx); writes nothing',
  })
  @Roles(Role.BUREAU_ADMIN)
  previewRosterImport(
    @Arg('attachmentId', () => ID, { description: 'The workbook uploaded to POST /api/uploads' }) attachmentId: string,
    @Ctx() ctx: Context,
  ): Promise<RosterImportPreview> {
    return new RosterImportService(ctx).preview(attachmentId);
  }

  @Mutation(() => RosterImportResult, {
    description:
      'Write every adviser of a checked workbook in one transaction; any problem is BAD_USER_INPUT with extensions.problems, and nothing is written',
  })
  @Roles(Role.BUREAU_ADMIN)
  confirmRosterImport(
    @Arg('attachmentId', () => ID, { description: 'The workbook previewed' }) attachmentId: string,
    @Ctx() ctx: Context,
  ): Promise<RosterImportResult> {
    return new RosterImportService(ctx).confirm(attachmentId);
  }
}
