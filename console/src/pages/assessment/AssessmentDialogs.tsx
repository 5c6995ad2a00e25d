import { Box } from '@mui/material';
import { NumberInput, RadioButtonGroupInput, required, TextInput, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import type { AssessmentResult } from '../../providers/assessment';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';

/** Publishing a year: a confirmation, and before the year has ended the reason for closing it early. */
export const PublishDialog = ({
  open,
  onClose,
  onDone,
  year,
  countyId,
  ended,
  objectionDays,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
  year: number;
  countyId: string;
  ended: boolean;
  objectionDays: number;
}) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog<{ closeEarlyReason?: string }>
      open={open}
      onClose={onClose}
      title={translate('fq.assessment.publish_title', { year })}
      description={translate('fq.assessment.publish_body', { days: objectionDays })}
      submitLabel={translate('fq.assessment.publish')}
      testId="assessment-publish-dialog"
      onSubmit={async (values) => {
        await dataProvider.mutate('publishAssessment', { year, countyId: countyId || null, closeEarlyReason: values.closeEarlyReason ?? null });
        onDone();
      }}
    >
      {!ended && (
        <TextInput
          source="closeEarlyReason"
          label={translate('fq.assessment.close_early_reason')}
          helperText={translate('fq.assessment.close_early_hint', { year })}
          validate={required()}
          multiline
          fullWidth
        />
      )}
    </ActionDialog>
  );
};

/** An adviser's objection to their own published result. */
export const ObjectDialog = ({ result, onClose, onDone }: { result: AssessmentResult | null; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog<{ reason: string }>
      open={Boolean(result)}
      onClose={onClose}
      title={translate('fq.assessment.object_title')}
      submitLabel={translate('fq.assessment.object')}
      testId="assessment-object-dialog"
      onSubmit={async (values) => {
        await dataProvider.mutate('raiseAssessmentObjection', { resultId: result!.id, reason: values.reason });
        onDone();
      }}
    >
      <TextInput source="reason" label={translate('fq.assessment.object_reason')} validate={required()} multiline minRows={3} fullWidth />
    </ActionDialog>
  );
};

/** The bureau's decision on an objection: uphold (with points to add or take away, or none) or reject, with a reason. */
export const DecideDialog = ({ result, onClose, onDone }: { result: AssessmentResult | null; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const objection = result?.objection;
  return (
    <ActionDialog<{ decision: 'UPHOLD' | 'REJECT'; reason: string; adjustmentPoints?: number | null }>
      open={Boolean(objection)}
      onClose={onClose}
      title={translate('fq.assessment.decide_title', { name: result?.adviser.name ?? '' })}
      description={objection ? translate('fq.assessment.objection_reason', { reason: objection.reason }) : undefined}
      submitLabel={translate('fq.assessment.decide')}
      testId="assessment-decide-dialog"
      defaultValues={{ decision: 'UPHOLD', adjustmentPoints: 0 }}
      onReload={onDone}
      onSubmit={async (values) => {
        const uphold = values.decision === 'UPHOLD';
        await dataProvider.mutate('decideAssessmentObjection', {
          id: objection!.id,
          input: { uphold, reason: values.reason, adjustmentPoints: uphold ? Number(values.adjustmentPoints ?? 0) : 0, version: objection!.version },
        });
        onDone();
      }}
    >
      <RadioButtonGroupInput
        source="decision"
        label={false}
        choices={[
          { id: 'UPHOLD', name: translate('fq.assessment.uphold') },
          { id: 'REJECT', name: translate('fq.assessment.reject') },
        ]}
      />
      <TextInput source="reason" label={translate('fq.assessment.decision_reason')} validate={required()} multiline fullWidth />
      <Box sx={{ maxWidth: 260 }}>
        <NumberInput source="adjustmentPoints" label={translate('fq.assessment.adjustment_points')} min={-20} max={20} step={0.01} />
      </Box>
    </ActionDialog>
  );
};
