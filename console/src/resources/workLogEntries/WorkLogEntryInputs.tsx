import {
  FormDataConsumer,
  maxValue,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DateTimeInput } from '../../common/DatePickers';
import { phone } from '../../common/validation';
import type * as Api from '../../generated/graphql';
import { orderedEnumChoices as enumChoices } from '../choices';
import { PhotoInput } from './WorkLogFields';
import type { WorkLogPhoto } from './workLogFormat';

/** One of the adviser's villages, as the village list selects it (its township's terrain picks online or offline). */
export type OwnVillage = Pick<Api.Village, 'id' | 'name'> & { township?: Pick<Api.Region, 'id' | 'name' | 'terrain'> };

const f = (name: string) => `resources.workLogEntries.fields.${name}`;

/** Not in the future (a minute's grace for a phone whose clock runs ahead). */
const notLater = (value: unknown) => {
  if (!value) return undefined;
  const d = value instanceof Date ? value : new Date(String(value));
  return d.getTime() > Date.now() + 60_000 ? 'fq.workLog.at_in_future' : undefined;
};

const atLeastOnePhoto = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'fq.workLog.photo_required');

/**
 * The entry's fields in the order an adviser fills them on a phone: what (category), where and how, whom, then the
 * matter and content; a lecture asks for its venue, audience and at least one photo instead of a phone number.
 */
export const WorkLogEntryInputs = ({ villages, photos }: { villages: OwnVillage[]; photos?: WorkLogPhoto[] }) => {
  const translate = useTranslate();
  return (
    <>
      <SelectInput source="category" label={f('category')} choices={enumChoices('WorkLogCategory')} validate={required()} fullWidth />
      <SelectInput source="villageId" label={f('village')} choices={villages} optionText="name" validate={required()} fullWidth />
      <DateTimeInput source="at" label={f('at')} validate={[required(), notLater]} fullWidth />
      <RadioButtonGroupInput source="mode" label={f('mode')} choices={enumChoices('WorkLogMode')} validate={required()} row />
      <FormDataConsumer>
        {({ formData }) => {
          const lecture = formData.category === 'LECTURE';
          return (
            <>
              <TextInput source="personServed" label={lecture ? 'fq.workLog.audience' : f('personServed')} validate={required()} fullWidth />
              {!lecture && <TextInput source="phone" label={f('phone')} type="tel" validate={[required(), phone]} fullWidth />}
              {lecture && (
                <>
                  <TextInput source="venue" label={f('venue')} validate={required()} fullWidth />
                  <NumberInput source="attendeeCount" label={f('attendeeCount')} min={1} step={1} validate={[required(), minValue(1)]} fullWidth />
                  <PhotoInput
                    source="photoIds"
                    label={f('photos')}
                    helperText="fq.workLog.lecture_photo_hint"
                    existing={photos}
                    validate={atLeastOnePhoto}
                  />
                </>
              )}
            </>
          );
        }}
      </FormDataConsumer>
      <TextInput source="matter" label={f('matter')} helperText="fq.workLog.matter_hint" validate={required()} fullWidth />
      <TextInput source="content" label={f('content')} validate={required()} multiline minRows={3} fullWidth />
      <NumberInput
        source="durationMin"
        label="fq.workLog.duration_minutes"
        helperText={translate('fq.workLog.duration_hint')}
        min={1}
        max={1440}
        step={1}
        validate={[required(), minValue(1), maxValue(1440)]}
        fullWidth
      />
    </>
  );
};
