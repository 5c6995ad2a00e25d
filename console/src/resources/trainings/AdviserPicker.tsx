import { Box, Button, Checkbox, FormControlLabel, FormHelperText, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { InputHelperText, useGetList, useInput, useTranslate, type Validator } from 'react-admin';
import type * as Api from '../../generated/graphql';

/** Every active adviser of the county as ticks, filterable by name: the attendance list of the annual training. */
export const AdviserPicker = ({ source, validate }: { source: string; validate?: Validator | Validator[] }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, validate, defaultValue: [] });
  const { data, isPending } = useGetList<Pick<Api.LegalAdviser, 'id' | 'name'> & { provider: Pick<Api.Provider, 'name'> | null }>('legalAdvisers', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: { status: 'ACTIVE' },
  });
  const [text, setText] = useState('');
  const selected = useMemo(() => new Set<string>((field.value as string[] | undefined) ?? []), [field.value]);
  const shown = (data ?? []).filter((a) => !text.trim() || a.name.includes(text.trim()));
  const set = (ids: Set<string>) => field.onChange([...ids]);
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set(next);
  };
  return (
    <Box sx={{ width: '100%', mb: 1 }} data-testid="adviser-picker">
      <Typography variant="subtitle2">{translate('fq.trainings.advisers_attending')}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('fq.trainings.advisers_hint')}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <TextField size="small" label={translate('fq.trainings.filter_advisers')} value={text} onChange={(e) => setText(e.target.value)} />
        <Button size="small" onClick={() => set(new Set([...selected, ...shown.map((a) => String(a.id))]))}>
          {translate('fq.trainings.select_all')}
        </Button>
        <Button size="small" onClick={() => set(new Set([...selected].filter((id) => !shown.some((a) => String(a.id) === id))))}>
          {translate('fq.trainings.select_none')}
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="adviser-picker-count">
          {translate('fq.trainings.selected_count', { count: selected.size })}
        </Typography>
      </Stack>
      {isPending && <LinearProgress />}
      {!isPending && shown.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.trainings.no_advisers')}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
          maxHeight: 320,
          overflowY: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          px: 1,
        }}
      >
        {shown.map((a) => (
          <FormControlLabel
            key={a.id}
            sx={{ minWidth: 0, mr: 0 }}
            control={<Checkbox size="small" checked={selected.has(String(a.id))} onChange={() => toggle(String(a.id))} />}
            label={
              <Typography variant="body2" noWrap>
                {a.name}
              </Typography>
            }
          />
        ))}
      </Box>
      {fieldState.error?.message && (
        <FormHelperText error>
          <InputHelperText error={fieldState.error.message} />
        </FormHelperText>
      )}
    </Box>
  );
};
