#include "designfile.h"
#include "drawio.h"

#include "sourcedocument.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace skyplan {

DesignFormat designFormatFor(const QString &path, const QByteArray &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("skyplan") || suffix == QLatin1String("json"))
        return DesignFormat::Skyplan;
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return DesignFormat::YamlSpec;
    if (suffix == QLatin1String("drawio") || drawio::looksLikeDrawio(text))
        return DesignFormat::Drawio;
    return SourceDocument::sniff(text) == SourceDocument::Syntax::Json ? DesignFormat::Skyplan
                                                                       : DesignFormat::YamlSpec;
}

LoadedDesign readDesignFile(const QString &path, const Catalog &catalog)
{
    const auto fail = [&](const QString &message) {
        Diagnostic d;
        d.file = path;
        d.message = message;
        throw InputError(d);
    };
    const QFileInfo info(path);
    if (!info.exists())
        fail(QStringLiteral("no such file"));
    if (info.isDir())
        fail(QStringLiteral("is a folder, expected a .skyplan or .yaml file"));
    if (info.size() > InputLimits::maxFileBytes)
        fail(QStringLiteral("file too large (%1 bytes; the limit is %2)")
                 .arg(info.size())
                 .arg(InputLimits::maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
    const QByteArray text = file.readAll();
    const DesignFormat format = designFormatFor(path, text);
    LoadedDesign loaded = format == DesignFormat::Skyplan  ? skyplanfile::read(text, path, catalog)
                          : format == DesignFormat::Drawio ? drawio::read(text, path, catalog)
                                                           : yamlspec::read(text, path, catalog);
    if (loaded.design.name.isEmpty())
        loaded.design.name = info.completeBaseName();
    return loaded;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // Unbuffered: a buffered QSaveFile reports a short write at commit time as success (Qt 6.4
    // loses the error of a partial flush), so a full disk would truncate the file silently.
    // Written straight through, the short write shows in write()'s count.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size() || file.size() != bytes.size()) {
        if (error)
            *error = file.error() == QFileDevice::NoError
                         ? QStringLiteral("the disk is full or the file size limit was reached")
                         : file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace skyplan
