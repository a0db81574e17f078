package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only schema migrations, numbered by SQLite's {@code user_version}.
 *
 * <p>Why not Flyway: it needs its own history table and a SQLite module that lags xerial's driver;
 * {@code user_version} lives in the database header, is changed in the same transaction as the
 * schema, and costs no dependency. Append a step to {@link #STEPS}; never edit a released one.
 */
public final class Migrations {

    /** Step i (0-based) takes the schema from version i to i + 1. */
    static final List<String> STEPS = List.of(
            // v1: the counter's first schema.
            """
            CREATE TABLE service_point (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                ubigeo TEXT NOT NULL,
                place TEXT NOT NULL
            );
            CREATE TABLE advisor (
                id TEXT PRIMARY KEY,
                full_name TEXT NOT NULL,
                pin_hash TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1
            );
            CREATE TABLE attention (
                id TEXT PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                visit_id TEXT NOT NULL,
                advisor_id TEXT NOT NULL,
                point_id TEXT NOT NULL,
                doc_type TEXT NOT NULL,
                doc_number TEXT NOT NULL,
                doc_check TEXT NOT NULL,
                citizen_names TEXT NOT NULL,
                verification TEXT NOT NULL,
                verification_code TEXT NOT NULL,
                procedure_id TEXT NOT NULL,
                outcome TEXT NOT NULL,
                outcome_detail TEXT NOT NULL,
                language TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                ended_at INTEGER NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE INDEX attention_document ON attention(doc_type, doc_number);
            CREATE INDEX attention_started ON attention(started_at);
            CREATE INDEX attention_visit ON attention(visit_id);
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                attention_id TEXT NOT NULL REFERENCES attention(id),
                kind TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'acknowledged', 'quarantined')),
                reason TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            );
            CREATE INDEX outbox_state ON outbox(state);
            CREATE TABLE setting (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """,
            // identity (issue #3): cache of verified identities, audit of every query, flags for the supervisor.
            """
            CREATE TABLE identity_cache (
                doc_type TEXT NOT NULL,
                doc_number TEXT NOT NULL,
                outcome TEXT NOT NULL,
                code TEXT NOT NULL,
                given_names TEXT NOT NULL,
                first_surname TEXT NOT NULL,
                second_surname TEXT NOT NULL,
                restriction TEXT NOT NULL,
                photo BLOB,
                verified_at INTEGER NOT NULL,
                PRIMARY KEY (doc_type, doc_number)
            );
            CREATE INDEX identity_cache_verified ON identity_cache(verified_at);
            CREATE TABLE identity_audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                advisor_id TEXT NOT NULL,
                workstation_id TEXT NOT NULL,
                reference TEXT NOT NULL,
                doc_type TEXT NOT NULL,
                doc_number TEXT NOT NULL,
                service TEXT NOT NULL,
                outcome TEXT NOT NULL,
                code TEXT NOT NULL,
                cached INTEGER NOT NULL,
                elapsed_ms INTEGER NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX identity_audit_at ON identity_audit(at);
            CREATE INDEX identity_audit_reference ON identity_audit(reference);
            CREATE TABLE identity_flag (
                attention_id TEXT PRIMARY KEY REFERENCES attention(id),
                reason TEXT NOT NULL CHECK (reason IN ('NAMES_DIFFER', 'NOT_FOUND', 'INVALID_DOCUMENT')),
                code TEXT NOT NULL,
                pide_names TEXT NOT NULL,
                flagged_at INTEGER NOT NULL,
                resolved_at INTEGER,
                resolved_by TEXT
            );
            CREATE INDEX identity_flag_open ON identity_flag(resolved_at);
            """,
            // Store (issue #4): retention marks purged rows; indexes for the outbox and the reports.
            """
            ALTER TABLE attention ADD COLUMN purged_at INTEGER;
            ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX outbox_attention ON outbox(attention_id);
            CREATE INDEX attention_started_procedure ON attention(started_at, procedure_id);
            DROP INDEX attention_started;
            CREATE INDEX attention_retained ON attention(ended_at) WHERE purged_at IS NULL;
            """,
            // Sync (issue #5): the central's answer per outbox entry; what the central sent back.
            """
            ALTER TABLE outbox ADD COLUMN result TEXT;
            CREATE TABLE sync_inbox (
                seq INTEGER PRIMARY KEY,
                type TEXT NOT NULL,
                ref TEXT NOT NULL,
                body TEXT NOT NULL,
                received_at INTEGER NOT NULL
            );
            """,
            // Store (issue #4): every b-tree a save touches is one more WAL page to write and sync.
            // Nothing on the counter's path reads by visit, and retention's daily pass can scan: both
            // indexes go. AUTOINCREMENT updated sqlite_sequence in every save; outbox rows are never
            // deleted, so a plain INTEGER PRIMARY KEY already gives increasing, never reused ids.
            """
            DROP INDEX attention_visit;
            DROP INDEX attention_retained;
            CREATE TABLE outbox_v5 (
                id INTEGER PRIMARY KEY,
                attention_id TEXT NOT NULL REFERENCES attention(id),
                kind TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'acknowledged', 'quarantined')),
                reason TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                result TEXT
            );
            INSERT INTO outbox_v5 (id, attention_id, kind, state, reason, created_at, updated_at, attempts, result)
                SELECT id, attention_id, kind, state, reason, created_at, updated_at, attempts, result FROM outbox;
            DROP TABLE outbox;
            ALTER TABLE outbox_v5 RENAME TO outbox;
            DELETE FROM sqlite_sequence WHERE name = 'outbox';
            CREATE INDEX outbox_state ON outbox(state);
            CREATE INDEX outbox_attention ON outbox(attention_id);
            """,
            // Record kinds (issue #9): the outbox carries records of any kind, not only attentions.
            // (kind, record_id) names the record; change says first version, later change or resend;
            // schema_version is the content version the central acknowledged (reconcile hashes with it).
            // No foreign key to attention any more: a survey's or complaint's id is not an attention's.
            // Same number of b-trees per save as v5 (table, state index, record index).
            """
            CREATE TABLE outbox_v6 (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                change TEXT NOT NULL CHECK (change IN ('created', 'changed', 'reconcile')),
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'acknowledged', 'quarantined')),
                reason TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                result TEXT,
                schema_version INTEGER
            );
            INSERT INTO outbox_v6 (id, kind, record_id, change, state, reason, created_at, updated_at, attempts,
                    result, schema_version)
                SELECT id, 'attention', attention_id,
                    CASE kind WHEN 'attention.verification' THEN 'changed'
                              WHEN 'attention.reconcile' THEN 'reconcile' ELSE 'created' END,
                    state, reason, created_at, updated_at, attempts, result,
                    CASE state WHEN 'acknowledged' THEN 1 END
                FROM outbox;
            DROP TABLE outbox;
            ALTER TABLE outbox_v6 RENAME TO outbox;
            CREATE INDEX outbox_state ON outbox(state);
            CREATE INDEX outbox_record ON outbox(kind, record_id);
            """,
            // Procedures performed (issue #11): each attention records the channel it was served
            // through, the entity's reference and the catalogue version; capture forms and their
            // documents get tables of their own. Document bytes live in files outside the database
            // (attachment.file names them); the row holds what identifies them (size, SHA-256) and
            // how far their upload got.
            """
            ALTER TABLE attention ADD COLUMN channel TEXT NOT NULL DEFAULT 'counter';
            ALTER TABLE attention ADD COLUMN entity_reference TEXT NOT NULL DEFAULT '';
            ALTER TABLE attention ADD COLUMN catalog_version TEXT NOT NULL DEFAULT '';
            CREATE TABLE capture (
                id TEXT PRIMARY KEY,
                attention_id TEXT NOT NULL,
                procedure_id TEXT NOT NULL,
                form_id TEXT NOT NULL,
                answers TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                purged_at INTEGER
            );
            CREATE TABLE attachment (
                id TEXT PRIMARY KEY,
                capture_id TEXT NOT NULL,
                field_id TEXT NOT NULL,
                media_type TEXT NOT NULL,
                file TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                sent_bytes INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sent', 'purged')),
                updated_at INTEGER NOT NULL
            );
            CREATE INDEX attachment_pending ON attachment(state) WHERE state = 'pending';
            CREATE INDEX attachment_capture ON attachment(capture_id);
            """,
            // Attachment uploads (issue #11): a file whose hash the central refused is started over
            // once (restarts), then set aside with a reason and no longer tried; it stays 'pending'
            // (the central does not hold it) but leaves the upload queue.
            """
            ALTER TABLE attachment ADD COLUMN restarts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE attachment ADD COLUMN quarantine_reason TEXT;
            """,
            // Cases (issue #12): an attention whose answer comes later opens one follow_up row
            // (its code, citizen and procedure stay in the attention). A result from the central
            // updates it; a final answer closes it, and the advisor's closure is a record of its own
            // (closure_id) queued in the outbox. Pulled changes are processed once: 'done' (results
            // are then deleted, messages kept a while) or 'aside' with a reason, never dropped.
            """
            CREATE TABLE follow_up (
                attention_id TEXT PRIMARY KEY,
                reason TEXT NOT NULL,
                awaiting TEXT NOT NULL DEFAULT '',
                opened_at INTEGER NOT NULL,
                due_date TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
                result_status TEXT,
                result_note TEXT NOT NULL DEFAULT '',
                result_at INTEGER,
                result_unread INTEGER NOT NULL DEFAULT 0,
                answer TEXT,
                answer_reason TEXT NOT NULL DEFAULT '',
                closed_at INTEGER,
                closed_by TEXT,
                closure_id TEXT UNIQUE
            );
            CREATE INDEX follow_up_open ON follow_up(state, due_date);
            ALTER TABLE sync_inbox ADD COLUMN state TEXT NOT NULL DEFAULT 'new';
            ALTER TABLE sync_inbox ADD COLUMN reason TEXT;
            ALTER TABLE sync_inbox ADD COLUMN processed_at INTEGER;
            CREATE INDEX sync_inbox_state ON sync_inbox(state);
            """,
            // USB bundles (issue #12): each bundle written keeps the key its answer is sealed with
            // and, per record it carried (in order), the outbox entries the answer settles.
            """
            CREATE TABLE bundle (
                id TEXT PRIMARY KEY,
                answer_key TEXT NOT NULL,
                entries TEXT NOT NULL,
                records INTEGER NOT NULL,
                attachments INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                applied_at INTEGER
            );
            """,
            // Issue 13 (survey, suggestions and compliments): anonymous surveys and short suggestions or
            // compliments. WITHOUT ROWID with random ids: not even the rows' order can join a survey to a visit.
            """
            CREATE TABLE survey (
                id TEXT PRIMARY KEY,
                point_id TEXT NOT NULL,
                day TEXT NOT NULL,
                language TEXT NOT NULL,
                treatment INTEGER,
                information INTEGER,
                time INTEGER,
                outcome INTEGER,
                accessibility INTEGER,
                trust INTEGER,
                comment TEXT NOT NULL DEFAULT '',
                compliment INTEGER NOT NULL DEFAULT 0,
                queued INTEGER NOT NULL DEFAULT 0,
                purged_at INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX survey_day ON survey (day);
            CREATE TABLE suggestion (
                id TEXT PRIMARY KEY,
                type TEXT NOT NULL CHECK (type IN ('suggestion', 'compliment')),
                point_id TEXT NOT NULL,
                day TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                contact TEXT NOT NULL DEFAULT '',
                purged_at INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX suggestion_day ON suggestion (day);
            """,
            // Issue 13 (timeline): each attention records when the citizen arrived and was called to
            // the counter and the language spoken with them (null in older rows: unknown). The arrival
            // queue gives turn numbers per point and day, allocated in the row's own insert (no gap,
            // no repeat, also after a crash); a visit record keeps the visit's timeline (no personal
            // data); orientations and requests outside the catalogue are records of their own.
            """
            ALTER TABLE attention ADD COLUMN arrived_at INTEGER;
            ALTER TABLE attention ADD COLUMN called_at INTEGER;
            ALTER TABLE attention ADD COLUMN citizen_language TEXT;
            CREATE TABLE arrival (
                id TEXT PRIMARY KEY,
                point_id TEXT NOT NULL,
                day TEXT NOT NULL,
                turn INTEGER NOT NULL,
                arrived_at INTEGER NOT NULL,
                called_at INTEGER,
                left_at INTEGER,
                visit_id TEXT,
                UNIQUE (point_id, day, turn)
            );
            CREATE TABLE visit (
                id TEXT PRIMARY KEY,
                point_id TEXT NOT NULL,
                advisor_id TEXT NOT NULL,
                turn INTEGER,
                arrived_at INTEGER NOT NULL,
                called_at INTEGER NOT NULL,
                ended_at INTEGER NOT NULL,
                citizen_language TEXT NOT NULL,
                attentions INTEGER NOT NULL,
                orientations INTEGER NOT NULL,
                orientation_only INTEGER NOT NULL,
                created_at INTEGER NOT NULL
            );
            CREATE INDEX visit_ended ON visit(ended_at);
            CREATE TABLE orientation (
                id TEXT PRIMARY KEY,
                visit_id TEXT NOT NULL,
                point_id TEXT NOT NULL,
                advisor_id TEXT NOT NULL,
                type TEXT NOT NULL,
                topic TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                citizen_language TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                purged_at INTEGER
            );
            CREATE INDEX orientation_recorded ON orientation(recorded_at);
            """,
            // Issue 13 (complaints): the Libro de Reclamaciones. seq is the point's correlative number, allocated
            // in the same transaction as the row (UNIQUE per point), never reused (see ComplaintStore's
            // high-water mark file). Personal fields are blanked by retention once answered and acknowledged.
            """
            CREATE TABLE complaint (
                id TEXT PRIMARY KEY,
                point_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                year INTEGER NOT NULL,
                filed_at INTEGER NOT NULL,
                advisor_id TEXT NOT NULL,
                visit_id TEXT,
                doc_type TEXT NOT NULL,
                doc_number TEXT NOT NULL,
                names TEXT NOT NULL,
                address TEXT NOT NULL,
                phone TEXT NOT NULL,
                email TEXT NOT NULL,
                reply_via TEXT NOT NULL,
                minor INTEGER NOT NULL,
                guardian_names TEXT NOT NULL,
                guardian_document TEXT NOT NULL,
                facts TEXT NOT NULL,
                request TEXT NOT NULL,
                action TEXT NOT NULL,
                language TEXT NOT NULL,
                confirmation TEXT NOT NULL,
                due_date TEXT NOT NULL,
                answered_on TEXT,
                answer_via TEXT,
                answer_summary TEXT,
                answered_by TEXT,
                answered_at INTEGER,
                revision INTEGER NOT NULL DEFAULT 1,
                purged_at INTEGER,
                UNIQUE (point_id, seq)
            );
            CREATE INDEX complaint_open ON complaint(answered_on, due_date);
            """,
            // Issue 13 (incidents): the point's incident register. One row per incident, sent as a
            // record of kind 'incident' (urgent). A supervisor's closing (for a suspected data breach
            // the notification to the Autoridad, with its time and reference) is a later revision.
            // Retention blanks the free texts (purged_at) like an attention's personal fields.
            """
            CREATE TABLE incident (
                id TEXT PRIMARY KEY,
                type TEXT NOT NULL,
                severity TEXT NOT NULL,
                serious INTEGER NOT NULL,
                occurred_at INTEGER NOT NULL,
                what TEXT NOT NULL,
                done TEXT NOT NULL,
                advisor_id TEXT NOT NULL,
                point_id TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                notified_at INTEGER,
                notification_ref TEXT,
                closed_by TEXT,
                closed_at INTEGER,
                purged_at INTEGER
            );
            CREATE INDEX incident_recorded ON incident(recorded_at);
            CREATE INDEX incident_open ON incident(serious, closed_at);
            """,
            // Issue 15 (foundation): the audit hash chain. Each row's hash covers the row and the previous
            // row's hash (see AuditChainStore); subjects are blind indexes, never document numbers.
            """
            CREATE TABLE audit_chain (
                seq INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                purpose TEXT NOT NULL,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE INDEX audit_chain_subject ON audit_chain(subject) WHERE subject <> '';
            """,
            // Issue 15 (encryption at rest): document numbers are sealed, so they are looked up by their blind
            // index (PersonalData fills it for older rows when the database opens). The attention's index on
            // the clear number goes (same number of b-trees per save); the cache's key stays unique because
            // sealed values never repeat, and its look-up goes through the blind index.
            """
            ALTER TABLE attention ADD COLUMN doc_blind TEXT NOT NULL DEFAULT '';
            DROP INDEX attention_document;
            CREATE INDEX attention_doc_blind ON attention(doc_blind);
            ALTER TABLE identity_cache ADD COLUMN doc_blind TEXT NOT NULL DEFAULT '';
            CREATE INDEX identity_cache_doc_blind ON identity_cache(doc_type, doc_blind);
            """,
            // Issue 15 (roles and sign-in): each advisor's role, and the sign-in lockout kept across restarts
            // (failures in a row, locked until when, epoch ms). Existing advisors become advisors; a point
            // with no supervisor yet would lock everybody out of Supervisión, so the oldest active advisor
            // (the first added, lowest rowid) becomes its supervisor. Their PIN hashes are peppered with the
            // database's key at their next successful sign-in (see AdvisorStore#pepper).
            """
            ALTER TABLE advisor ADD COLUMN role TEXT NOT NULL DEFAULT 'advisor';
            ALTER TABLE advisor ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE advisor ADD COLUMN locked_until INTEGER NOT NULL DEFAULT 0;
            UPDATE advisor SET role = 'supervisor' WHERE rowid = (SELECT MIN(rowid) FROM advisor WHERE active = 1)
                AND NOT EXISTS (SELECT 1 FROM advisor WHERE role = 'supervisor' AND active = 1);
            """,
            // Issue 15 (audit): the chain rows of a database replaced by a restore, kept verbatim (each
            // still verifiable) and anchored by the restore row of the restored database's own chain;
            // they are synced to the central like the chain's rows (record kind 'audit'). rid: the row's record
            // id at the central (derived from its hash), so the outbox finds a row without scanning the chain.
            """
            CREATE TABLE audit_archive (
                hash TEXT PRIMARY KEY,
                seq INTEGER NOT NULL,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                purpose TEXT NOT NULL,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                archived_at INTEGER NOT NULL,
                rid TEXT NOT NULL
            );
            CREATE INDEX audit_archive_rid ON audit_archive(rid);
            ALTER TABLE audit_chain ADD COLUMN rid TEXT;
            CREATE INDEX audit_chain_rid ON audit_chain(rid) WHERE rid IS NOT NULL;
            """,
            // Issue 14 (reports): every table a report reads over a period is read by a range of its own
            // time column; the acknowledged outbox rows by when they were acknowledged (the days a sync went
            // through), a partial index so the pending rows the sync scans pay nothing for it.
            """
            CREATE INDEX IF NOT EXISTS complaint_filed ON complaint(filed_at);
            CREATE INDEX IF NOT EXISTS incident_occurred ON incident(occurred_at);
            CREATE INDEX IF NOT EXISTS visit_arrived ON visit(arrived_at);
            CREATE INDEX IF NOT EXISTS follow_up_opened ON follow_up(opened_at);
            CREATE INDEX IF NOT EXISTS outbox_acknowledged_at ON outbox(updated_at) WHERE state = 'acknowledged';
            """,
            // Issue 14 (speed at scale): a report reads a period's attentions from one index alone, without
            // the table's rows (their sealed personal fields make them ~450 bytes): attention_report holds
            // after started_at every column ReportStore#attentionFigures reads. started_at stays first, so
            // countByProcedure and the searches' ranges use it as before; it replaces its prefix
            // attention_started_procedure (the same number of b-trees per save). ~90 MB more per million
            // attentions; built once at the upgrade (a few seconds for a million). The cases alive in a period are
            // the open ones and those closed since it began, each found by closed_at, not every case ever opened.
            """
            DROP INDEX IF EXISTS attention_started_procedure;
            CREATE INDEX IF NOT EXISTS attention_report ON attention(started_at, procedure_id, channel, outcome,
                verification, citizen_language, language, ended_at, arrived_at, called_at, visit_id);
            CREATE INDEX IF NOT EXISTS follow_up_closed ON follow_up(closed_at);
            """);

    private Migrations() {
    }

    public static int latestVersion() {
        return STEPS.size();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema to the latest version; refuses a database from a newer application. */
    static void apply(Connection connection) throws SQLException {
        apply(connection, STEPS, STEPS.size());
    }

    /**
     * Applies {@code steps} up to version {@code target}, each step in its own transaction together
     * with its {@code user_version}: a failed step leaves the previous version intact.
     */
    static void apply(Connection connection, List<String> steps, int target) throws SQLException {
        int version = currentVersion(connection);
        if (version > steps.size()) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA,
                    "schema version " + version + " is newer than " + steps.size(), null);
        }
        for (int v = version; v < target; v++) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : steps.get(v).split(";")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }
}
