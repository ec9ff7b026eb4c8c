import type { ScopeDraft } from './draft';

interface Props {
  scope: ScopeDraft;
  onChange(scope: ScopeDraft): void;
}

/** Where the template is suggested first; everything empty means everywhere. */
export function ScopeEditor({ scope, onChange }: Props) {
  const set = (patch: Partial<ScopeDraft>) => onChange({ ...scope, ...patch });
  const text = (key: 'projectKeys' | 'issueTypes' | 'spaceKeys', label: string, hint: string) => (
    <label>
      {label} <span class="hint">{hint}</span>
      <input value={scope[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />
    </label>
  );
  return (
    <fieldset class="tpl-scope">
      <legend>Scope</legend>
      <p class="hint">Leave everything empty to offer the template everywhere.</p>
      <div class="tpl-inline">
        <label class="checkbox">
          <input type="checkbox" checked={scope.jira} onChange={(e) => set({ jira: e.currentTarget.checked })} /> Jira
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={scope.confluence} onChange={(e) => set({ confluence: e.currentTarget.checked })} /> Confluence
        </label>
      </div>
      {text('projectKeys', 'Jira project keys', 'comma-separated, e.g. ABC, OPS')}
      {text('issueTypes', 'Issue types', 'e.g. Story, Bug')}
      {text('spaceKeys', 'Confluence space keys', 'e.g. PROD')}
    </fieldset>
  );
}
