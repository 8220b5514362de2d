interface Props {
  onFont: (step: 1 | -1) => void;
  onFit: () => void;
  onRelayout: () => void;
  onExit: () => void;
}

/** The few controls left on screen in presentation mode. */
export function PresentBar({ onFont, onFit, onRelayout, onExit }: Props) {
  return (
    <div className="present-bar" data-testid="present-bar">
      <button type="button" className="present-button" onClick={() => onFont(-1)} aria-label="Smaller labels">
        A−
      </button>
      <button type="button" className="present-button" onClick={() => onFont(1)} aria-label="Larger labels">
        A+
      </button>
      <button type="button" className="present-button" onClick={onFit}>
        Fit
      </button>
      <button type="button" className="present-button" onClick={onRelayout}>
        Re-layout
      </button>
      <button type="button" className="present-button" data-testid="present-exit" onClick={onExit}>
        Exit presentation (Esc)
      </button>
    </div>
  );
}
