/**
 * Whether a POST to a page has a body Next's server-action handler can decode. Next answers an
 * undecodable body with a 500 (it throws while decoding); this lets the proxy answer 400 first.
 * Returns the message for the sender, or null when the body is fine or not a server action's.
 */
export async function refuseUndecodableActionBody(headers: Headers, body: ArrayBuffer): Promise<string | null> {
  const contentType = headers.get("content-type") ?? "";
  const isFetchAction = headers.has("next-action");

  // A form posted without JavaScript, or an action whose arguments include a form: multipart.
  if (/^multipart\/form-data/i.test(contentType)) {
    try {
      await new Response(body, { headers: { "content-type": contentType } }).formData();
      return null;
    } catch {
      return "The form's data could not be read. Reload the page and send it again.";
    }
  }
  if (!isFetchAction) return null;

  // Any other action call carries its arguments as React's reply encoding, which is JSON text.
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return "The request's data is not valid text. Reload the page and send it again.";
  }
  try {
    JSON.parse(text);
    return null;
  } catch {
    return "The request's data could not be read. Reload the page and send it again.";
  }
}
