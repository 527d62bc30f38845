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
    // The page's one form is its button; a signup form beside "Unsubscribe me" would confuse.
    <div className="wrap notice" data-footer-signup="off">
      <h1 className="page-title">{title}</h1>
      <p className="lede">{explanation}</p>
      <form action={action}>
        <input type="hidden" name="token" value={token ?? ''} />
        <button type="submit" className="btn">
          {button}
        </button>
      </form>
    </div>
  );
}
