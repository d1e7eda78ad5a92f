import { useParams } from 'react-router';
import { ScheduleView } from '../modules/oncall';

export function OnCallSchedulePage() {
  const { id = '' } = useParams();
  return <ScheduleView id={id} />;
}
