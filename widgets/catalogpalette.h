#pragma once

#include <QWidget>

class QLineEdit;
class QMimeData;
class QTreeWidget;

namespace skyplan {

class Catalog;

/// The catalog as a tree (provider -> category -> service) with provider colours, a search
/// field that filters as you type, tooltips with price, SLA and portability, and services you
/// drag onto the canvas.
class CatalogPalette : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPalette(const Catalog &catalog, QWidget *parent = nullptr);

    /// Shows only services whose name, id, category or provider contains `text`.
    void setFilter(const QString &text);
    QTreeWidget *tree() const { return m_tree; }
    /// What dragging a service carries (the canvas accepts it).
    static QMimeData *dragData(const QString &provider, const QString &service);

private:
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace skyplan
