/**
 * English words that have no place in what staff read or hear (accessible names, placeholders, titles): the
 * defaults of UI libraries ("Toggle password visibility", "Close", "Clear"...) and common slips.
 */
export const englishWordsPattern =
  '\\b(toggle|password|visibility|close|clear|open|show|hide|next|previous|prev|page|search|select|choose|upload|download|loading|remove|delete|add|edit|save|cancel|submit|actions|scroll|left|right|month|year|date|file|error|failed|required|optional|none|yes|back|more)\\b';
const englishWords = new RegExp(englishWordsPattern, 'i');
/** The attributes that carry what assistive technology reads, or what a field shows before it is filled. */
export const labelAttributes = ['aria-label', 'placeholder', 'title', 'alt', 'aria-roledescription'];

/** Every accessible name and placeholder in `root` that reads as English, with the attribute it is in. */
export function findEnglishLabels(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll(labelAttributes.map((a) => `[${a}]`).join(', '))) {
    for (const attribute of labelAttributes) {
      const value = element.getAttribute(attribute);
      if (value && englishWords.test(value))
        found.push(`${attribute}="${value}" on <${element.tagName.toLowerCase()}>`);
    }
  }
  return found;
}
