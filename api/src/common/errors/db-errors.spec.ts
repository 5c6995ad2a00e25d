import { describe, expect, it } from '@jest/globals';
import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { isServiceUnavailable } from './db-errors.js';

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
