import { MenuItem, TextField } from '@mui/material';
import { SelectInput, useGetList, usePermissions, useTranslate, type SelectInputProps } from 'react-admin';
import type { RegionLevel } from '../generated/graphql';
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
 * A select of the regions of one level in the viewer's jurisdiction, loaded whole, after a first choice (`''`) for the
 * whole area or one's own region; nothing is loaded or shown unless `enabled`.
 */
export const RegionSelect = ({
  level,
  enabled,
  label,
  emptyLabel,
  value,
  onChange,
  testId,
}: {
  level: RegionLevel;
  enabled: boolean;
  label: string;
  emptyLabel: string;
  value: string;
  onChange: (regionId: string) => void;
  testId: string;
}) => {
  const { data: regions } = useGetList(
    'regions',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' }, filter: { level } },
    { enabled },
  );
  if (!enabled) return null;
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 200 }}
      data-testid={testId}
    >
      <MenuItem value="">{emptyLabel}</MenuItem>
      {(regions ?? []).map((r) => (
        <MenuItem key={r.id} value={String(r.id)}>
          {String(r.name)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/**
 * The county or one of its townships, for overview pages (coverage, case statistics). Only the bureau and analysts
 * see the whole county; an office's pages are its own township, so nothing is shown to anyone else.
 */
export const CountyScopeSelect = ({ value, onChange, testId }: { value: string; onChange: (regionId: string) => void; testId: string }) => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  return (
    <RegionSelect
      level="TOWNSHIP"
      enabled={role === 'BUREAU_ADMIN' || role === 'ANALYST'}
      label={translate('fq.coverage.region')}
      emptyLabel={translate('fq.coverage.whole_county')}
      value={value}
      onChange={onChange}
      testId={testId}
    />
  );
};
