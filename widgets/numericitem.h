#pragma once

#include <QTreeWidgetItem>

#include <optional>
#include <vector>

namespace skyplan {

/// A tree row whose number columns sort by value, not by their formatted text ("$1,119.10"
/// before "$243.19"): put the value in Qt::UserRole + 1 of the columns that hold numbers.
class NumericTreeItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    static constexpr int SortRole = Qt::UserRole + 1;

    void setData(int column, int role, const QVariant &value) override
    {
        if (role == SortRole && column >= 0) {
            // Kept as plain doubles too: sorting 10,000 rows compares ~130,000 times.
            if (m_keys.size() <= std::size_t(column))
                m_keys.resize(std::size_t(column) + 1, std::nullopt);
            m_keys[std::size_t(column)] =
                value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
        }
        QTreeWidgetItem::setData(column, role, value);
    }

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const auto *numeric = dynamic_cast<const NumericTreeItem *>(&other);
        const std::optional<double> a = key(column),
                                    b = numeric ? numeric->key(column) : std::nullopt;
        if (a && b)
            return *a < *b;
        if (!numeric) {
            const QVariant va = data(column, SortRole), vb = other.data(column, SortRole);
            if (va.isValid() && vb.isValid())
                return va.toDouble() < vb.toDouble();
        }
        return QTreeWidgetItem::operator<(other);
    }

private:
    std::optional<double> key(int column) const
    {
        return column >= 0 && std::size_t(column) < m_keys.size() ? m_keys[std::size_t(column)]
                                                                  : std::nullopt;
    }

    std::vector<std::optional<double>> m_keys; ///< per column, the SortRole value
};

} // namespace skyplan
