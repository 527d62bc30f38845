export function Wordmark({ className = '' }: { className?: string }) {
  return (
    <span className={`font-display text-2xl font-extrabold tracking-tight ${className}`}>
      GLOW<span className="text-pop-700">POP</span>
    </span>
  );
}
