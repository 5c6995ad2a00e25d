import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { InfoRow, SectionCard } from '../../common/SectionCard';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import type * as Api from '../../generated/graphql';
import { displayValue, fieldLabelKey } from '../legalAdvisers/history';
import { useIsSmall } from '../useIsSmall';
import { FilingReview } from './FilingReview';
import { XlsxButton, type Filing } from './RosterFilingList';

/** A filed adviser: every field in the filing's entries, those that identify them in its diff. */
type FiledAdviser = Pick<Api.FiledAdviser, 'adviserId' | 'name' | 'profession' | 'licenceNo' | 'provider'> &
  Partial<Pick<Api.FiledAdviser, 'gender' | 'phone' | 'serviceScope' | 'joinedOn'>> & {
    villages?: Pick<Api.FiledVillage, 'id' | 'name' | 'township'>[];
  };

/** A filing as its detail page selects it; the entries and diff are optional while the list's record is shown. */
type FilingDetail = Filing & {
  entries?: FiledAdviser[];
  diff?: Pick<Api.FilingDiff, 'previousNumber'> & {
    added: FiledAdviser[];
    removed: FiledAdviser[];
    changed: (Pick<Api.ChangedAdviser, 'adviserId' | 'name' | 'licenceNo'> & { changes: Pick<Api.FieldChange, 'field' | 'from' | 'to'>[] })[];
  };
};

const Title = () => {
  const record = useRecordContext<FilingDetail>();
  const translate = useTranslate();
  return <>{record ? translate('fq.filings.show_title', { number: record.number }) : translate('fq.filings.title')}</>;
};

const People = ({ people, color }: { people: FiledAdviser[]; color: 'success' | 'error' }) => {
  const translate = useTranslate();
  return (
    <Stack sx={{ gap: 0.5 }}>
      {people.map((p) => (
        <Typography key={p.adviserId} variant="body2">
          <Chip size="small" color={color} variant="outlined" label={p.name} sx={{ mr: 1 }} />
          {[translate(`fq.enum.Profession.${p.profession}`), p.provider, p.licenceNo].filter(Boolean).join(' · ')}
        </Typography>
      ))}
    </Stack>
  );
};

const Diff = ({ filing }: { filing: FilingDetail }) => {
  const translate = useTranslate();
  const diff = filing.diff;
  if (!diff) return null;
  const none = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <SectionCard
      title={translate('fq.filings.diff')}
      testId="filing-diff"
      action={
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
          <Chip size="small" color="success" label={translate('fq.filings.added_count', { count: diff.added.length })} />
          <Chip size="small" color="error" label={translate('fq.filings.removed_count', { count: diff.removed.length })} />
          <Chip size="small" color="info" label={translate('fq.filings.changed_count', { count: diff.changed.length })} />
        </Stack>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {diff.previousNumber ? translate('fq.filings.compared_with', { number: diff.previousNumber }) : translate('fq.filings.first_filing')}
      </Typography>
      {none && <Alert severity="info">{translate('fq.filings.no_changes')}</Alert>}
      {diff.added.length > 0 && (
        <Box sx={{ mb: 2 }} data-testid="diff-added">
          <Typography variant="subtitle2" gutterBottom>
            {translate('fq.filings.added')}
          </Typography>
          <People people={diff.added} color="success" />
        </Box>
      )}
      {diff.removed.length > 0 && (
        <Box sx={{ mb: 2 }} data-testid="diff-removed">
          <Typography variant="subtitle2" gutterBottom>
            {translate('fq.filings.removed')}
          </Typography>
          <People people={diff.removed} color="error" />
        </Box>
      )}
      {diff.changed.length > 0 && (
        <Box data-testid="diff-changed">
          <Typography variant="subtitle2" gutterBottom>
            {translate('fq.filings.changed')}
          </Typography>
          <Stack sx={{ gap: 1 }}>
            {diff.changed.map((c) => (
              <Box key={c.adviserId}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {c.name}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {c.licenceNo}
                  </Typography>
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {c.changes.map((ch) => (
                    <Typography component="li" variant="body2" key={ch.field} sx={{ wordBreak: 'break-word' }}>
                      {translate('fq.common.label', { label: translate(fieldLabelKey(ch.field), { _: ch.field }) })}
                      {displayValue(ch.field, ch.from ?? null, translate)} → {displayValue(ch.field, ch.to ?? null, translate)}
                    </Typography>
                  ))}
                </Box>
              </Box>
            ))}
          </Stack>
        </Box>
      )}
    </SectionCard>
  );
};

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const Entries = ({ entries }: { entries: FiledAdviser[] }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const villages = (e: FiledAdviser) => (e.villages ?? []).map((v) => `${v.township}${v.name}`).join('、') || '—';
  return (
    <SectionCard title={translate('fq.filings.entries')} testId="filing-entries">
      {isSmall ? (
        <Stack sx={{ gap: 1 }}>
          {entries.map((e) => (
            <Box key={e.adviserId} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {e.name}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[translate(`fq.enum.Profession.${e.profession}`), e.provider, e.phone].filter(Boolean).join(' · ')}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {villages(e)}
              </Typography>
            </Box>
          ))}
        </Stack>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                {['name', 'gender', 'profession', 'licenceNo', 'provider', 'phone', 'villages'].map((f) => (
                  <TableCell key={f} sx={NOWRAP}>
                    {translate(`resources.legalAdvisers.fields.${f}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.adviserId}>
                  <TableCell sx={NOWRAP}>{e.name}</TableCell>
                  <TableCell sx={NOWRAP}>{e.gender ? translate(`fq.enum.Gender.${e.gender}`) : ''}</TableCell>
                  <TableCell>{translate(`fq.enum.Profession.${e.profession}`)}</TableCell>
                  <TableCell>{e.licenceNo}</TableCell>
                  <TableCell>{e.provider ?? '—'}</TableCell>
                  <TableCell sx={NOWRAP}>{e.phone}</TableCell>
                  <TableCell>{villages(e)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </SectionCard>
  );
};

const Details = () => {
  const filing = useRecordContext<FilingDetail>();
  const translate = useTranslate();
  if (!filing) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 2 }}>
      <SectionCard
        title={translate('fq.filings.show_title', { number: filing.number })}
        action={<XlsxButton filing={filing} />}
        testId="filing-summary"
      >
        {filing.county && <InfoRow label={translate('fq.filings.county')}>{filing.county.name}</InfoRow>}
        <InfoRow label={translate('resources.rosterFilings.fields.asOf')}>{filing.asOf}</InfoRow>
        <InfoRow label={translate('resources.rosterFilings.fields.entryCount')}>{filing.entryCount}</InfoRow>
        <InfoRow label={translate('resources.rosterFilings.fields.filedByName')}>{filing.filedByName}</InfoRow>
        <InfoRow label={translate('resources.rosterFilings.fields.filedAt')}>
          <DateTimeText value={filing.filedAt} />
        </InfoRow>
      </SectionCard>
      {filing.status && <FilingReview filing={{ ...filing, status: filing.status }} />}
      <Diff filing={filing} />
      <Entries entries={filing.entries ?? []} />
    </Box>
  );
};

export const RosterFilingShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
