interface Props {
  templateName: string;
  onUse(): void;
  onDismiss(): void;
}

/** A quiet offer, never a modal: the PM can ignore it and keep typing. */
export function SuggestionChip({ templateName, onUse, onDismiss }: Props) {
  return (
    <div class="pops-chip" role="note" aria-label="Template suggestion">
      <button type="button" class="pops-chip-use" onClick={onUse}>
        Start with “{templateName}”
      </button>
      <button type="button" class="pops-chip-dismiss" aria-label="Don't suggest templates in this project" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
