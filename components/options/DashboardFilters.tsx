import { siteLabels } from './format';

export interface FilterValues {
  from: string;
  to: string;
  site: string;
  project: string;
  includeImports: boolean;
}

interface Props {
  value: FilterValues;
  projectError?: string;
  onChange(next: FilterValues): void;
}

export function DashboardFilters({ value, projectError, onChange }: Props) {
  const set = (patch: Partial<FilterValues>) => onChange({ ...value, ...patch });
  return (
    <form class="filters" aria-label="Dashboard filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        From
        <input type="date" value={value.from} max={value.to} onChange={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        To
        <input type="date" value={value.to} min={value.from} onChange={(e) => set({ to: e.currentTarget.value })} />
      </label>
      <label>
        Site
        <select value={value.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {Object.entries(siteLabels).map(([id, label]) => (
            <option key={id} value={id}>{label}</option>
          ))}
        </select>
      </label>
      <label>
        Project or space key
        <input
          type="text"
          value={value.project}
          placeholder="e.g. ABC"
          aria-invalid={projectError ? true : undefined}
          aria-describedby={projectError ? 'project-error' : undefined}
          onInput={(e) => set({ project: e.currentTarget.value.trim() })}
        />
      </label>
      <label class="checkbox">
        <input type="checkbox" checked={value.includeImports} onChange={(e) => set({ includeImports: e.currentTarget.checked })} />
        Include team imports
      </label>
      {projectError && <p id="project-error" class="error">{projectError}</p>}
    </form>
  );
}
