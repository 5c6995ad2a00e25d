import { SelectInput, useGetList, type SelectInputProps } from 'react-admin';

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
