import { VendorsView } from '../modules/vendors/views/VendorsView';

export function VendorsPage() {
  return <VendorsView />;
}
