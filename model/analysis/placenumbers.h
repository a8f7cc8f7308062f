#pragma once

#include <QHash>
#include <QString>

namespace skyplan {

/// Numbers the places (provider, region) of a design's services 0, 1, 2, ... in the order they
/// are first asked for. Services of one place usually follow each other (a region frame's
/// services), so the last place is checked first; otherwise each place costs two short lookups
/// and no joined key.
class PlaceNumbers {
public:
    /// The number of the place; `isNew`: whether it was given now.
    int number(const QString &provider, const QString &region, bool *isNew = nullptr)
    {
        if (isNew)
            *isNew = false;
        if (m_last >= 0 && provider == m_lastProvider && region == m_lastRegion)
            return m_last;
        QHash<QString, int> &regions = m_numbers[provider];
        auto it = regions.constFind(region);
        if (it == regions.cend()) {
            it = regions.insert(region, m_count++);
            if (isNew)
                *isNew = true;
        }
        m_lastProvider = provider;
        m_lastRegion = region;
        m_last = it.value();
        return m_last;
    }
    /// How many places were numbered.
    int size() const { return m_count; }

private:
    QHash<QString, QHash<QString, int>> m_numbers; ///< provider -> region -> number
    int m_count = 0;
    QString m_lastProvider, m_lastRegion;
    int m_last = -1;
};

} // namespace skyplan
