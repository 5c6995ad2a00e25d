import { MenuItem, TextField } from '@mui/material';
import { SelectInput, useGetList, usePermissions, useTranslate, type SelectInputProps } from 'react-admin';
import type { Role } from '../providers/session';

/*
 * Selects over short lists (ten townships, a county's providers) loaded whole: no getMany by id is needed, which
 * matters for providers (the API's provider filter has no `ids`).
 */

export const TownshipSelectInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { data, isPending } = useGetList('regions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
    filter: { level: 'TOWNSHIP' },
  });
  return <SelectInput {...props} choices={data ?? []} isPending={isPending} optionText="name" />;
};

export const ProviderSelectInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { data, isPending } = useGetList('providers', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return <SelectInput {...props} choices={data ?? []} isPending={isPending} optionText="name" />;
};

/**
 * The county or one of its townships, for overview pages (coverage, case statistics). Only the bureau and analysts
 * see the whole county; an office's pages are its own township, so nothing is shown to anyone else.
 */
export const CountyScopeSelect = ({ value, onChange, testId }: { value: string; onChange: (regionId: string) => void; testId: string }) => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const countyWide = role === 'BUREAU_ADMIN' || role === 'ANALYST';
  const { data: townships } = useGetList(
    'regions',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' }, filter: { level: 'TOWNSHIP' } },
    { enabled: countyWide },
  );
  if (!countyWide) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('fq.coverage.region')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 200 }}
      data-testid={testId}
    >
      <MenuItem value="">{translate('fq.coverage.whole_county')}</MenuItem>
      {(townships ?? []).map((t) => (
        <MenuItem key={t.id} value={String(t.id)}>
          {String(t.name)}
        </MenuItem>
      ))}
    </TextField>
  );
};
