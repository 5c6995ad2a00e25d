// Money in integer fen (分), never floating point: how a case subsidy is split between advisers, how an assessment
// grade's factor scales an amount, and sums that stay exact. The statements, the payment sheet and the database must
// agree to the fen, so every rounding rule lives here once.

/** Throws unless `fen` is a whole, non-negative amount that JavaScript holds exactly. */
export function assertFen(fen: number, what = 'amount'): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`${what} must be a whole, non-negative number of fen`);
}

/**
 * Splits `totalFen` equally between the advisers of a case. Each gets the floor of the equal share; the fen left over
 * go to the lead adviser when one is named, else to the first adviser by id, so the parts always add up to the total
 * and the result does not depend on the order the ids arrive in.
 */
export function splitFen(totalFen: number, adviserIds: readonly string[], leadId?: string | null): Map<string, number> {
  assertFen(totalFen, 'totalFen');
  const ids = [...new Set(adviserIds)].sort();
  if (ids.length === 0) throw new RangeError('a split needs at least one adviser');
  if (leadId != null && !ids.includes(leadId)) throw new RangeError('the lead adviser must be one of the advisers');
  const share = Math.floor(totalFen / ids.length);
  const remainder = totalFen - share * ids.length;
  const receiver = leadId ?? ids[0]!;
  return new Map(ids.map((id) => [id, id === receiver ? share + remainder : share]));
}

/**
 * `fen` × `factor`, rounded half up to the fen. The factor is a decimal string (`'0.8'`, `'1'`, `'0.75'`) so that it is
 * applied exactly: 0.8 as a binary float would make 1,005 fen × 0.8 come out a fen short.
 */
export function applyFactor(fen: number, factor: string): number {
  assertFen(fen);
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(factor.trim());
  if (!match) throw new RangeError(`factor ${JSON.stringify(factor)} must be a non-negative decimal with at most six places`);
  const places = match[2]?.length ?? 0;
  const scaled = BigInt(`${match[1]}${match[2] ?? ''}`);
  const unit = 10n ** BigInt(places);
  const product = BigInt(fen) * scaled;
  // Half up on non-negative numbers: add half the unit, then divide down.
  const rounded = (product * 2n + unit) / (2n * unit);
  const result = Number(rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError('the amount is too large');
  return result;
}

/** The exact sum of amounts in fen; throws rather than lose a fen past 2^53. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0n;
  for (const fen of amounts) {
    if (!Number.isSafeInteger(fen)) throw new RangeError('every amount must be a whole number of fen');
    total += BigInt(fen);
  }
  const result = Number(total);
  if (!Number.isSafeInteger(result)) throw new RangeError('the sum is too large to hold exactly');
  return result;
}
