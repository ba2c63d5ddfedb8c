import type { Finding } from '@khcn/domain';

/** Messages shown beside one field: validation errors and reconciliation findings at that path. */
export type FieldNotes = { errors: string[]; warnings: string[] };

export type NotesLookup = (path: string) => FieldNotes;

/** Builds the lookup from the draft's validation issues and the findings of this section. */
export function createNotesLookup(issues: Map<string, string[]>, findings: readonly Finding[]): NotesLookup {
  const byPath = new Map<string, FieldNotes>();
  const at = (path: string) => {
    let notes = byPath.get(path);
    if (!notes) {
      notes = { errors: [], warnings: [] };
      byPath.set(path, notes);
    }
    return notes;
  };
  for (const [path, messages] of issues) at(path).errors.push(...messages);
  for (const f of findings) {
    const path = f.path && /^(facts\.\d+\.\w+|legalRefs\.\d+)$/.test(f.path) ? f.path : 'section';
    (f.severity === 'error' ? at(path).errors : at(path).warnings).push(f.message);
  }
  return (path) => byPath.get(path) ?? { errors: [], warnings: [] };
}

/** Joins notes for a Mantine input's `error` prop (errors) or `description` (warnings). */
export const joinNotes = (messages: string[]) => (messages.length > 0 ? messages.join(' ') : undefined);

/** A field's notes as a Mantine input's props: its errors, its warnings as the description, shown below the input. */
export function noteProps(notes: FieldNotes) {
  return {
    error: joinNotes(notes.errors),
    description: joinNotes(notes.warnings),
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as (
      | 'label'
      | 'input'
      | 'description'
      | 'error'
    )[],
  };
}
