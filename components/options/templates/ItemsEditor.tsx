import type { ItemDraft } from './draft';

interface Props {
  items: ItemDraft[];
  onChange(items: ItemDraft[]): void;
}

/** Checklist items; ids come from the text on first save and then stay, so ticks survive rewording. */
export function ItemsEditor({ items, onChange }: Props) {
  const edit = (index: number, patch: Partial<ItemDraft>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset class="tpl-items">
      <legend>Checklist items</legend>
      {items.map((item, i) => (
        <div class="tpl-inline" key={i}>
          <label class="grow">
            Item {i + 1} <input value={item.text} onInput={(e) => edit(i, { text: e.currentTarget.value })} />
          </label>
          <label class="checkbox">
            <input type="checkbox" checked={item.mandatory} aria-label={`Item ${i + 1} mandatory`} onChange={(e) => edit(i, { mandatory: e.currentTarget.checked })} />
            Mandatory
          </label>
          <button type="button" class="button danger" onClick={() => onChange(items.filter((_, j) => j !== i))}>Remove item {i + 1}</button>
        </div>
      ))}
      <button type="button" class="button inline" onClick={() => onChange([...items, { id: '', text: '', mandatory: false }])}>Add item</button>
    </fieldset>
  );
}
