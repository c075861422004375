import { ExplorerView } from '../modules/explorer/views/ExplorerView';

/** Loaded on demand (see AppRoutes): GraphiQL stays out of the board's bundle. */
export function ExplorerPage() {
  return <ExplorerView />;
}
