import { MutationObserver, onlineManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from './queryClient';

afterEach(() => onlineManager.setOnline(true));

describe('requests while the browser says it is offline', () => {
  it('are sent anyway (and fail or go to the outbox) instead of waiting for the signal with a spinner', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    const save = vi.fn(async () => ({ id: 'kept-on-device' }));
    await expect(new MutationObserver(client, { mutationFn: save }).mutate()).resolves.toEqual({ id: 'kept-on-device' });
    expect(save).toHaveBeenCalledTimes(1);
    const read = vi.fn(async () => {
      throw new Error('no network');
    });
    const observer = new QueryObserver(client, { queryKey: ['list'], queryFn: read, retry: false });
    const result = await observer.refetch();
    expect(read).toHaveBeenCalledTimes(1);
    expect(result.status).toBe('error');
  });
});
