#include "pdfreport.h"

#include "availabilitypanel.h"
#include "compliancepanel.h"
#include "costpanel.h"
#include "designeditor.h"
#include "egresspanel.h"
#include "maturitypanel.h"

#include "canvas/canvasexport.h"
#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "model/analysis/designanalysis.h"
#include "model/document/designdocument.h"
#include "model/io/comparison.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>

#include <memory>

namespace skyplan {

namespace {

/// Logical size panels are laid out at before being scaled onto a landscape page: about the
/// size they have in a maximised window, the page's shape.
constexpr int panelWidth = 1100;
constexpr int panelHeight = 730;

QString money(double usd)
{
    return formatUsd(usd); // as the panels show it
}

QString percent(double fraction, int decimals)
{
    return QLocale(QLocale::English).toString(fraction * 100, 'f', decimals) + QLatin1Char('%');
}

class ReportWriter {
public:
    ReportWriter(QPdfWriter *writer, QPainter *painter) : m_writer(writer), m_painter(painter) {}

    void newPage(QPageLayout::Orientation orientation)
    {
        m_writer->setPageOrientation(orientation); // applies to the next page
        if (m_pages++ > 0)
            m_writer->newPage();
        m_page = QRectF(QPointF(0, 0), m_writer->pageLayout().paintRectPixels(72).size());
    }

    /// A heading at the top of the page; returns the rectangle left below it.
    QRectF heading(const QString &text, const QString &subtitle = QString())
    {
        QFont font = m_painter->font();
        font.setPointSizeF(18);
        font.setBold(true);
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        QRectF used;
        m_painter->drawText(m_page, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        double top = used.bottom() + 4;
        if (!subtitle.isEmpty()) {
            font.setPointSizeF(9.5);
            font.setBold(false);
            m_painter->setFont(font);
            m_painter->setPen(QColor(0x44, 0x44, 0x44));
            QRectF area(m_page.left(), top, m_page.width(), m_page.bottom() - top);
            m_painter->drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, subtitle,
                                &used);
            top = used.bottom() + 4;
        }
        m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5));
        m_painter->drawLine(QPointF(m_page.left(), top + 2), QPointF(m_page.right(), top + 2));
        return QRectF(m_page.left(), top + 10, m_page.width(), m_page.bottom() - top - 10);
    }

    /// Lines of "label: value", two columns; returns what is left below them.
    QRectF figures(const QRectF &area, const std::vector<std::pair<QString, QString>> &rows)
    {
        QFont font = m_painter->font();
        font.setPointSizeF(10);
        font.setBold(false);
        const double lineHeight = 15;
        double y = area.top();
        for (const auto &[label, value] : rows) {
            font.setBold(false);
            m_painter->setFont(font);
            m_painter->setPen(QColor(0x44, 0x44, 0x44));
            m_painter->drawText(QRectF(area.left(), y, 180, lineHeight),
                                Qt::AlignLeft | Qt::AlignVCenter, label);
            font.setBold(true);
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(area.left() + 185, y, area.width() - 185, lineHeight),
                                Qt::AlignLeft | Qt::AlignVCenter, value);
            y += lineHeight;
        }
        return QRectF(area.left(), y + 12, area.width(), area.bottom() - y - 12);
    }

    /// Draws `widget` scaled to fit `area` (keeping its shape), top-aligned.
    void widget(QWidget *widget, const QRectF &area)
    {
        const QSizeF size = widget->size();
        const double scale = std::min(area.width() / size.width(), area.height() / size.height());
        m_painter->save();
        m_painter->translate(area.topLeft());
        m_painter->scale(scale, scale);
        widget->render(m_painter, QPoint(), QRegion(), QWidget::DrawChildren);
        m_painter->restore();
    }

    /// The whole canvas with its labels at any scale (a link's, as much of it as fits between
    /// its services), as wide as the page and as tall as its shape needs (at most `area`).
    void canvas(DesignScene *scene, QRectF area)
    {
        scene->flush();
        const QRectF source = scene->contentsRect();
        area.setHeight(
            std::min(area.height(), area.width() * source.height() / source.width() + 8));
        // Every label, and no selection highlight on paper.
        const CanvasExportScope scope(scene, false);
        m_painter->save();
        m_painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
        m_painter->fillRect(area, QColor(0xf7, 0xf7, 0xf7));
        m_painter->drawRect(area);
        scene->render(m_painter, area.adjusted(4, 4, -4, -4), source, Qt::KeepAspectRatio);
        m_painter->restore();
    }

    QRectF page() const { return m_page; }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    QRectF m_page;
    int m_pages = 0;
};

