import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, zhCN } from '@mui/x-date-pickers/locales';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import type { SxProps, Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useLocaleState, type InputProps } from 'react-admin';

/*
 * Date, date-time and month inputs for react-admin forms and filters, on MUI X pickers with dayjs: they show Chinese
 * formats (2026年11月28日, 2026年11月) in the Chinese console and English ones in English, whatever the browser's
 * own locale (the browser's <input type="date"> follows the device, not the console). Values stay what the API
 * speaks: `YYYY-MM-DD`, ISO instants, `YYYY-MM`. The field is sections one types into; its hidden <input name=…>
 * holds the text as shown (2026年11月) and takes a whole typed or pasted value.
 */

type Kind = 'date' | 'dateTime' | 'month';

const VALUE_FORMAT: Record<Exclude<Kind, 'dateTime'>, string> = { date: 'YYYY-MM-DD', month: 'YYYY-MM' };

/** What a field shows, per console language (the month matches `formatMonth`: 2026年11月, Nov 2026). */
export const PICKER_FORMATS: Record<'zh-CN' | 'en', Record<Kind, string>> = {
  'zh-CN': { date: 'YYYY年MM月DD日', dateTime: 'YYYY年MM月DD日 HH:mm', month: 'YYYY年M月' },
  en: { date: 'DD MMM YYYY', dateTime: 'DD MMM YYYY HH:mm', month: 'MMM YYYY' },
};

/** The pickers' language follows the console's, not the browser's. */
export const PickerLocalization = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const en = locale === 'en';
  const texts = (en ? enUS : zhCN).components.MuiLocalizationProvider.defaultProps.localeText;
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={en ? 'en' : 'zh-cn'} localeText={texts}>
      {children}
    </LocalizationProvider>
  );
};

export type PickerInputProps = Omit<InputProps, 'format' | 'parse'> & {
  fullWidth?: boolean;
  helperText?: ReactNode;
  disabled?: boolean;
  readOnly?: boolean;
  /** The earliest and latest choosable, as the value is written (`YYYY-MM-DD`, `YYYY-MM`). */
  min?: string;
  max?: string;
  /** Filters pass these; the input needs nothing from them. */
  alwaysOn?: boolean;
  className?: string;
};

function toValue(kind: Kind, v: Dayjs | null): string | null {
  if (!v?.isValid()) return null;
  return kind === 'dateTime' ? v.toISOString() : v.format(VALUE_FORMAT[kind]);
}

function PickerInput({ kind, ...props }: PickerInputProps & { kind: Kind }) {
  const { label, source, resource, helperText, fullWidth, disabled, readOnly, min, max, className } = props;
  const [locale] = useLocaleState();
  const { id, field, fieldState, isRequired } = useInput({ ...props, format: (v: unknown) => v ?? null, parse: (v: unknown) => v });
  const raw = field.value as string | Date | null | undefined;
  const value = raw ? dayjs(raw) : null;
  const error = fieldState.error?.message;
  const invalid = !!error && (fieldState.isTouched || fieldState.invalid);
  const textField = {
    id,
    // As react-admin's own inputs.
    variant: 'filled' as const,
    size: 'small' as const,
    margin: 'dense' as const,
    name: field.name,
    onBlur: field.onBlur,
    fullWidth,
    error: invalid,
    className: ['ra-input', `ra-input-${source}`, className].filter(Boolean).join(' '),
    helperText: <InputHelperText error={invalid ? error : undefined} helperText={helperText} />,
    slotProps: { htmlInput: { 'data-testid': `picker-${source}` } },
  };
  const common = {
    label: <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />,
    value: value?.isValid() ? value : null,
    onChange: (v: Dayjs | null) => field.onChange(toValue(kind, v)),
    format: PICKER_FORMATS[locale === 'en' ? 'en' : 'zh-CN'][kind],
    disabled,
    readOnly,
    minDate: min ? dayjs(min) : undefined,
    maxDate: max ? dayjs(max) : undefined,
    slotProps: { textField },
  };
  return (
    <PickerLocalization>
      {kind === 'dateTime' ? (
        <DateTimePicker {...common} ampm={false} />
      ) : kind === 'month' ? (
        <DatePicker {...common} views={['year', 'month']} openTo="month" />
      ) : (
        <DatePicker {...common} />
      )}
    </PickerLocalization>
  );
}

/** A calendar date `YYYY-MM-DD`, picked in the console's language. */
export const DateInput = (props: PickerInputProps) => <PickerInput kind="date" {...props} />;

/** An instant (ISO 8601), picked as date and 24-hour time in the console's language. */
export const DateTimeInput = (props: PickerInputProps) => <PickerInput kind="dateTime" {...props} />;

/** A month `YYYY-MM`, shown as 2026年11月 (Nov 2026 in English). */
export const MonthInput = (props: PickerInputProps) => <PickerInput kind="month" {...props} />;

/** A month picker outside a form (a page's own month switch): `YYYY-MM` in and out. */
export const MonthPicker = ({
  value,
  onChange,
  label,
  max,
  testId,
}: {
  value: string;
  onChange: (month: string) => void;
  label: ReactNode;
  max?: string;
  testId?: string;
}) => {
  const [locale] = useLocaleState();
  return (
    <PickerLocalization>
      <DatePicker
        label={label}
        value={value ? dayjs(value) : null}
        onChange={(v) => {
          const month = toValue('month', v);
          if (month) onChange(month);
        }}
        views={['year', 'month']}
        openTo="month"
        format={PICKER_FORMATS[locale === 'en' ? 'en' : 'zh-CN'].month}
        maxDate={max ? dayjs(max) : undefined}
        slotProps={{ textField: { size: 'small', name: 'month', id: testId } }}
      />
    </PickerLocalization>
  );
};

/**
 * A date picker outside a form (a page's own date, a range's ends): `YYYY-MM-DD` in and out, shown 2026年07月01日 (01 Jul 2026
 * in English). `onChange` gets `''` while the field holds no whole date within `min`…`max` (cleared, half typed, out of
 * bounds), as a native date input's value does; `testId` is the hidden input's `data-testid` and the field's id.
 */
export const DayPicker = ({
  value,
  onChange,
  label,
  min,
  max,
  testId,
  helperText,
  error,
  sx,
}: {
  value: string;
  onChange: (date: string) => void;
  label: ReactNode;
  min?: string;
  max?: string;
  testId?: string;
  helperText?: ReactNode;
  error?: boolean;
  sx?: SxProps<Theme>;
}) => {
  const [locale] = useLocaleState();
  const picked = value ? dayjs(value) : null;
  // As the form inputs: the test id on the hidden input that holds the text as shown.
  const textField = { size: 'small' as const, name: testId, id: testId, helperText, error, sx, slotProps: { htmlInput: { 'data-testid': testId } } };
  return (
    <PickerLocalization>
      <DatePicker
        label={label}
        value={picked?.isValid() ? picked : null}
        onChange={(v, { validationError }) => onChange(validationError ? '' : (toValue('date', v) ?? ''))}
        format={PICKER_FORMATS[locale === 'en' ? 'en' : 'zh-CN'].date}
        minDate={min ? dayjs(min) : undefined}
        maxDate={max ? dayjs(max) : undefined}
        slotProps={{ textField }}
      />
    </PickerLocalization>
  );
};
