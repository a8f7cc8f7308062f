#pragma once

#include "model/io/comparison.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QListWidget;
class QTableWidget;

namespace skyplan {

class Catalog;
class Design;
class DesignEditor;

/// View > Compare Designs: candidate designs side by side. The open designs (each can be left
/// out) and designs added from files; one column per design, one row per figure (cost, egress,
/// availability of every entry point, findings by severity, maturity, lock-in, exit cost) with
/// the best value of each row marked, and a chart of the monthly cost (services and egress).
/// Follows every edit of the open designs. Exports the table as Markdown or CSV, the same as
/// `skyplan compare`.
class CompareWindow : public QWidget {
    Q_OBJECT
public:
    explicit CompareWindow(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// The open designs (the main window calls this when tabs open and close).
    void setEditors(const QList<DesignEditor *> &editors);
    /// Adds a design from a file (not opened for editing); false with a message when it cannot
    /// be read.
    bool addFile(const QString &path, QString *error = nullptr);
    /// The figures of the designs being compared, in column order.
    std::vector<DesignFigures> figures() const;
    QByteArray exportBytes(FiguresFormat format) const;

    QListWidget *designList() const { return m_designs; }
    QTableWidget *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }

public slots:
    /// Rebuilds the table and chart (after an edit, on the next turn of the event loop).
    void refresh();

private:
    struct Candidate;
    void scheduleRefresh();
    void chooseFile();
    void exportAs(FiguresFormat format);
    void fillTable(const std::vector<DesignFigures> &figures);
    void fillChart(const std::vector<DesignFigures> &figures);
    QString rowLabel(const ComparisonRow &row) const;
    /// A, B, ... Z, AA: how columns and bars are named.
    static QString columnLetter(int column);

    std::shared_ptr<const Catalog> m_catalog;
    std::vector<std::unique_ptr<Candidate>> m_candidates;
    QListWidget *m_designs = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
    bool m_refreshPending = false;
};

} // namespace skyplan
