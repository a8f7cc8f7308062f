#pragma once

#include "designdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QUndoCommand>

#include <vector>

namespace skyplan {

/// Merge ids of every command that merges, in one place (QUndoCommand::id()).
enum class MergeId : int {
    Move = 1,
    ServiceValue = 100, ///< + the traits' index
    LinkValue = 200,
    DesignValue = 300,
};

/// The translation context every undo text shares.
inline QString undoText(const char *text)
{
    return QCoreApplication::translate("Undo", text);
}
/// The same with a count: `text` has "%n" and plural forms (QT_TRANSLATE_N_NOOP).
inline QString undoText(const char *text, qsizetype count)
{
    return QCoreApplication::translate("Undo", text, nullptr, int(count));
}

/// Adds services and links (a new service, a new link, a paste or a duplicate).
class AddItemsCommand : public QUndoCommand {
public:
    AddItemsCommand(DesignDocument *document, std::vector<PlacedService> services,
                    std::vector<Link> links, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DesignDocument *m_document;
    std::vector<PlacedService> m_services;
    std::vector<Link> m_links;
};

/// Removes services (with every link that touches them) and links, and takes the removed
/// services out of the entry points and redundancy groups; undo puts each back where it was.
class RemoveItemsCommand : public QUndoCommand {
public:
    RemoveItemsCommand(DesignDocument *document, const QStringList &serviceIds,
                       const QStringList &linkIds, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    DesignDocument *m_document;
    QStringList m_serviceIds;
    QStringList m_linkIds; ///< including the links of removed services
    std::vector<std::pair<int, PlacedService>> m_removedServices; ///< index order
    std::vector<std::pair<int, Link>> m_removedLinks;
    // Entry points and redundancy groups name services; a removed service leaves them.
    bool m_referencesChanged = false;
    QStringList m_oldEntryPoints;
    std::vector<RedundancyGroup> m_oldGroups;
};

/// Moves services on the canvas. The moves of one drag merge into one undo step: the first move
/// of a drag starts a new command, the later ones say `continuesDrag`.
class MoveServicesCommand : public QUndoCommand {
public:
    MoveServicesCommand(DesignDocument *document, const QHash<QString, CanvasPosition> &to,
                        bool continuesDrag, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::Move); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_document;
    QHash<QString, CanvasPosition> m_from;
    QHash<QString, CanvasPosition> m_to;
    bool m_continuesDrag;
};

/// Sets one value on several objects (services, links) or on the design, as one undo step. A
/// small traits struct per property says how to read and write it (changevaluetraits.h);
/// consecutive edits of the same property on the same objects merge (typing in a spin box).
template<typename Traits> class ChangeValueCommand : public QUndoCommand {
public:
    using Value = typename Traits::Value;

    ChangeValueCommand(DesignDocument *document, QStringList ids, Value value,
                       QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document), m_ids(std::move(ids)),
          m_value(std::move(value))
    {
        for (const QString &id : m_ids)
            m_old.push_back(Traits::read(document->design(), id));
        setText(m_ids.size() > 1
                    ? undoText(QT_TRANSLATE_NOOP("Undo", "Change %1 of %2 items"))
                          .arg(Traits::name())
                          .arg(m_ids.size())
                    : undoText(QT_TRANSLATE_NOOP("Undo", "Change %1")).arg(Traits::name()));
    }

    void redo() override
    {
        for (const QString &id : m_ids)
            Traits::write(m_document, id, m_value);
    }
    void undo() override
    {
        for (qsizetype i = m_ids.size() - 1; i >= 0; --i)
            Traits::write(m_document, m_ids[i], m_old[std::size_t(i)]);
    }
    int id() const override { return Traits::mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeValueCommand *>(other);
        if (o->m_ids != m_ids)
            return false;
        m_value = o->m_value;
        return true;
    }

private:
    DesignDocument *m_document;
    QStringList m_ids;
    Value m_value;
    std::vector<Value> m_old;
};

} // namespace skyplan
