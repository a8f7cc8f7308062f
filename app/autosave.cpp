#include "autosave.h"

#include "model/document/designdocument.h"
#include "model/io/designfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace skyplan {

namespace {

constexpr char intervalKey[] = "autosave/intervalSeconds";
constexpr int defaultIntervalSeconds = 30;
constexpr char lockName[] = "session.lock";
constexpr char snapshotSuffix[] = ".skyplan";
constexpr char metaSuffix[] = ".autosave.json";

QString metaPathFor(const QString &snapshot)
{
    return snapshot.left(snapshot.size() - int(qstrlen(snapshotSuffix))) +
           QLatin1String(metaSuffix);
}

} // namespace

Autosaver::Autosaver(const QString &folder, QObject *parent)
    : QObject(parent), m_folder(folder), m_periodic(new QTimer(this)), m_idle(new QTimer(this))
{
    m_periodic->setSingleShot(true);
    m_idle->setSingleShot(true);
    m_idle->setInterval(3'000);
    connect(m_periodic, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(m_idle, &QTimer::timeout, this, &Autosaver::saveNow);
    setInterval(configuredIntervalSeconds() * 1000);

    // The session folder: unique per process and locked while it runs, so another Skyplan
    // never mistakes it for the remains of a crash.
    m_sessionPath = QDir(m_folder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (QDir().mkpath(m_sessionPath)) {
        m_lock = std::make_unique<QLockFile>(QDir(m_sessionPath).filePath(QLatin1String(lockName)));
        if (!m_lock->tryLock(0))
            m_lock.reset();
    }
}

Autosaver::~Autosaver()
{
    // A normal exit: designs were saved or their changes discarded, and their snapshots removed
    // (forget). Any snapshot still here belongs to a design nobody decided about; it stays, and
    // the next start offers it.
    if (m_lock)
        m_lock->unlock();
    QDir session(m_sessionPath);
    session.remove(QLatin1String(lockName));
    if (session.isEmpty())
        QDir(m_folder).rmdir(session.dirName());
}

QString Autosaver::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("autosave"));
}

int Autosaver::configuredIntervalSeconds()
{
    return std::max(0,
                    QSettings().value(QLatin1String(intervalKey), defaultIntervalSeconds).toInt());
}

void Autosaver::setConfiguredIntervalSeconds(int seconds)
{
    QSettings().setValue(QLatin1String(intervalKey), std::max(0, seconds));
}

void Autosaver::setInterval(int milliseconds)
{
    m_intervalMs = std::max(0, milliseconds);
    m_periodic->setInterval(m_intervalMs);
    if (m_intervalMs == 0) {
        m_periodic->stop();
        m_idle->stop();
    }
}

void Autosaver::setIdleDelay(int milliseconds)
{
    m_idle->setInterval(std::max(0, milliseconds));
}

void Autosaver::watch(DesignDocument *document)
{
    Entry entry;
    entry.key = QStringLiteral("design-%1").arg(m_nextKey++);
    m_entries.insert(document, entry);
    connect(document, &DesignDocument::changed, this,
            [this, document](const DesignChange &) { documentChanged(document); });
    connect(document, &DesignDocument::modifiedChanged, this,
            [this, document](bool) { documentChanged(document); });
    connect(document, &DesignDocument::filePathChanged, this,
            [this, document](const QString &) { documentChanged(document); });
    // Destroyed without being forgotten (the window went away without closing): the snapshot
    // stays for the next start.
    connect(document, &QObject::destroyed, this,
            [this](QObject *object) { m_entries.remove(object); });
    documentChanged(document);
}

void Autosaver::forget(DesignDocument *document)
{
    auto it = m_entries.find(document);
    if (it == m_entries.end())
        return;
    removeSnapshot(*it);
    m_entries.erase(it);
    disconnect(document, nullptr, this, nullptr);
}

void Autosaver::documentChanged(DesignDocument *document)
{
    auto it = m_entries.find(document);
    if (it == m_entries.end())
        return;
    if (!document->isModified()) {
        // Saved, or undone back to the saved state: nothing to recover.
        it->pending = false;
        removeSnapshot(*it);
        return;
    }
    it->pending = true;
    if (m_intervalMs == 0)
        return;
    m_idle->start();
    if (!m_periodic->isActive())
        m_periodic->start();
}

bool Autosaver::saveNow()
{
    m_periodic->stop();
    m_idle->stop();
    bool ok = true;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->pending)
            continue;
        auto *document = static_cast<DesignDocument *>(const_cast<QObject *>(it.key()));
        ok = write(document, *it) && ok;
    }
    return ok;
}

