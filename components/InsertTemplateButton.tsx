interface Props {
  onActivate(): void;
  /** The pointer or focus arrived: a click is likely, so start loading what the picker needs. */
  onPrepare(): void;
}

/** The in-page entry point; its accessible name is part of the public contract ("Insert template"). */
export function InsertTemplateButton({ onActivate, onPrepare }: Props) {
  return (
    <button type="button" class="pops-button" onClick={onActivate} onPointerEnter={onPrepare} onFocus={onPrepare} title="Insert a product-ops template (Alt+Shift+T)">
      <span aria-hidden="true" class="pops-button-icon">▤</span>
      Insert template
    </button>
  );
}
