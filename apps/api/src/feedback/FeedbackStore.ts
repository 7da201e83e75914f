import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** One reader's judgement of one answer, as the mutation receives it (already checked). */
export interface FeedbackEntry {
  question: string;
  history: readonly string[];
  helpful: boolean;
  comment: string | null;
  status: string | null;
  verdict: string | null;
  dataVersion: string | null;
  language: string | null;
}

/** A question the knowledge base could not answer. No IP, no user agent: nothing about the reader. */
export interface UnansweredEntry {
  question: string;
  history: readonly string[];
  dataVersion: string;
  language: string;
  askedAt: string;
}

export interface Receipt {
  id: string;
  receivedAt: string;
}

export interface QuestionCount {
  question: string;
  count: number;
  lastAskedAt: string;
}

export interface Downvote {
  question: string;
  history: string[];
  comment: string | null;
  status: string | null;
  verdict: string | null;
  dataVersion: string | null;
  language: string | null;
  receivedAt: string;
}

export const FEEDBACK_FILE = "feedback.sqlite";

/**
 * Feedback and unanswered questions in one SQLite file under the data directory. WAL lets
 * readers (the report) run beside the writer, and busy_timeout lets several processes share the
 * file: SQLite serialises their writes instead of failing them.
 */
export class FeedbackStore {
  private readonly db: Database.Database;
  /**
   * The unanswered log's own connection: the log is for maintainers, so its batches are not
   * synced to the disk one by one (in WAL mode, NORMAL syncs at checkpoints only). Each sync
   * held the event loop for 7-19 ms every time a batch was written under load.
   */
  private readonly logDb: Database.Database;
  private readonly insertFeedback: Database.Statement;
  private readonly insertUnanswered: Database.Statement;
  private readonly insertManyUnanswered: (rows: readonly UnansweredEntry[]) => void;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, FEEDBACK_FILE));
    this.db.pragma("journal_mode = WAL");
    // A receipt promises the judgement is kept: each commit reaches the disk before it is sent.
    this.db.pragma("synchronous = FULL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS feedback (
        id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        question TEXT NOT NULL,
        history TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        comment TEXT,
        status TEXT,
        verdict TEXT,
        data_version TEXT,
        language TEXT
      );
      CREATE TABLE IF NOT EXISTS unanswered (
        id INTEGER PRIMARY KEY,
        asked_at TEXT NOT NULL,
        question TEXT NOT NULL,
        history TEXT NOT NULL,
        data_version TEXT NOT NULL,
        language TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS unanswered_question ON unanswered (question);
    `);
    this.insertFeedback = this.db.prepare(
      `INSERT INTO feedback (id, received_at, question, history, helpful, comment, status, verdict, data_version, language)
       VALUES (@id, @receivedAt, @question, @history, @helpful, @comment, @status, @verdict, @dataVersion, @language)`,
    );
    this.logDb = new Database(join(dataDir, FEEDBACK_FILE));
    this.logDb.pragma("synchronous = NORMAL");
    this.logDb.pragma("busy_timeout = 5000");
    this.insertUnanswered = this.logDb.prepare(
      `INSERT INTO unanswered (asked_at, question, history, data_version, language)
       VALUES (@askedAt, @question, @history, @dataVersion, @language)`,
    );
    this.insertManyUnanswered = this.logDb.transaction((rows: readonly UnansweredEntry[]) => {
      for (const r of rows) this.insertUnanswered.run({ ...r, history: JSON.stringify(r.history) });
    });
  }

  addFeedback(entry: FeedbackEntry, now = new Date()): Receipt {
    const receipt = { id: randomUUID(), receivedAt: now.toISOString() };
    this.insertFeedback.run({
      ...entry,
      ...receipt,
      history: JSON.stringify(entry.history),
      helpful: entry.helpful ? 1 : 0,
    });
    return receipt;
  }

  /** Writes a batch in one transaction: one disk sync for many questions. */
  addUnanswered(rows: readonly UnansweredEntry[]): void {
    if (rows.length > 0) this.insertManyUnanswered(rows);
  }

  /** The questions asked most often without an answer, most frequent first. */
  topUnanswered(limit = 20): QuestionCount[] {
    return this.db
      .prepare(
        `SELECT question, COUNT(*) AS count, MAX(asked_at) AS lastAskedAt FROM unanswered
         GROUP BY question ORDER BY count DESC, lastAskedAt DESC LIMIT ?`,
      )
      .all(limit) as QuestionCount[];
  }

  /** The answers readers marked unhelpful, newest first. */
  downvoted(limit = 20): Downvote[] {
    const rows = this.db
      .prepare(
        `SELECT question, history, comment, status, verdict, data_version AS dataVersion, language,
                received_at AS receivedAt
         FROM feedback WHERE helpful = 0 ORDER BY received_at DESC LIMIT ?`,
      )
      .all(limit) as (Omit<Downvote, "history"> & { history: string })[];
    return rows.map((r) => ({ ...r, history: JSON.parse(r.history) as string[] }));
  }

  counts(): { feedback: number; helpful: number; unanswered: number } {
    const f = this.db.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(helpful), 0) AS h FROM feedback`).get() as {
      n: number;
      h: number;
    };
    const u = this.db.prepare(`SELECT COUNT(*) AS n FROM unanswered`).get() as { n: number };
    return { feedback: f.n, helpful: f.h, unanswered: u.n };
  }

  close(): void {
    this.logDb.close();
    this.db.close();
  }
}
