#include "designdocument.h"

namespace skyplan {

DesignDocument::DesignDocument(std::shared_ptr<const Catalog> catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

DesignDocument::~DesignDocument()
{
    // The undo stack announces "clean" as it is destroyed with its commands; nobody may hear
    // that from a half-destroyed document (the window's tab title used to, and crashed when a
    // window closed with discarded changes).
    disconnect(&m_undoStack, nullptr, this, nullptr);
}

void DesignDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void DesignDocument::resetDesign(Design design)
{
    m_undoStack.clear();
    m_design = std::move(design);
    m_selectedServices.clear();
    m_selectedLinks.clear();
    emit changed({DesignChange::Kind::Reset, QString(), DesignChange::Field::All});
    emit selectionChanged();
}

void DesignDocument::setSelection(const QSet<QString> &services, const QSet<QString> &links)
{
    if (services == m_selectedServices && links == m_selectedLinks)
        return;
    m_selectedServices = services;
    m_selectedLinks = links;
    emit selectionChanged();
}

void DesignDocument::insertService(const PlacedService &service, int index)
{
    m_design.insertService(service, index);
    emit changed({DesignChange::Kind::ServiceAdded, service.id, DesignChange::Field::All});
}

PlacedService DesignDocument::removeService(const QString &idRef)
{
    const QString id = idRef; // the caller's reference may point into the design being changed
    PlacedService removed = m_design.takeService(id);
    if (m_selectedServices.remove(id))
        emit selectionChanged();
    emit changed({DesignChange::Kind::ServiceRemoved, id, DesignChange::Field::All});
    return removed;
}

void DesignDocument::insertLink(const Link &link, int index)
{
    m_design.insertLink(link, index);
    emit changed({DesignChange::Kind::LinkAdded, link.id, DesignChange::Field::All});
}

Link DesignDocument::removeLink(const QString &idRef)
{
    const QString id = idRef; // the caller's reference may point into the design being changed
    Link removed = m_design.takeLink(id);
    if (m_selectedLinks.remove(id))
        emit selectionChanged();
    emit changed({DesignChange::Kind::LinkRemoved, id, DesignChange::Field::All});
    return removed;
}

} // namespace skyplan
