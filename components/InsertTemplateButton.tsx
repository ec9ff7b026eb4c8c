interface Props {
  onActivate(): void;
}

/** The in-page entry point; its accessible name is part of the public contract ("Insert template"). */
export function InsertTemplateButton({ onActivate }: Props) {
  return (
    <button type="button" class="pops-button" onClick={onActivate} title="Insert a product-ops template (Alt+Shift+T)">
      <span aria-hidden="true" class="pops-button-icon">▤</span>
      Insert template
    </button>
  );
}
