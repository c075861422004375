import { ResidentsView } from '../modules/residents/views/ResidentsView';

export function ResidentsPage() {
  return <ResidentsView />;
}
