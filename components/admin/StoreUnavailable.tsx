/** In place of a dashboard page's figures when the database cannot be reached. */
export function StoreUnavailable({ message }: { message: string }) {
  return (
    <p className="admin-message" role="alert">
      {message}
    </p>
  );
}
