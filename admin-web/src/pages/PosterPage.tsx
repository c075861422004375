import { Navigate, useParams } from 'react-router-dom';
import { PAGE_PATHS } from '../app/navigation';
import { PosterView } from '../modules/launch-kit/views/PosterView';

export function PosterPage() {
  const { propertyId } = useParams<{ propertyId: string }>();
  if (!propertyId) return <Navigate to={PAGE_PATHS.residents} replace />;
  return <PosterView key={propertyId} propertyId={propertyId} />;
}
