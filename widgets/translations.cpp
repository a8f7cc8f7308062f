#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace skyplan {

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString installTranslations(const QString &language)
{
    QString wanted = language;
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        wanted = QLocale::languageToCode(QLocale::system().language());
    if (!shippedLanguages().contains(wanted))
        wanted = QStringLiteral("en");
    // English has a file too: only its plural forms ("1 error", "2 errors").
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/skyplan_%1.qm").arg(wanted))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    if (wanted == QLatin1String("en"))
        return wanted;
    // Qt's own strings (OK, Cancel, Save, the file dialog): from the system's Qt, if installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(wanted),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return wanted;
}

} // namespace skyplan
