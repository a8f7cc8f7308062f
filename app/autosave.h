#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace skyplan {

class DesignDocument;

/// A design an earlier Skyplan left behind in the autosave folder when it crashed or was
/// killed: what the user had not saved, and when it was autosaved.
struct RecoverableDesign {
    QString snapshotPath; ///< the autosaved .skyplan
    QString sessionPath;  ///< the folder of the session that wrote it
    QString name;         ///< the design's name at the time
    QString originalPath; ///< where it was saved before (empty: never saved)
    QDateTime savedAt;
};

/// Autosave and crash recovery. Each running Skyplan owns a session folder inside the autosave
/// folder, locked for as long as it runs. Every modified design is written there (atomically)
/// a few seconds after the last edit and at the latest every `interval` while edits go on, so a
/// crash or `kill -9` loses at most that much work. Saving or closing a design removes its
/// snapshot; a normal exit removes the session folder. A session folder whose lock is free at
/// start-up belonged to a process that did not exit normally: its designs are recoverable.
class Autosaver : public QObject {
    Q_OBJECT
public:
    /// `folder`: where the session folders live (created when missing).
    explicit Autosaver(const QString &folder, QObject *parent = nullptr);
    ~Autosaver() override;

    /// `<user data folder>/autosave`.
    static QString defaultFolder();
    /// The interval from the settings (seconds, 0: autosave off; default 30).
    static int configuredIntervalSeconds();
    static void setConfiguredIntervalSeconds(int seconds);

    QString folder() const { return m_folder; }
    QString sessionPath() const { return m_sessionPath; }
    /// Longest time between an edit and its snapshot while edits go on; 0 turns autosave off.
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }
    /// Quiet time after the last edit before a snapshot is written (default 3 s).
    void setIdleDelay(int milliseconds);

    /// Autosaves `document` while it has unsaved changes, until it is destroyed or forgotten.
    void watch(DesignDocument *document);
    /// The document was closed (saved or its changes discarded): its snapshot goes.
    void forget(DesignDocument *document);
    /// Writes every pending snapshot now; false (and `failed`) when one cannot be written.
    bool saveNow();
    /// The snapshot file of `document`, empty when it has none on disk.
    QString snapshotOf(const DesignDocument *document) const;

    /// Designs of sessions that did not exit normally, oldest first. Sessions still running
    /// (another Skyplan window) are left alone.
    QList<RecoverableDesign> recoverable() const;
    /// Removes a recovered (or declined) snapshot, and its session folder once it is empty.
    static void discard(const RecoverableDesign &design);

signals:
    /// A snapshot could not be written (disk full, folder removed); shown in the status bar.
    void failed(const QString &message);

private:
    struct Entry {
        QString key;
        bool pending = false;
        bool onDisk = false;
    };
    void documentChanged(DesignDocument *document);
    bool write(DesignDocument *document, Entry &entry);
    void removeSnapshot(Entry &entry);

    QString m_folder;
    QString m_sessionPath;
    std::unique_ptr<QLockFile> m_lock;
    QHash<const QObject *, Entry> m_entries;
    QTimer *m_periodic = nullptr;
    QTimer *m_idle = nullptr;
    int m_intervalMs = 30'000;
    int m_nextKey = 1;
};

} // namespace skyplan
