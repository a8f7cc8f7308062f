#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace skyplan {

/// Numbers ids 0, 1, 2, ... in the order they are first given. A design has a handful of
/// providers, which a scan finds fastest; past a few ids a hash takes over, so that a file
/// naming thousands of distinct providers still costs linear time.
class IdNumbers {
public:
    /// The id's number, given now if it had none (`isNew`).
    int number(const QString &id, bool *isNew = nullptr)
    {
        const int known = find(id);
        if (isNew)
            *isNew = known < 0;
        if (known >= 0)
            return known;
        m_ids << id;
        if (!m_index.isEmpty() || m_ids.size() > scanned) {
            if (m_index.isEmpty()) {
                for (qsizetype i = 0; i < m_ids.size(); ++i)
                    m_index.insert(m_ids[i], int(i));
            } else {
                m_index.insert(id, int(m_ids.size() - 1));
            }
        }
        return int(m_ids.size() - 1);
    }
    /// The id's number, or -1.
    int find(const QString &id) const
    {
        if (!m_index.isEmpty())
            return m_index.value(id, -1);
        return int(m_ids.indexOf(id));
    }
    /// The ids, in the order of their numbers.
    const QStringList &ids() const { return m_ids; }

private:
    static constexpr qsizetype scanned = 8;
    QStringList m_ids;
    QHash<QString, int> m_index; ///< once there are more than `scanned` ids
};

} // namespace skyplan
