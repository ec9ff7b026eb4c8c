import { useEffect, useRef } from 'preact/hooks';

interface Props {
  ids: readonly string[];
  onReplace(): void;
  onKeepBoth(): void;
  onCancel(): void;
}

/** Asked when an import holds ids the personal library already has. Escape cancels. */
export function DuplicateDialog({ ids, onReplace, onKeepBoth, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="tpl-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="tpl-dup-title"
        aria-describedby="tpl-dup-desc"
        class="tpl-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id="tpl-dup-title">Templates already exist</h2>
        <p id="tpl-dup-desc">
          Your personal library already has {ids.length === 1 ? 'a template' : `${ids.length} templates`} with the id{' '}
          {ids.map((id, i) => <span key={id}>{i > 0 && ', '}<code>{id}</code></span>)}. Replace them with the imported
          ones, or keep both (the imported copies get a new id)?
        </p>
        <div class="form-actions">
          <button ref={first} type="button" class="button primary" onClick={onReplace}>Replace</button>
          <button type="button" class="button" onClick={onKeepBoth}>Keep both</button>
          <button type="button" class="button" onClick={onCancel}>Cancel import</button>
        </div>
      </div>
    </div>
  );
}
