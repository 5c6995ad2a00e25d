import { describe, expect, it } from '@jest/globals';
import { DriverException, OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { AppError } from './app-error.js';
import { conflictsAsErrors, isServiceUnavailable } from './db-errors.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isServiceUnavailable', () => {
  it.each([
    ['the server shutting down (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['the server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', pgError('08006')],
    ['too many connections (53300)', pgError('53300')],
    ['a statement timeout (57014)', pgError('57014', 'canceling statement due to statement timeout')],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['both addresses of localhost refused', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
    ['the pool’s acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a connection that broke mid-query', new Error('Connection terminated unexpectedly')],
    ['a driver exception wrapping one', new DriverException(pgError('57P01'))],
    ['a GraphQL error whose original is one', new GraphQLError('x', { originalError: pgError('08001') })],
    ['an error caused by one', new Error('outer', { cause: pgError('ECONNRESET') })],
  ])('is true for %s', (_what, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a missing table', pgError('42P01')],
    ['a raised exception', pgError('P0001', 'Connection terminated')],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('is false for %s', (_what, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });
});

describe('conflictsAsErrors', () => {
  const refused = (code: string, constraint?: string) => () => Promise.reject(Object.assign(new Error('x'), { code, constraint }));
  const extensionsOf = async (write: () => Promise<unknown>, messages?: Record<string, { message: string; field?: string }>) =>
    conflictsAsErrors(write, messages).then(
      () => undefined,
      (e: AppError) => e.extensions,
    );

  it('says the reason of each known constraint, with the field its messages name', async () => {
    expect(
      await extensionsOf(refused('23505', 'legal_adviser_licence_no_unique'), {
        legal_adviser_licence_no_unique: { message: 'taken', field: 'licenceNo' },
      }),
    ).toEqual({
      code: 'CONFLICT',
      field: 'licenceNo',
      reason: 'LICENCE_NO_TAKEN',
    });
    expect(await extensionsOf(refused('23P01', 'pairing_one_adviser_per_village_per_day'))).toEqual({
      code: 'CONFLICT',
      reason: 'VILLAGE_ALREADY_PAIRED',
    });
    expect(await extensionsOf(refused('23505', 'monthly_report_adviser_month_unique'))).toMatchObject({ reason: 'REPORT_EXISTS' });
  });

  it('says the kind of conflict for a constraint without a reason of its own', async () => {
    expect(await extensionsOf(refused('23505', 'some_new_unique'))).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect(await extensionsOf(refused('23P01'))).toEqual({ code: 'CONFLICT', reason: 'OVERLAP' });
    expect(await extensionsOf(refused('40P01'))).toEqual({ code: 'CONFLICT', reason: 'CONCURRENT_WRITE' });
    expect(await extensionsOf(refused('40001'))).toEqual({ code: 'CONFLICT', reason: 'CONCURRENT_WRITE' });
  });

  it('answers a lost optimistic lock as STALE_VERSION and rethrows anything else', async () => {
    expect(await extensionsOf(() => Promise.reject(OptimisticLockError.lockFailed('x')))).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    await expect(conflictsAsErrors(refused('42P01'))).rejects.toMatchObject({ code: '42P01' });
  });
});
