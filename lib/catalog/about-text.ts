// The detail page's "About" panel: the checkpoint's description and the version's notes. A version
// with none of them (most submitted ones) shows no empty panel.

export interface AboutNotes {
  bestFor: string | null;
  pros: readonly string[];
  cons: readonly string[];
  knownFlaws: readonly string[];
  licenseNotes: string | null;
}

export function hasAboutText(description: string | null, notes: AboutNotes): boolean {
  const filled = (text: string | null) => Boolean(text?.trim());
  return (
    filled(description) ||
    filled(notes.bestFor) ||
    filled(notes.licenseNotes) ||
    [notes.pros, notes.cons, notes.knownFlaws].some((items) => items.some((item) => item.trim() !== ""))
  );
}
