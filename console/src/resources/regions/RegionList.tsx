import UploadFile from '@mui/icons-material/UploadFile';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Datagrid, FilterButton, LinkBase, List, SelectField, SimpleList, TextField, TopToolbar, usePermissions, useTranslate } from 'react-admin';
import { DownloadButton } from '../../common/DownloadButton';
import { ListPagination } from '../../common/ListPagination';
import { PAGES } from '../../providers/canAccess';
import type { Role } from '../../providers/session';
import { useCan } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { RegionChildren } from './RegionChildren';
import { ParentLink, RetiredField, retiredRowSx, useRegionSecondary, type Region } from './RegionFields';
import { regionFilters } from './RegionInputs';
import { regionsLabelKey } from './labels';

/** Nothing to list: for an adviser that means no pairing yet, which is worth saying plainly. */
export const RegionsEmpty = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const adviser = permissions === 'ADVISER';
  return (
    <Box sx={{ p: 2, width: '100%' }}>
      <Card variant="outlined" data-testid="regions-empty">
        <CardContent sx={{ textAlign: 'center', py: 5 }}>
          <Typography variant="h6" gutterBottom>
            {translate(adviser ? 'fq.regions.no_pairing_title' : 'fq.regions.empty_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(adviser ? 'fq.regions.no_pairing_body' : 'fq.regions.empty_body')}
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
};

/** The bureau's tools beside the filters: the import wizard and the export of the tree in the import's layout. */
const RegionListActions = () => {
  const translate = useTranslate();
  const canImport = useCan('regionImport', 'access');
  return (
    <TopToolbar>
      <FilterButton />
      {canImport && (
        <>
          <Button component={LinkBase} to={PAGES.regionImport} size="small" startIcon={<UploadFile />} data-testid="open-region-import">
            {translate('fq.regions.import')}
          </Button>
          <DownloadButton url="/api/regions/export.xlsx" fallbackName="regions.xlsx" label={translate('fq.regions.export')} testId="export-regions" />
        </>
      )}
    </TopToolbar>
  );
};

/**
 * The region tree as a list: every region by code, a county or township opening onto the regions below it (a
 * township's villages), retired villages greyed with their date and what they were merged into.
 */
export const RegionList = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const isSmall = useIsSmall();
  const secondary = useRegionSecondary();
  return (
    <List
      pagination={<ListPagination />}
      title={translate(regionsLabelKey(permissions))}
      filters={regionFilters(translate('fq.regions.search'))}
      actions={<RegionListActions />}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={<RegionsEmpty />}
    >
      {isSmall ? (
        <SimpleList<Region>
          primaryText={(record) => record.name}
          secondaryText={(record) => secondary(record)}
          tertiaryText={(record) => record.parent?.name ?? ''}
          linkType="show"
          rowSx={(record) => retiredRowSx(record)}
        />
      ) : (
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          rowSx={(record) => retiredRowSx(record)}
          expand={<RegionChildren />}
          isRowExpandable={(record) => record.level === 'TOWNSHIP'}
        >
          <TextField source="name" />
          <TextField source="code" />
          <SelectField source="level" choices={orderedEnumChoices('RegionLevel')} />
          <SelectField source="terrain" choices={orderedEnumChoices('Terrain')} sortable={false} />
          <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} sortable={false} />
          <ParentLink source="parent" label="resources.regions.fields.parent" sortable={false} />
          <RetiredField source="retiredOn" label="resources.regions.fields.retired" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
