import { useEffect, useState } from 'preact/hooks';
import type { PanelActions, PanelState } from '@/utils/checklists/panel-state';
import type { Store } from '@/utils/checklists/store';
import { ChecklistPanel } from './ChecklistPanel';

interface Props {
  store: Store<PanelState>;
  actions: PanelActions;
}

/** Re-renders the panel whenever the feature updates its state. */
export function ConnectedChecklistPanel({ store, actions }: Props) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return <ChecklistPanel state={state} actions={actions} />;
}
