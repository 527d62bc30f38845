type TokenActionPageProps = {
  title: string;
  explanation: string;
  button: string;
  token: string | undefined;
  action: (formData: FormData) => Promise<never>;
};

/**
 * The page an email link opens: one button that POSTs. Link scanners in mail services open
 * every link; only a person pressing the button changes anything.
 */
export function TokenActionPage({
  title,
  explanation,
  button,
  token,
  action,
}: TokenActionPageProps) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-start gap-6 px-4 py-24 sm:px-6">
      <h1 className="font-display text-4xl font-extrabold text-ink sm:text-5xl">{title}</h1>
      <p className="text-lg text-ink-soft">{explanation}</p>
      <form action={action}>
        <input type="hidden" name="token" value={token ?? ''} />
        <button
          type="submit"
          className="min-h-12 rounded-full bg-pop-700 px-6 font-semibold text-white hover:bg-pop-900"
        >
          {button}
        </button>
      </form>
    </div>
  );
}
