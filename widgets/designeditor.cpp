#include "designeditor.h"

#include "canvas/canvasitems.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "model/document/commands.h"
#include "model/document/designdocument.h"
#include "model/io/diagnostic.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QVBoxLayout>

namespace skyplan {

DesignEditor::DesignEditor(std::shared_ptr<const Catalog> catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog),
      m_document(std::make_unique<DesignDocument>(std::move(catalog)))
{
    m_scene = new DesignScene(m_document.get(), this);
    m_view = new DesignView(this);
    m_view->setDesignScene(m_scene);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_scene, &DesignScene::message, this, &DesignEditor::message);
}

DesignEditor::~DesignEditor()
{
    // The view and scene read the document while they go; they go first.
    delete m_view;
    delete m_scene;
}

QString DesignEditor::displayName() const
{
    const QString &name = m_document->design().name;
    return name.isEmpty() ? tr("Untitled design") : name;
}

bool DesignEditor::hasSelection() const
{
    return !m_document->selectedServices().isEmpty() || !m_document->selectedLinks().isEmpty();
}

QStringList DesignEditor::selectedServiceIds() const
{
    // In design order, so commands and undo texts do not depend on hash order.
    QStringList ids;
    const QSet<QString> &selected = m_document->selectedServices();
    for (const PlacedService &s : m_document->design().services()) {
        if (selected.contains(s.id))
            ids << s.id;
    }
    return ids;
}

void DesignEditor::copy()
{
    const QByteArray bytes = clipboard::copy(m_document->design(), m_document->selectedServices(),
                                             m_document->selectedLinks());
    if (bytes.isEmpty()) {
        emit message(tr("Select services to copy (a link is copied with both of its ends)"));
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(clipboard::mimeType), bytes);
    mime->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(mime);
    emit message(tr("Copied %n service(s)", nullptr, int(m_document->selectedServices().size())));
}

void DesignEditor::cut()
{
    if (m_document->selectedServices().isEmpty())
        return;
    copy();
    auto *command = new RemoveItemsCommand(m_document.get(), selectedServiceIds(), {});
    command->setText(undoText(QT_TRANSLATE_N_NOOP("Undo", "Cut %n service(s)"),
                              m_document->selectedServices().size()));
    m_document->undoStack()->push(command);
}

bool DesignEditor::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(clipboard::mimeType))) {
        emit message(tr("The clipboard holds no Skyplan services"));
        return false;
    }
    try {
        clipboard::PastedItems items = clipboard::paste(
            mime->data(QLatin1String(clipboard::mimeType)), m_document->design(), *m_catalog);
        if (items.isEmpty())
            return false;
        const auto count = items.services.size();
        addPasted(std::move(items),
                  undoText(QT_TRANSLATE_N_NOOP("Undo", "Paste %n service(s)"), count));
        return true;
    } catch (const InputError &e) {
        emit message(tr("Cannot paste: %1").arg(e.diagnostic().toString()));
        return false;
    }
}

void DesignEditor::duplicate()
{
    try {
        clipboard::PastedItems items =
            clipboard::duplicate(m_document->design(), m_document->selectedServices(), *m_catalog);
        if (items.isEmpty())
            return;
        const auto count = items.services.size();
        addPasted(std::move(items),
                  undoText(QT_TRANSLATE_N_NOOP("Undo", "Duplicate %n service(s)"), count));
    } catch (const InputError &e) {
        emit message(tr("Cannot duplicate: %1").arg(e.diagnostic().toString()));
    }
}

void DesignEditor::addPasted(clipboard::PastedItems items, const QString &text)
{
    QSet<QString> ids;
    for (const PlacedService &s : items.services)
        ids.insert(s.id);
    m_document->undoStack()->push(new AddItemsCommand(m_document.get(), std::move(items.services),
                                                      std::move(items.links), text));
    m_document->setSelection(ids);
}

void DesignEditor::deleteSelection()
{
    QStringList links;
    const QSet<QString> &selected = m_document->selectedLinks();
    for (const Link &l : m_document->design().links()) {
        if (selected.contains(l.id))
            links << l.id;
    }
    const QStringList services = selectedServiceIds();
    if (!services.isEmpty() || !links.isEmpty())
        m_document->undoStack()->push(new RemoveItemsCommand(m_document.get(), services, links));
}

void DesignEditor::selectAll()
{
    QSet<QString> all;
    for (const PlacedService &s : m_document->design().services())
        all.insert(s.id);
    m_document->setSelection(all);
}

void DesignEditor::align(Alignment alignment)
{
    const auto to = alignedPositions(m_document->design(), selectedServiceIds(), alignment);
    if (to.isEmpty()) {
        emit message(tr("Select two or more services that are not already aligned"));
        return;
    }
    auto *command = new MoveServicesCommand(m_document.get(), to, false);
    command->setText(undoText(QT_TRANSLATE_NOOP("Undo", "Align %1 services"))
                         .arg(m_document->selectedServices().size()));
    m_document->undoStack()->push(command);
}

void DesignEditor::distribute(Distribution distribution)
{
    const auto to = distributedPositions(m_document->design(), selectedServiceIds(), distribution);
    if (to.isEmpty()) {
        emit message(tr("Select three or more services to distribute"));
        return;
    }
    auto *command = new MoveServicesCommand(m_document.get(), to, false);
    command->setText(undoText(QT_TRANSLATE_NOOP("Undo", "Distribute %1 services"))
                         .arg(m_document->selectedServices().size()));
    m_document->undoStack()->push(command);
}

void DesignEditor::reveal(const QString &id)
{
    if (ServiceItem *item = m_scene->serviceItem(id)) {
        m_document->setSelection({id});
        m_view->showRect(item->sceneBoundingRect());
    } else if (LinkItem *link = m_scene->linkItem(id)) {
        m_document->setSelection({}, {id});
        m_view->showRect(link->sceneBoundingRect());
    }
}

} // namespace skyplan
