import { foreignOriginRefusal, readLimitedText, type Refusal } from './request-guards';

export type RequestFields = { ok: true; body: unknown } | { ok: false; refusal: Refusal };

/**
 * A route handler's body as plain data, JSON or form-encoded, after the origin and size
 * checks. The proxy runs the same checks first; route handlers repeat them because a body sent
 * without Content-Length is only measured while it is read.
 */
export async function readRequestFields(
  request: Request,
  { maxBytes }: { maxBytes?: number } = {},
): Promise<RequestFields> {
  const foreign = foreignOriginRefusal(request.headers);
  if (foreign) return { ok: false, refusal: foreign };
  const type = request.headers.get('content-type') ?? '';
  const isJson = type.includes('application/json');
  const isForm =
    type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
  if (!isJson && !isForm) {
    return { ok: false, refusal: { status: 415, message: 'Send JSON or a form.' } };
  }
  const read = await readLimitedText(request, maxBytes);
  if (!read.ok) return read;
  try {
    if (isJson) {
      const body: unknown = JSON.parse(read.text);
      return { ok: true, body };
    }
    // Re-wrapped so the platform's own parser handles both form encodings from the bounded text.
    const form = await new Response(read.text, { headers: { 'content-type': type } }).formData();
    return { ok: true, body: formDataToObject(form) };
  } catch {
    return {
      ok: false,
      refusal: {
        status: 400,
        message: `The request body is not valid ${isJson ? 'JSON' : 'form data'}.`,
      },
    };
  }
}

/** A form's fields as a plain object; a field sent twice becomes a list, as the schema sees it. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  return Object.fromEntries(
    [...new Set(form.keys())].map((key) => {
      const values = form.getAll(key);
      return [key, values.length > 1 ? values : values[0]];
    }),
  );
}
