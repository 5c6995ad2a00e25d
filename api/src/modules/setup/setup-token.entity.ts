import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { now } from '../../common/clock.js';

/**
 * The one-time token of a new installation's first run: at most one row, holding only the token's SHA-256, written
 * when the server starts on a database without accounts and deleted when setup completes.
 */
@Entity({ tableName: 'setup_token' })
@Check({ name: 'setup_token_single_row', expression: '"id" = 1' })
export class SetupToken {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number = 1;

  @Property({ length: 64 })
  tokenHash!: string;

  @Property({ columnType: 'timestamptz' })
  issuedAt: Date = now();
}
