import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RecordContextProvider, SimpleForm, useRecordContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAs } from '../test/render';
import { DateInput, DateTimeInput, MonthInput } from './DatePickers';

/** The form's current values, for the test to read. */
const Values = () => {
  const { watch } = useFormContext();
  return <pre data-testid="values">{JSON.stringify(watch())}</pre>;
};

const hidden = (name: string) => document.querySelector(`input[name="${name}"]`) as HTMLInputElement;

const Form = () => {
  const record = useRecordContext();
  return (
    <SimpleForm record={record} toolbar={false}>
      <MonthInput source="month" label="月份" />
      <DateInput source="on" label="日期" />
      <DateTimeInput source="at" label="时间" />
      <Values />
    </SimpleForm>
  );
};

const renderForm = (locale: 'zh-CN' | 'en') =>
  renderAs(
    'OFFICE_STAFF',
    <RecordContextProvider value={{ id: 1, month: '2026-11', on: '2026-11-28', at: '2026-11-28T01:52:00.000Z' }}>
      <Form />
    </RecordContextProvider>,
    { locale },
  );

afterEach(() => vi.unstubAllGlobals());

describe('date, date-time and month inputs', () => {
  it('show Chinese formats in the Chinese console, whatever the browser’s locale', async () => {
    vi.stubGlobal('navigator', { ...navigator, language: 'en-US', languages: ['en-US'] });
    renderForm('zh-CN');
    await waitFor(() => expect(hidden('month').value).toBe('2026年11月'));
    expect(hidden('on').value).toBe('2026年11月28日');
    // 01:52 UTC is 09:52 in the test's zone (Asia/Shanghai).
    expect(hidden('at').value).toMatch(/^2026年11月28日 \d{2}:52$/);
  });

  it('show English formats in the English console', async () => {
    renderForm('en');
    await waitFor(() => expect(hidden('month').value).toBe('Nov 2026'));
    expect(hidden('on').value).toBe('28 Nov 2026');
  });

  it('keep the values the API speaks: YYYY-MM and YYYY-MM-DD', async () => {
    renderForm('zh-CN');
    await waitFor(() => expect(hidden('month').value).toBe('2026年11月'));
    fireEvent.change(hidden('month'), { target: { value: '2026年3月' } });
    fireEvent.change(hidden('on'), { target: { value: '2026年10月01日' } });
    await waitFor(() => expect(JSON.parse(screen.getByTestId('values').textContent!)).toMatchObject({ month: '2026-03', on: '2026-10-01' }));
  });
});
