export function Wordmark() {
  return (
    <span className="wordmark">
      GLOW<span>POP</span>
    </span>
  );
}
