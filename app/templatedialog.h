#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;

namespace skyplan {

class Catalog;

/// A reference architecture to start a design from: a `.skyplan` file in resources/templates
/// (built in as :/templates/).
struct DesignTemplate {
    QString path; ///< ":/templates/best-of-breed.skyplan"
    QString name;
    QString description;
    double monthlyUsd = 0;
    int services = 0;
};

/// The built-in templates, in the order the dialog lists them (patterns, then case studies).
QList<DesignTemplate> designTemplates(const Catalog &catalog);

/// File > New from Template: the templates with a picture of each, what it is, and its size
/// and monthly cost; Create opens the chosen one as a new, untitled design.
class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    TemplateDialog(std::shared_ptr<const Catalog> catalog, QWidget *parent = nullptr);

    /// The chosen template's resource path, or empty.
    QString chosenPath() const;
    QListWidget *list() const { return m_list; }

private:
    void showCurrent();

    QList<DesignTemplate> m_templates;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace skyplan
