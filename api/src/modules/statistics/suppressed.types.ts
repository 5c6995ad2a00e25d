import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../common/access/role.js';
import { WithParent } from '../../common/access/rules.js';
import { SMALL_CELL_THRESHOLD, Suppression } from '../../common/access/suppression.js';
import { AppError } from '../../common/errors/app-error.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { calendarYear } from '../../common/validation/calendar.js';
import type { Context } from '../../context.js';

registerEnumType(Suppression, {
  name: 'Suppression',
  description: `Why an analyst's count is withheld: small-cell suppression (every other role sees exact counts)`,
  valuesConfig: {
    SMALL: { description: `1 to ${SMALL_CELL_THRESHOLD - 1}: never published, shown "<${SMALL_CELL_THRESHOLD}"` },
    COMPLEMENTARY: { description: 'Withheld (shown "x") so that no published total or other count lets a SMALL one be worked out' },
  },
});

/**
 * The period an analyst's statistics are asked for: a calendar month, quarter or year, never an arbitrary range (two
 * overlapping ranges would let a single case be found by difference).
 */
export enum StatisticsPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(StatisticsPeriodKind, {
  name: 'StatisticsPeriodKind',
  description: 'A fixed statistics period: month, quarter or year',
  valuesConfig: {
    MONTH: { description: 'A calendar month (number 1–12)' },
    QUARTER: { description: 'A calendar quarter (number 1–4)' },
    YEAR: { description: 'A calendar year (no number)' },
  },
});

@WithParent()
@ObjectType({
  description:
    'A count as published to you. Exact for the bureau and offices. For an ANALYST a count of 1 or 2 is withheld (value null, suppressed SMALL, display "<3"), and so are as many others as it takes (suppressed COMPLEMENTARY, display "x") that no published total gives a withheld one away; 0 is published',
})
export class CountCell {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld' })
  value!: number | null;

  @Field(() => Suppression, { nullable: true, description: 'Why it is withheld; null when published' })
  suppressed!: Suppression | null;

  @Field({ description: 'What to show: the number, "<3" (SMALL) or "x" (COMPLEMENTARY)' })
  display!: string;
}

@InputType({ description: 'A fixed period: a calendar month, quarter or year (Asia/Shanghai calendar)' })
export class StatisticsPeriodInput {
  @Field(() => StatisticsPeriodKind, { description: 'MONTH, QUARTER or YEAR' })
  kind!: StatisticsPeriodKind;

  @Field(() => Int, { description: 'The year' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month (1–12) or the quarter (1–4); none for a YEAR' })
  number?: number | null;
}

@WithParent()
@ObjectType({ description: 'The fixed period counted' })
export class StatisticsPeriod {
  @Field(() => StatisticsPeriodKind, { description: 'MONTH, QUARTER or YEAR' })
  kind!: StatisticsPeriodKind;

  @Field(() => Int, { description: 'The year' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month (1–12) or quarter (1–4); null for a YEAR' })
  number!: number | null;

  @Field(() => DateScalar, { description: 'Its first day' })
  from!: string;

  @Field(() => DateScalar, { description: 'Its last day' })
  to!: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dates of a fixed period, or BAD_USER_INPUT naming `period.year` or `period.number`. */
export function resolvePeriod(input: StatisticsPeriodInput, field = 'period'): StatisticsPeriod {
  const year = calendarYear(`${field}.year`, input.year);
  const number = input.number ?? null;
  const months = (first: number, last: number) => ({ from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` });
  const within = (max: number) => {
    if (number === null || !Number.isInteger(number) || number < 1 || number > max) {
      throw AppError.badInput(`${field}.number`, `must be a whole number from 1 to ${max} for a ${input.kind}`);
    }
    return number;
  };
  switch (input.kind) {
    case StatisticsPeriodKind.YEAR:
      if (number !== null) throw AppError.badInput(`${field}.number`, 'must be left out for a YEAR');
      return { kind: input.kind, year, number, ...months(1, 12) };
    case StatisticsPeriodKind.QUARTER: {
      const q = within(4);
      return { kind: input.kind, year, number: q, ...months(q * 3 - 2, q * 3) };
    }
    case StatisticsPeriodKind.MONTH: {
      const m = within(12);
      return { kind: input.kind, year, number: m, ...months(m, m) };
    }
    default:
      throw AppError.badInput(`${field}.kind`, 'must be MONTH, QUARTER or YEAR');
  }
}

/** Whether the viewer's counts are suppressed: an ANALYST's always, nobody else's. */
export function suppressesFor(ctx: Context): boolean {
  return ctx.viewer?.role === Role.ANALYST;
}
