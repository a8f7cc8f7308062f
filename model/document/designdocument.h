#pragma once

#include "designchange.h"
#include "model/design.h"

#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace skyplan {

class Catalog;

/// A design being edited: the Design, its undo stack, its selection and its file. Every edit is
/// a command on the stack; commands call the mutators below, the mutators emit `changed`, and
/// views only react. "Modified" is the stack's clean state. Selection is not undoable.
class DesignDocument : public QObject {
    Q_OBJECT
public:
    explicit DesignDocument(std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr);
    ~DesignDocument() override;

    const Design &design() const { return m_design; }
    const Catalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const Catalog> catalogPtr() const { return m_catalog; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undoStack.isClean(); }
    /// After a save: the current state is the clean one.
    void markSaved() { m_undoStack.setClean(); }
    /// Replaces the whole design (a file was opened); clears the undo history.
    void resetDesign(Design design);

    // Selection: the services and links the views show as selected.
    const QSet<QString> &selectedServices() const { return m_selectedServices; }
    const QSet<QString> &selectedLinks() const { return m_selectedLinks; }
    void setSelection(const QSet<QString> &services, const QSet<QString> &links = {});
    void clearSelection() { setSelection({}, {}); }

    // Mutators, for commands only (each emits `changed`).
    void insertService(const PlacedService &service, int index);
    PlacedService removeService(const QString &id);
    void insertLink(const Link &link, int index);
    Link removeLink(const QString &id);
    /// Runs `edit` on a service and announces which fields it touched.
    template<typename Edit>
    void editService(const QString &id, DesignChange::Fields fields, Edit edit)
    {
        if (PlacedService *s = m_design.service(id)) {
            edit(*s);
            emit changed({DesignChange::Kind::ServiceChanged, id, fields});
        }
    }
    template<typename Edit> void editLink(const QString &id, DesignChange::Fields fields, Edit edit)
    {
        if (Link *l = m_design.link(id)) {
            edit(*l);
            emit changed({DesignChange::Kind::LinkChanged, id, fields});
        }
    }
    template<typename Edit> void editDesign(DesignChange::Fields fields, Edit edit)
    {
        edit(m_design);
        emit changed({DesignChange::Kind::DesignChanged, QString(), fields});
    }

signals:
    void changed(const skyplan::DesignChange &change);
    void selectionChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    std::shared_ptr<const Catalog> m_catalog;
    Design m_design;
    QUndoStack m_undoStack;
    QString m_filePath;
    QSet<QString> m_selectedServices;
    QSet<QString> m_selectedLinks;
};

} // namespace skyplan
