import type { SectionContent } from '@khcn/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import {
  describeApiError,
  isConflictError,
  isSessionExpiredError,
  readApiErrorData,
} from '../../../app/api-error.ts';
import { reportSessionExpired } from '../../../app/query-client.ts';
import { clearDraft, saveDraft } from '../../../shared/form-draft.storage.ts';
import { checkSectionDraft, isSameContent, type SectionDraft } from './section-draft.rules.ts';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'error'; message: string }
  | { kind: 'offline' };

export type SectionConflict = {
  currentVersion: number;
  currentContent: SectionContent;
  mine: SectionContent;
};

/** What the autosave sends: resolves with the new version, rejects with the API's error. */
export type SaveSection = (args: {
  version: number;
  content: SectionContent;
}) => Promise<{ version: number }>;

type Options = {
  form: UseFormReturn<SectionDraft>;
  draftKey: string;
  /** The server version the form started from, and its content (the merge base on conflict). */
  initialVersion: number;
  initialContent: SectionContent;
  enabled: boolean;
  save: SaveSection;
  delayMs?: number;
  onSaved?: (version: number) => void;
};

/**
 * Debounced autosave of one section with optimistic concurrency. Every change is first written to local
 * storage (so an expired session or a closed tab loses nothing), then saved after `delayMs` of quiet if it
 * is valid. A CONFLICT answer stops autosaving and hands both versions to the merge view.
 */
export function useSectionAutosave({
  form,
  draftKey,
  initialVersion,
  initialContent,
  enabled,
  save,
  delayMs = 1500,
  onSaved,
}: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const [conflict, setConflict] = useState<SectionConflict | null>(null);
  const versionRef = useRef(initialVersion);
  const baseRef = useRef<SectionContent>(initialContent);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const values = useWatch({ control: form.control }) as SectionDraft;
  const saveRef = useRef(save);
  saveRef.current = save;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!enabled || inFlight.current || conflictRef.current) return;
    const draft = form.getValues();
    if (isSameContent(draft, baseRef.current)) {
      clearDraft(draftKey);
      setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: new Date() }));
      return;
    }
    const check = checkSectionDraft(draft);
    if (!check.ok) {
      setState({ kind: 'invalid', messages: [...new Set(check.issues.map((i) => i.message))] });
      return;
    }
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const result = await saveRef.current({ version: versionRef.current, content: check.content });
      versionRef.current = result.version;
      baseRef.current = check.content;
      onSavedRef.current?.(result.version);
      const now = form.getValues();
      if (isSameContent(now, check.content)) {
        clearDraft(draftKey);
        setState({ kind: 'saved', at: new Date() });
      } else {
        // The user kept typing while we saved: go again.
        saveDraft(draftKey, { baseVersion: versionRef.current, value: now });
        setState({ kind: 'dirty' });
        timer.current = setTimeout(() => void flush(), delayMs);
      }
    } catch (error) {
      if (isConflictError(error)) {
        const details = readApiErrorData(error)?.details as
          | { currentVersion: number; currentContent: SectionContent }
          | undefined;
        if (details?.currentContent) {
          setConflict({
            currentVersion: details.currentVersion,
            currentContent: details.currentContent,
            mine: check.content,
          });
        }
        setState({ kind: 'error', message: describeApiError(error) });
      } else if (isSessionExpiredError(error)) {
        setState({ kind: 'error', message: 'Phiên đăng nhập đã hết hạn; nội dung được giữ trên máy này.' });
        // The draft is in local storage already: go to sign-in; it is restored on the way back.
        reportSessionExpired();
      } else if (error instanceof TypeError) {
        setState({ kind: 'offline' });
        timer.current = setTimeout(() => void flush(), delayMs * 4);
      } else {
        setState({ kind: 'error', message: describeApiError(error) });
      }
    } finally {
      inFlight.current = false;
    }
  }, [enabled, form, draftKey, delayMs]);

  // Every change: keep a local draft, then save after a quiet moment.
  useEffect(() => {
    if (!enabled || conflictRef.current) return;
    if (isSameContent(values, baseRef.current)) return;
    saveDraft(draftKey, { baseVersion: versionRef.current, value: values });
    setState((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [values, enabled, draftKey, delayMs, flush]);

  // Leaving the section: try to save what is pending (the local draft stays if that fails).
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (!enabledRef.current || conflictRef.current || inFlight.current) return;
      const draft = form.getValues();
      if (isSameContent(draft, baseRef.current)) return;
      const check = checkSectionDraft(draft);
      if (!check.ok) return;
      saveRef.current({ version: versionRef.current, content: check.content }).then(
        (result) => {
          clearDraft(draftKey);
          onSavedRef.current?.(result.version);
        },
        () => undefined,
      );
    },
    [form, draftKey],
  );

  /** After a merge: the merged content is based on the other version; save it right away. */
  const resolveConflict = useCallback(
    (merged: SectionContent) => {
      const current = conflictRef.current;
      if (!current) return;
      versionRef.current = current.currentVersion;
      baseRef.current = current.currentContent;
      conflictRef.current = null;
      setConflict(null);
      form.reset(merged);
      saveDraft(draftKey, { baseVersion: versionRef.current, value: merged });
      void flush();
    },
    [form, draftKey, flush],
  );

  /** A conflict found when restoring a stale local draft. */
  const startConflict = useCallback((c: SectionConflict) => {
    conflictRef.current = c;
    setConflict(c);
  }, []);

  const isDirty = state.kind !== 'saved';
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  return {
    state,
    conflict,
    flush,
    resolveConflict,
    startConflict,
    baseContent: baseRef,
    version: versionRef,
  };
}
