#pragma once

#include <QTreeWidgetItem>

namespace skyplan {

/// A tree row whose number columns sort by value, not by their formatted text ("$1,119.10"
/// before "$243.19"): put the value in Qt::UserRole + 1 of the columns that hold numbers.
class NumericTreeItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    static constexpr int SortRole = Qt::UserRole + 1;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, SortRole), b = other.data(column, SortRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace skyplan
