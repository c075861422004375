import { ApiKeysView } from '../modules/api-keys/views/ApiKeysView';

export function ApiKeysPage() {
  return <ApiKeysView />;
}
