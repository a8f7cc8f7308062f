#include "commands.h"

#include <algorithm>

namespace skyplan {

AddItemsCommand::AddItemsCommand(DesignDocument *document, std::vector<PlacedService> services,
                                 std::vector<Link> links, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_services(std::move(services)),
      m_links(std::move(links))
{}

void AddItemsCommand::redo()
{
    for (const PlacedService &s : m_services)
        m_document->insertService(s, -1);
    for (const Link &l : m_links)
        m_document->insertLink(l, -1);
}

void AddItemsCommand::undo()
{
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        m_document->removeLink(it->id);
    for (auto it = m_services.rbegin(); it != m_services.rend(); ++it)
        m_document->removeService(it->id);
}

RemoveItemsCommand::RemoveItemsCommand(DesignDocument *document, const QStringList &serviceIds,
                                       const QStringList &linkIds, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_serviceIds(serviceIds), m_linkIds(linkIds)
{
    for (const QString &s : serviceIds) {
        for (const QString &l : document->design().linksOf(s)) {
            if (!m_linkIds.contains(l))
                m_linkIds << l;
        }
    }
    const qsizetype count = serviceIds.size() + linkIds.size();
    setText(count == 1 ? undoText(QT_TRANSLATE_NOOP("Undo", "Delete %1"))
                             .arg(serviceIds.isEmpty() ? linkIds.first() : serviceIds.first())
                       : undoText(QT_TRANSLATE_NOOP("Undo", "Delete %1 items")).arg(count));
}

void RemoveItemsCommand::redo()
{
    const Design &d = m_document->design();
    m_removedLinks.clear();
    m_removedServices.clear();
    // Remember each index before anything moves, then remove from the back.
    for (const QString &id : m_linkIds)
        m_removedLinks.emplace_back(d.linkIndex(id), Link());
    for (const QString &id : m_serviceIds)
        m_removedServices.emplace_back(d.serviceIndex(id), PlacedService());
    const auto byIndex = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::sort(m_removedLinks.begin(), m_removedLinks.end(), byIndex);
    std::sort(m_removedServices.begin(), m_removedServices.end(), byIndex);
    for (auto it = m_removedLinks.rbegin(); it != m_removedLinks.rend(); ++it)
        it->second = m_document->removeLink(d.links()[std::size_t(it->first)].id);
    for (auto it = m_removedServices.rbegin(); it != m_removedServices.rend(); ++it)
        it->second = m_document->removeService(d.services()[std::size_t(it->first)].id);

    m_oldEntryPoints = d.entryPoints;
    m_oldGroups = d.redundancyGroups;
    QStringList entryPoints = d.entryPoints;
    std::vector<RedundancyGroup> groups = d.redundancyGroups;
    for (const QString &id : m_serviceIds) {
        entryPoints.removeAll(id);
        for (RedundancyGroup &g : groups)
            g.members.removeAll(id);
    }
    // A group needs two members to stand in for each other; k cannot exceed what is left.
    std::erase_if(groups, [](const RedundancyGroup &g) { return g.members.size() < 2; });
    for (RedundancyGroup &g : groups)
        g.k = std::min(g.k, int(g.members.size()));
    m_referencesChanged = entryPoints != d.entryPoints || groups != d.redundancyGroups;
    if (m_referencesChanged) {
        m_document->editDesign(DesignChange::Field::Resilience, [&](Design &design) {
            design.entryPoints = entryPoints;
            design.redundancyGroups = groups;
        });
    }
}

void RemoveItemsCommand::undo()
{
    for (const auto &[index, service] : m_removedServices)
        m_document->insertService(service, index);
    for (const auto &[index, link] : m_removedLinks)
        m_document->insertLink(link, index);
    if (m_referencesChanged) {
        m_document->editDesign(DesignChange::Field::Resilience, [&](Design &design) {
            design.entryPoints = m_oldEntryPoints;
            design.redundancyGroups = m_oldGroups;
        });
    }
}

MoveServicesCommand::MoveServicesCommand(DesignDocument *document,
                                         const QHash<QString, CanvasPosition> &to,
                                         bool continuesDrag, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_to(to), m_continuesDrag(continuesDrag)
{
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (const PlacedService *s = document->design().service(it.key()))
            m_from.insert(it.key(), s->position);
    }
    setText(to.size() == 1
                ? undoText(QT_TRANSLATE_NOOP("Undo", "Move %1")).arg(to.cbegin().key())
                : undoText(QT_TRANSLATE_NOOP("Undo", "Move %1 services")).arg(to.size()));
}

void MoveServicesCommand::redo()
{
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it) {
        const CanvasPosition p = it.value();
        m_document->editService(it.key(), DesignChange::Field::Position,
                                [&](PlacedService &s) { s.position = p; });
    }
}

void MoveServicesCommand::undo()
{
    for (auto it = m_from.cbegin(); it != m_from.cend(); ++it) {
        const CanvasPosition p = it.value();
        m_document->editService(it.key(), DesignChange::Field::Position,
                                [&](PlacedService &s) { s.position = p; });
    }
}

bool MoveServicesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveServicesCommand *>(other);
    if (!o->m_continuesDrag || o->m_to.size() != m_to.size())
        return false;
    for (auto it = o->m_to.cbegin(); it != o->m_to.cend(); ++it) {
        if (!m_to.contains(it.key()))
            return false;
    }
    m_to = o->m_to;
    return true;
}

} // namespace skyplan