/// Lets layouts (word-wrapped labels need two passes) and pending refills settle before a
/// widget is drawn.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

std::vector<std::pair<QString, QString>> keyFigures(const DesignFigures &f, const Design &design)
{
    std::vector<std::pair<QString, QString>> rows;
    rows.emplace_back(QObject::tr("Services and links"),
                      QObject::tr("%1, %2").arg(QObject::tr("%n service(s)", nullptr, f.services),
                                                QObject::tr("%n link(s)", nullptr, f.links)));
    rows.emplace_back(QObject::tr("Cost per month"), money(f.monthlyUsd));
    rows.emplace_back(QObject::tr("Cost per year"), money(f.monthlyUsd * 12));
    rows.emplace_back(
        QObject::tr("Egress per month"),
        QObject::tr("%1 (%2 GB)")
            .arg(money(f.egressUsd), QLocale(QLocale::English).toString(f.egressGb, 'f', 0)));
    for (const auto &[entry, availability] : f.availability) {
        const PlacedService *s = design.service(entry);
        rows.emplace_back(
            QObject::tr("Availability of %1").arg(s && !s->label.isEmpty() ? s->label : entry),
            percent(availability, 3));
    }
    rows.emplace_back(QObject::tr("Compliance findings"),
                      QObject::tr("%1, %2, %3")
                          .arg(QObject::tr("%n error(s)", nullptr, f.errors),
                               QObject::tr("%n warning(s)", nullptr, f.warnings),
                               QObject::tr("%n note(s)", nullptr, f.infos)));
    rows.emplace_back(QObject::tr("Multi-cloud maturity"),
                      QObject::tr("level %1 of 4").arg(f.maturityLevel));
    rows.emplace_back(
        QObject::tr("Lock-in"),
        QObject::tr("%1 of the spend on proprietary services").arg(percent(f.lockInShare, 0)));
    rows.emplace_back(QObject::tr("Exit cost"), money(f.exitCostUsd));
    return rows;
}

} // namespace

QByteArray renderPdfReport(DesignEditor *editor, QString *error)
{
    DesignDocument *document = editor->document();
    DesignScene *scene = editor->scene();
    const Design &design = document->design();
    const DesignFigures figures = designFigures(design, scene->analysis(), document->filePath());
    const QString name = editor->displayName();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QObject::tr("%1 — Skyplan report").arg(name));
    writer.setCreator(QStringLiteral("Skyplan"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(72); // painter units are points
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QObject::tr("The PDF writer could not start.");
        return {};
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    ReportWriter report(&writer, &painter);

    // Cover: what the design is and what it comes to, with its canvas.
    report.newPage(QPageLayout::Portrait);
    QRectF area = report.heading(name, design.description);
    area = report.figures(area, keyFigures(figures, design));
    if (area.height() < 200) {
        // A long description left no room: the canvas gets a page of its own.
        report.newPage(QPageLayout::Portrait);
        area = report.heading(QObject::tr("%1 — canvas").arg(name));
    }
    report.canvas(scene, area);

    // One page per panel (per tab of a panel with tabs), as the panel shows it.
    struct PanelPage {
        QString title;
        std::unique_ptr<AnalysisPanel> panel;
    };
    std::vector<PanelPage> panels;
    panels.push_back({QObject::tr("Cost"), std::make_unique<CostPanel>()});
    panels.push_back({QObject::tr("Egress"), std::make_unique<EgressPanel>()});
    panels.push_back({QObject::tr("Availability"), std::make_unique<AvailabilityPanel>()});
    panels.push_back({QObject::tr("Compliance"), std::make_unique<CompliancePanel>()});
    panels.push_back({QObject::tr("Maturity"), std::make_unique<MaturityPanel>()});
    for (PanelPage &page : panels) {
        AnalysisPanel *panel = page.panel.get();
        panel->setAttribute(Qt::WA_DontShowOnScreen);
        panel->resize(panelWidth, panelHeight);
        panel->setEditor(editor);
        panel->show(); // fills it (offscreen: nothing appears)
        settle();
        QTabWidget *tabs = panel->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly);
        const int pages = tabs ? tabs->count() : 1;
        if (tabs)
            tabs->tabBar()->hide(); // each tab gets its own page, named in its heading
        for (int i = 0; i < pages; ++i) {
            QString title = page.title;
            if (tabs) {
                tabs->setCurrentIndex(i);
                settle();
                title += QStringLiteral(" — ") + tabs->tabText(i).remove(QLatin1Char('&'));
            }
            report.newPage(QPageLayout::Landscape);
            const QRectF below = report.heading(title, name);
            report.widget(panel, below);
        }
        panel->hide();
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace skyplan