bool Autosaver::write(DesignDocument *document, Entry &entry)
{
    if (!document->isModified()) {
        entry.pending = false;
        removeSnapshot(entry);
        return true;
    }
    const QDir session(m_sessionPath);
    if (!session.exists() && !QDir().mkpath(m_sessionPath)) {
        emit failed(tr("Autosave failed: cannot create %1").arg(m_sessionPath));
        return false;
    }
    const QString snapshot = session.filePath(entry.key + QLatin1String(snapshotSuffix));
    QJsonObject meta;
    meta[QStringLiteral("name")] = document->design().name;
    meta[QStringLiteral("file")] = document->filePath();
    meta[QStringLiteral("saved_at")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString error;
    // The design first, then the note that points at it: a half-finished autosave leaves the
    // previous pair intact.
    if (!writeFileAtomically(snapshot, skyplanfile::write(document->design()), &error) ||
        !writeFileAtomically(metaPathFor(snapshot), QJsonDocument(meta).toJson(), &error)) {
        emit failed(tr("Autosave of %1 failed: %2").arg(document->design().name, error));
        return false;
    }
    entry.pending = false;
    entry.onDisk = true;
    return true;
}

void Autosaver::removeSnapshot(Entry &entry)
{
    if (!entry.onDisk)
        return;
    const QString snapshot =
        QDir(m_sessionPath).filePath(entry.key + QLatin1String(snapshotSuffix));
    QFile::remove(metaPathFor(snapshot));
    QFile::remove(snapshot);
    entry.onDisk = false;
}

QString Autosaver::snapshotOf(const DesignDocument *document) const
{
    const auto it = m_entries.constFind(document);
    if (it == m_entries.constEnd() || !it->onDisk)
        return {};
    return QDir(m_sessionPath).filePath(it->key + QLatin1String(snapshotSuffix));
}

QList<RecoverableDesign> Autosaver::recoverable() const
{
    QList<RecoverableDesign> found;
    const QDir root(m_folder);
    for (const QFileInfo &sessionInfo :
         root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString sessionPath = sessionInfo.absoluteFilePath();
        if (QFileInfo(sessionPath) == QFileInfo(m_sessionPath))
            continue;
        // A running Skyplan holds its lock; a crashed or killed one does not (the lock file
        // names a process that is gone, or no lock file was written).
        QLockFile lock(QDir(sessionPath).filePath(QLatin1String(lockName)));
        if (!lock.tryLock(0))
            continue;
        const QDir session(sessionPath);
        for (const QFileInfo &metaInfo : session.entryInfoList(
                 {QStringLiteral("*") + QLatin1String(metaSuffix)}, QDir::Files, QDir::Name)) {
            QFile metaFile(metaInfo.absoluteFilePath());
            if (!metaFile.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            RecoverableDesign design;
            const QString base = metaInfo.fileName().chopped(int(qstrlen(metaSuffix)));
            design.snapshotPath = session.filePath(base + QLatin1String(snapshotSuffix));
            if (!QFileInfo::exists(design.snapshotPath))
                continue;
            design.sessionPath = sessionPath;
            design.name = meta.value(QStringLiteral("name")).toString();
            design.originalPath = meta.value(QStringLiteral("file")).toString();
            design.savedAt = QDateTime::fromString(
                meta.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
            if (!design.savedAt.isValid())
                design.savedAt = QFileInfo(design.snapshotPath).lastModified();
            found << design;
        }
        lock.unlock();
        // An abandoned session with nothing left in it (unlock removed the lock file) is only
        // clutter.
        if (session.isEmpty())
            root.rmdir(sessionInfo.fileName());
    }
    std::sort(found.begin(), found.end(),
              [](const RecoverableDesign &a, const RecoverableDesign &b) {
                  return a.savedAt < b.savedAt;
              });
    return found;
}

void Autosaver::discard(const RecoverableDesign &design)
{
    QFile::remove(metaPathFor(design.snapshotPath));
    QFile::remove(design.snapshotPath);
    QDir session(design.sessionPath);
    if (session.entryList({QStringLiteral("*") + QLatin1String(snapshotSuffix)}, QDir::Files)
            .isEmpty()) {
        session.remove(QLatin1String(lockName));
        QDir(QFileInfo(design.sessionPath).absolutePath()).rmdir(session.dirName());
    }
}

} // namespace skyplan
