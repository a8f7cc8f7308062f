#pragma once

#include <QPointer>
#include <QScrollArea>
#include <QTimer>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;

namespace skyplan {

class DesignDocument;
class DesignScene;
struct DesignChange;

/// Edits the selection: one or several services (fields where they differ say so and apply
/// to all of them when changed), a link, or, with nothing selected, the design itself. Every
/// field has the widget its value needs (spin boxes with units, combo boxes of what the
/// catalog allows for that service in that region, check boxes, a tag table) and every change
/// is one undo step. Field widgets are named "field.<name>" (tests and screen readers use it).
class PropertyEditor : public QScrollArea {
    Q_OBJECT
public:
    explicit PropertyEditor(QWidget *parent = nullptr);
    ~PropertyEditor() override;

    /// Edits the selection of `scene`'s document; nullptr shows nothing.
    void setScene(DesignScene *scene);

private:
    void rebuild();
    void reload();
    void onChange(const DesignChange &change);
    void buildServices(const QStringList &ids);
    void buildLink(const QString &id);
    void buildDesign();
    void addHeading(const QString &text);
    void addNote(const QString &text);

    template<typename Traits>
    void addText(const QString &name, const QString &label, const QStringList &ids,
                 const QString &placeholder = {});
    template<typename Traits>
    void addDouble(const QString &name, const QString &label, const QStringList &ids, double min,
                   double max, int decimals, const QString &suffix);
    template<typename Traits>
    void addInt(const QString &name, const QString &label, const QStringList &ids, int min, int max,
                const QString &suffix);
    template<typename Traits, typename Spin>
    void bindSpin(Spin *spin, const QString &name, const QString &label, const QStringList &ids,
                  const QString &suffix);
    template<typename Traits>
    void addCheck(const QString &name, const QString &label, const QStringList &ids);
    template<typename Traits>
    void addChoice(const QString &name, const QString &label, const QStringList &ids,
                   const std::vector<std::pair<QString, typename Traits::Value>> &choices);
    void addRegionChoice(const QStringList &ids);
    void addTags(const QStringList &ids);
    void addEntryPoint(const QStringList &ids);
    /// The form's label for a field; shows "(differs)" while the selection disagrees.
    QLabel *fieldLabel(const QString &label);

    QPointer<DesignScene> m_scene;
    QPointer<DesignDocument> m_document;
    QWidget *m_page = nullptr;
    QFormLayout *m_form = nullptr;
    std::vector<std::function<void()>> m_loaders;
    bool m_loading = false;
    QTimer m_reloadTimer;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace skyplan
