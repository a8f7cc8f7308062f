#pragma once

#include "enums.h"

#include <QCoreApplication>

namespace skyplan {

/// An enum's file key ("multi_zone", "active-passive") where an analysis text quotes it: the key
/// itself in English, as the reports and golden files have it, and a word of the interface
/// language otherwise (context "EnumKey"). Only the keys listed below are translated; they are
/// those the analysis texts and tooltips quote.
template<typename E> QString keyText(E value)
{
    return QCoreApplication::translate("EnumKey", enumKeyString(value).toUtf8().constData());
}

namespace keytext {
/// For lupdate: the keys keyText() translates.
inline constexpr const char *translatedKeys[] = {
    // StorageTier
    QT_TRANSLATE_NOOP("EnumKey", "standard"),
    QT_TRANSLATE_NOOP("EnumKey", "infrequent"),
    QT_TRANSLATE_NOOP("EnumKey", "archive"),
    // Deployment
    QT_TRANSLATE_NOOP("EnumKey", "single_zone"),
    QT_TRANSLATE_NOOP("EnumKey", "multi_zone"),
    QT_TRANSLATE_NOOP("EnumKey", "multi_region"),
    // DrStrategy
    QT_TRANSLATE_NOOP("EnumKey", "backup_restore"),
    QT_TRANSLATE_NOOP("EnumKey", "pilot_light"),
    QT_TRANSLATE_NOOP("EnumKey", "warm_standby"),
    QT_TRANSLATE_NOOP("EnumKey", "active_active"),
    // RedundancyMode
    QT_TRANSLATE_NOOP("EnumKey", "active-active"),
    QT_TRANSLATE_NOOP("EnumKey", "active-passive"),
    QT_TRANSLATE_NOOP("EnumKey", "k-of-n"),
    // Failover
    QT_TRANSLATE_NOOP("EnumKey", "automatic"),
    QT_TRANSLATE_NOOP("EnumKey", "manual"),
    // LinkKind
    QT_TRANSLATE_NOOP("EnumKey", "request"),
    QT_TRANSLATE_NOOP("EnumKey", "data"),
    QT_TRANSLATE_NOOP("EnumKey", "replication"),
};
} // namespace keytext

} // namespace skyplan
