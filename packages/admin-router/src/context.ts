import type { Database, StoredFile } from '@khcn/db';
import type { Actor } from '@khcn/domain';
import type { PublishJobSink, ReleaseStore, ReleaseTarget } from '@khcn/publisher';

/** The signed-in user as procedures see it. */
export type SessionActor = Actor & { displayName: string; username: string; sessionId: string };

/** Enqueues the publish job in the caller's transaction: a rollback leaves no job (the publisher's). */
export type PublishQueue = PublishJobSink;

/** Keeps file bytes outside any web root. */
export interface FileStore {
  put(args: {
    bytes: Uint8Array;
    purpose: StoredFile['purpose'];
    mediaType: string;
    originalName: string;
    createdBy: string | null;
  }): Promise<StoredFile>;
  read(storageKey: string): Promise<Uint8Array>;
}

/** Cookie writes go through the HTTP layer, which owns the cookie's attributes. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export type Logger = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

/** Everything a procedure may use. Built per request by the HTTP app (apps/admin-api). */
export type Context = {
  db: Database;
  now: () => Date;
  newId: () => string;
  actor: SessionActor | null;
  requestId: string;
  /** Client address, for login throttling. */
  clientAddress: string;
  logger: Logger;
  publishQueue: PublishQueue;
  files: FileStore;
  sessionCookie: SessionCookie;
  /** The public site's releases on this machine, for rollback; absent where the API does not host them. */
  siteReleases?: ReleaseStore | undefined;
  /** The release targets (SITE_TARGETS) rollback switches; without them, the local folder `siteReleases`. */
  siteTargets?: ReleaseTarget[] | undefined;
};
