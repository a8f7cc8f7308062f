#include "presentationwindow.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "model/analysis/designanalysis.h"
#include "model/document/designdocument.h"
#include "model/io/comparison.h"
#include "widgets/designeditor.h"

#include <QCloseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLabel>

namespace skyplan {

namespace {

QString overlayStyle(int pixelSize, bool bold)
{
    return QStringLiteral("QLabel { color: #f8fafc; background: rgba(15, 23, 42, 205); "
                          "border-radius: 10px; padding: 10px 18px; font-size: %1px; %2 }")
        .arg(pixelSize)
        .arg(bold ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace

PresentationWindow::PresentationWindow(DesignEditor *editor, QWidget *parent)
    : QWidget(parent, Qt::Window), m_editor(editor)
{
    setWindowTitle(tr("Presenting %1").arg(editor->displayName()));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(QStringLiteral("PresentationWindow { background: #0f172a; }"));
    // The first step is the whole design; then the saved views.
    SavedView whole;
    whole.name = tr("The whole design");
    m_steps.push_back(whole);
    for (const SavedView &v : editor->document()->design().views)
        m_steps.push_back(v);

    m_view = new QGraphicsView(editor->scene(), this);
    m_view->setObjectName(QStringLiteral("presentationView"));
    m_view->setInteractive(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setBackgroundBrush(QColor(0xf1, 0xf5, 0xf9));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("presentationTitle"));
    m_title->setStyleSheet(overlayStyle(30, true));
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("presentationFigures"));
    m_figures->setStyleSheet(overlayStyle(24, false));
    m_figures->setTextFormat(Qt::RichText);
    m_hint = new QLabel(tr("← → step through the views · Esc returns to the editor"), this);
    m_hint->setStyleSheet(overlayStyle(15, false));
    setFocusPolicy(Qt::StrongFocus);
    connect(editor->scene(), &DesignScene::analysisChanged, this,
            &PresentationWindow::refreshFigures);
    refreshFigures();
    showStep(0);
}

PresentationWindow::~PresentationWindow()
{
    if (m_editor) {
        m_editor->scene()->setHiddenLayers({});
        m_editor->scene()->viewLeaving();
    }
}

void PresentationWindow::showStep(int index)
{
    m_step = std::clamp(index, 0, int(m_steps.size()) - 1);
    const SavedView &step = m_steps[std::size_t(m_step)];
    if (m_editor)
        m_editor->scene()->setHiddenLayers(step.hiddenLayers);
    m_title->setText(tr("%1 — %2  (%3 of %4)")
                         .arg(m_editor ? m_editor->displayName() : QString(), step.name,
                              QString::number(m_step + 1), QString::number(m_steps.size())));
    m_title->adjustSize();
    layoutOverlays();
    fitStep();
}

void PresentationWindow::fitStep()
{
    if (!m_editor)
        return;
    const SavedView &step = m_steps[std::size_t(m_step)];
    QRectF area = step.width > 0 && step.height > 0
                      ? QRectF(step.x, step.y, step.width, step.height)
                      : m_editor->scene()->contentsRect();
    // Free to centre any area (a view's scene rect otherwise stops at the items).
    const QRectF all = m_editor->scene()->contentsRect().united(area);
    m_view->setSceneRect(all.adjusted(-all.width() - 2000, -all.height() - 2000, all.width() + 2000,
                                      all.height() + 2000));
    // Room for the title above and the figures below.
    const double marginY = area.height() * 0.12;
    m_view->fitInView(area.adjusted(-area.width() * 0.03, -marginY, area.width() * 0.03, marginY),
                      Qt::KeepAspectRatio);
    m_editor->scene()->updateLinkBatching(); // this view's scale changed
}

void PresentationWindow::refreshFigures()
{
    if (!m_editor)
        return;
    const DesignFigures f =
        designFigures(m_editor->document()->design(), m_editor->scene()->analysis(), QString());
    QStringList parts;
    parts << tr("<b>%1</b> per month").arg(formatUsd(f.monthlyUsd, 0));
    parts << tr("egress <b>%1</b>").arg(formatUsd(f.egressUsd, 0));
    for (const auto &[entry, availability] : f.availability) {
        const PlacedService *s = m_editor->document()->design().service(entry);
        parts << tr("%1 <b>%2%</b>")
                     .arg(s && !s->label.isEmpty() ? s->label : entry)
                     .arg(availability * 100, 0, 'f', 3);
    }
    parts << tr("%1, %2").arg(tr("<b>%n</b> error(s)", nullptr, f.errors),
                              tr("<b>%n</b> warning(s)", nullptr, f.warnings));
    parts << tr("maturity <b>%1</b> of 4").arg(f.maturityLevel);
    m_figures->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_figures->adjustSize();
    layoutOverlays();
}

void PresentationWindow::layoutOverlays()
{
    m_view->setGeometry(rect());
    m_title->move(24, 20);
    m_figures->setMaximumWidth(width() - 48);
    m_figures->adjustSize();
    m_figures->move((width() - m_figures->width()) / 2, height() - m_figures->height() - 56);
    m_hint->adjustSize();
    m_hint->move((width() - m_hint->width()) / 2, height() - m_hint->height() - 12);
    m_title->raise();
    m_figures->raise();
    m_hint->raise();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showStep(m_step + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showStep(m_step - 1);
        break;
    case Qt::Key_Home:
        showStep(0);
        break;
    case Qt::Key_End:
        showStep(int(m_steps.size()) - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutOverlays();
    fitStep();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor)
        m_editor->scene()->setHiddenLayers({});
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace skyplan
