#pragma once

#include "model/document/clipboard.h"
#include "model/layout.h"

#include <QWidget>

#include <memory>

namespace skyplan {

class Catalog;
class DesignDocument;
class DesignScene;
class DesignView;

/// One open design: its document, scene and view, and the edits that work on its selection
/// (clipboard, duplicate, delete, align, distribute). The main window keeps one per tab and
/// points its menus and docks at the current one.
class DesignEditor : public QWidget {
    Q_OBJECT
public:
    explicit DesignEditor(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);
    ~DesignEditor() override;

    DesignDocument *document() const { return m_document.get(); }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    /// The design's name, or "Untitled design".
    QString displayName() const;

    bool hasSelection() const;
    /// Puts the selected services (and the links between them) on the system clipboard.
    void copy();
    void cut();
    /// Adds what the clipboard holds (from this design or another); false when it holds no
    /// Skyplan items. A clipboard that does not read as a design shows why and changes nothing.
    bool paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void align(Alignment alignment);
    void distribute(Distribution distribution);
    /// Selects a service or link by id and centres the view on it.
    void reveal(const QString &id);

signals:
    /// A message for the status bar.
    void message(const QString &text);

private:
    QStringList selectedServiceIds() const;
    void addPasted(clipboard::PastedItems items, const QString &text);

    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<DesignDocument> m_document;
    DesignScene *m_scene = nullptr;
    DesignView *m_view = nullptr;
};

} // namespace skyplan
