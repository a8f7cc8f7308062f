#include "propertyeditor.h"

#include "canvas/designscene.h"
#include "canvas/providerstyle.h"
#include "enumlabels.h"
#include "model/catalog/catalog.h"
#include "model/catalog/datatext.h"
#include "model/document/changevaluetraits.h"
#include "model/document/designdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

namespace skyplan {

namespace {

/// Whether every id has the same value; `value` is the first one's.
template<typename Traits>
bool uniform(const Design &design, const QStringList &ids, typename Traits::Value &value)
{
    if (ids.isEmpty())
        return true;
    value = Traits::read(design, ids.first());
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (!(Traits::read(design, ids[i]) == value))
            return false;
    }
    return true;
}

template<typename E> std::vector<std::pair<QString, E>> allChoices()
{
    std::vector<std::pair<QString, E>> choices;
    for (const E value : enumValues<E>())
        choices.emplace_back(enumLabel(value), value);
    return choices;
}

QString differs(const QString &label, bool same)
{
    return same ? label : PropertyEditor::tr("%1 (differs)").arg(label);
}

} // namespace

PropertyEditor::~PropertyEditor()
{
    // A field with focus loses it while the child widgets are destroyed, after this part of
    // the object is gone, and would commit its text through a dangling editor (UBSan found it).
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

PropertyEditor::PropertyEditor(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(260);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &PropertyEditor::reload);
    rebuild();
}

void PropertyEditor::setScene(DesignScene *scene)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_scene = scene;
    m_document = scene ? scene->document() : nullptr;
    if (m_document) {
        m_connections << connect(m_document, &DesignDocument::selectionChanged, this,
                                 &PropertyEditor::rebuild)
                      << connect(m_document, &DesignDocument::changed, this,
                                 &PropertyEditor::onChange)
                      << connect(m_scene, &DesignScene::analysisChanged, this,
                                 &PropertyEditor::reload);
    }
    rebuild();
}

void PropertyEditor::onChange(const DesignChange &change)
{
    if (change.kind == DesignChange::Kind::Reset) {
        rebuild();
        return;
    }
    if (change.fields == DesignChange::Fields(DesignChange::Field::Position))
        return; // nothing here shows a position
    // A command announces one change per object; the form reloads once afterwards.
    m_reloadTimer.start();
}

QLabel *PropertyEditor::fieldLabel(const QString &label)
{
    auto *l = new QLabel(label, m_page);
    l->setProperty("baseText", label);
    return l;
}

void PropertyEditor::addHeading(const QString &text)
{
    auto *heading = new QLabel(text, m_page);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    heading->setContentsMargins(0, 8, 0, 2);
    m_form->addRow(heading);
}

void PropertyEditor::addNote(const QString &text)
{
    auto *note = new QLabel(text, m_page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
}

void PropertyEditor::rebuild()
{
    m_loaders.clear();
    m_page = new QWidget;
    m_form = new QFormLayout(m_page);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (!m_document) {
        addNote(tr("Open a design to edit its properties."));
    } else {
        const Design &d = m_document->design();
        QStringList services;
        for (const PlacedService &s : d.services()) {
            if (m_document->selectedServices().contains(s.id))
                services << s.id;
        }
        if (!services.isEmpty()) {
            buildServices(services);
        } else if (m_document->selectedLinks().size() == 1) {
            buildLink(*m_document->selectedLinks().cbegin());
        } else if (m_document->selectedLinks().size() > 1) {
            addNote(tr("%n links selected. Select one link to edit it.", nullptr,
                       int(m_document->selectedLinks().size())));
        } else {
            buildDesign();
        }
    }
    setWidget(m_page); // deletes the previous page
    reload();
}

void PropertyEditor::reload()
{
    if (!m_document)
        return;
    m_loading = true;
    for (const auto &load : m_loaders)
        load();
    m_loading = false;
}

template<typename Traits>
void PropertyEditor::addText(const QString &name, const QString &label, const QStringList &ids,
                             const QString &placeholder)
{
    auto *edit = new QLineEdit(m_page);
    edit->setObjectName(QStringLiteral("field.") + name);
    edit->setPlaceholderText(placeholder);
    QLabel *l = fieldLabel(label);
    m_form->addRow(l, edit);
    m_loaders.push_back([this, edit, l, ids, label] {
        typename Traits::Value value;
        const bool same = uniform<Traits>(m_document->design(), ids, value);
        l->setText(differs(label, same));
        if (!edit->hasFocus() || edit->text() != value) {
            edit->setText(same ? value : QString());
            // A text longer than the field shows its start, as it reads ("Batch for...", not
            // "3atch for..." scrolled to the end); the tooltip has all of it.
            if (!edit->hasFocus())
                edit->setCursorPosition(0);
        }
        edit->setToolTip(same ? value : QString());
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, ids] {
        typename Traits::Value value;
        const bool same = uniform<Traits>(m_document->design(), ids, value);
        if (m_loading || (same && edit->text() == value))
            return;
        m_document->undoStack()->push(
            new ChangeValueCommand<Traits>(m_document, ids, edit->text()));
    });
}

template<typename Traits, typename Spin>
void PropertyEditor::bindSpin(Spin *spin, const QString &name, const QString &label,
                              const QStringList &ids, const QString &suffix)
{
    spin->setObjectName(QStringLiteral("field.") + name);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false); // one step when typing ends, not one per digit
    spin->setGroupSeparatorShown(true);
    QLabel *l = fieldLabel(label);
    m_form->addRow(l, spin);
    m_loaders.push_back([this, spin, l, ids, label] {
        typename Traits::Value value{};
        const bool same = uniform<Traits>(m_document->design(), ids, value);
        l->setText(differs(label, same));
        QSignalBlocker block(spin);
        spin->setValue(value);
    });
    connect(spin, &Spin::valueChanged, this, [this, ids](typename Traits::Value value) {
        if (!m_loading)
            m_document->undoStack()->push(new ChangeValueCommand<Traits>(m_document, ids, value));
    });
}

template<typename Traits>
void PropertyEditor::addDouble(const QString &name, const QString &label, const QStringList &ids,
                               double min, double max, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(m_page);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    bindSpin<Traits>(spin, name, label, ids, suffix);
}

template<typename Traits>
void PropertyEditor::addInt(const QString &name, const QString &label, const QStringList &ids,
                            int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(m_page);
    spin->setRange(min, max);
    bindSpin<Traits>(spin, name, label, ids, suffix);
}

template<typename Traits>
void PropertyEditor::addCheck(const QString &name, const QString &label, const QStringList &ids)
{
    auto *check = new QCheckBox(label, m_page);
    check->setObjectName(QStringLiteral("field.") + name);
    m_form->addRow(QString(), check);
    m_loaders.push_back([this, check, ids] {
        typename Traits::Value value{};
        const bool same = uniform<Traits>(m_document->design(), ids, value);
        QSignalBlocker block(check);
        check->setTristate(!same);
        check->setCheckState(!same ? Qt::PartiallyChecked : value ? Qt::Checked : Qt::Unchecked);
    });
    connect(check, &QCheckBox::clicked, this, [this, check, ids](bool checked) {
        if (m_loading)
            return;
        check->setTristate(false);
        m_document->undoStack()->push(new ChangeValueCommand<Traits>(m_document, ids, checked));
    });
}

template<typename Traits>
void PropertyEditor::addChoice(
    const QString &name, const QString &label, const QStringList &ids,
    const std::vector<std::pair<QString, typename Traits::Value>> &choices)
{
    auto *combo = new QComboBox(m_page);
    combo->setObjectName(QStringLiteral("field.") + name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (const auto &choice : choices)
        combo->addItem(choice.first);
    QLabel *l = fieldLabel(label);
    m_form->addRow(l, combo);
    m_loaders.push_back([this, combo, l, ids, label, choices] {
        typename Traits::Value value{};
        const bool same = uniform<Traits>(m_document->design(), ids, value);
        l->setText(differs(label, same));
        int index = -1;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (choices[i].second == value)
                index = int(i);
        }
        QSignalBlocker block(combo);
        combo->setCurrentIndex(same ? index : -1);
    });
    connect(combo, &QComboBox::activated, this, [this, ids, choices](int index) {
        if (m_loading || index < 0 || std::size_t(index) >= choices.size())
            return;
        m_document->undoStack()->push(
            new ChangeValueCommand<Traits>(m_document, ids, choices[std::size_t(index)].second));
    });
}

void PropertyEditor::addRegionChoice(const QStringList &ids)
{
    const Design &d = m_document->design();
    const Catalog &catalog = m_document->catalog();
    const PlacedService *first = d.service(ids.first());
    const Provider *provider = catalog.provider(first->provider);
    std::vector<std::pair<QString, QString>> choices;
    if (provider) {
        for (const Region &r : provider->regions)
            choices.emplace_back(QStringLiteral("%1 (%2)").arg(r.id, r.name), r.id);
    }
    if (first->provider == QLatin1String("onprem")) {
        for (const OnPremSite &site : d.sites)
            choices.emplace_back(QStringLiteral("%1 (%2)").arg(site.id, site.name), site.id);
    }
    auto *combo = new QComboBox(m_page);
    combo->setObjectName(QStringLiteral("field.region"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    for (const auto &choice : choices)
        combo->addItem(choice.first, choice.second);
    QLabel *l = fieldLabel(tr("Region"));
    m_form->addRow(l, combo);
    m_loaders.push_back([this, combo, l, ids] {
        QString value;
        const bool same = uniform<valuetraits::Region>(m_document->design(), ids, value);
        l->setText(differs(tr("Region"), same));
        QSignalBlocker block(combo);
        combo->setCurrentIndex(same ? combo->findData(value) : -1);
    });
    connect(combo, &QComboBox::activated, this, [this, combo, ids](int index) {
        if (!m_loading && index >= 0 && m_scene)
            m_scene->changeRegion(ids, combo->itemData(index).toString());
    });
}

void PropertyEditor::addTags(const QStringList &ids)
{
    auto *table = new QTableWidget(0, 2, m_page);
    table->setObjectName(QStringLiteral("field.tags"));
    table->setHorizontalHeaderLabels({tr("Tag"), tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setMinimumHeight(110);
    table->setToolTip(tr("FinOps tags (project, environment, team, cost-centre, owner): the cost "
                         "panel breaks costs down by them"));
    auto *add = new QPushButton(tr("Add tag"), m_page);
    auto *remove = new QPushButton(tr("Remove tag"), m_page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    QLabel *l = fieldLabel(tr("Tags"));
    m_form->addRow(l, table);
    m_form->addRow(QString(), buttons);

    const auto commit = [this, table, ids] {
        if (m_loading)
            return;
        valuetraits::TagMap tags;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem *key = table->item(row, 0);
            const QTableWidgetItem *value = table->item(row, 1);
            if (key && !key->text().trimmed().isEmpty())
                tags.insert(key->text().trimmed(), value ? value->text().trimmed() : QString());
        }
        valuetraits::TagMap current;
        if (uniform<valuetraits::Tags>(m_document->design(), ids, current) && current == tags)
            return;
        m_document->undoStack()->push(
            new ChangeValueCommand<valuetraits::Tags>(m_document, ids, tags));
    };
    m_loaders.push_back([this, table, l, ids, add, remove] {
        valuetraits::TagMap tags;
        const bool same = uniform<valuetraits::Tags>(m_document->design(), ids, tags);
        l->setText(differs(tr("Tags"), same));
        QSignalBlocker block(table);
        table->setRowCount(0);
        if (same) {
            for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem(it.key()));
                table->setItem(row, 1, new QTableWidgetItem(it.value()));
            }
        }
        // Different tag sets cannot be shown as one; replacing them all is one click away.
        table->setEnabled(same);
        remove->setEnabled(same);
        add->setToolTip(same ? QString() : tr("Replaces the differing tags with one new tag"));
    });
    connect(table, &QTableWidget::itemChanged, this, commit);
    connect(add, &QPushButton::clicked, this, [this, table, commit] {
        table->setEnabled(true);
        QSignalBlocker block(table);
        const int row = table->rowCount();
        table->insertRow(row);
        QString key = QStringLiteral("project");
        for (const QString &k :
             {QStringLiteral("project"), QStringLiteral("environment"), QStringLiteral("team"),
              QStringLiteral("cost-centre"), QStringLiteral("owner")}) {
            if (table->findItems(k, Qt::MatchExactly).isEmpty()) {
                key = k;
                break;
            }
        }
        table->setItem(row, 0, new QTableWidgetItem(key));
        table->setItem(row, 1, new QTableWidgetItem(QString()));
        commit();
        if (QTableWidget *t = table; t->rowCount() > row)
            t->editItem(t->item(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [table, commit] {
        if (table->currentRow() < 0)
            return;
        {
            QSignalBlocker block(table);
            table->removeRow(table->currentRow());
        }
        commit();
    });
}

void PropertyEditor::addEntryPoint(const QStringList &ids)
{
    auto *check = new QCheckBox(tr("Entry point (users reach the design here)"), m_page);
    check->setObjectName(QStringLiteral("field.entry_point"));
    check->setToolTip(tr("The availability analysis computes, for each entry point, the chance "
                         "that it and everything it depends on are up."));
    m_form->addRow(QString(), check);
    m_loaders.push_back([this, check, ids] {
        const QStringList &entries = m_document->design().entryPoints;
        const auto n = std::count_if(ids.begin(), ids.end(),
                                     [&](const QString &id) { return entries.contains(id); });
        QSignalBlocker block(check);
        check->setTristate(n > 0 && n < ids.size());
        check->setCheckState(n == 0            ? Qt::Unchecked
                             : n == ids.size() ? Qt::Checked
                                               : Qt::PartiallyChecked);
    });
    connect(check, &QCheckBox::clicked, this, [this, check, ids](bool checked) {
        if (m_loading)
            return;
        check->setTristate(false);
        QStringList entries = m_document->design().entryPoints;
        for (const QString &id : ids) {
            if (checked && !entries.contains(id))
                entries << id;
            else if (!checked)
                entries.removeAll(id);
        }
        m_document->undoStack()->push(
            new ChangeValueCommand<valuetraits::EntryPoints>(m_document, {QString()}, entries));
    });
}

void PropertyEditor::buildServices(const QStringList &ids)
{
    namespace vt = valuetraits;
    const Design &d = m_document->design();
    const Catalog &catalog = m_document->catalog();
    const PlacedService *first = d.service(ids.first());
    const bool oneProvider = std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
        return d.service(id)->provider == first->provider;
    });
    const bool oneService =
        oneProvider && std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
            return d.service(id)->service == first->service;
        });
    const ServiceOffering *offering =
        oneService ? catalog.service(first->provider, first->service) : nullptr;

    // What is selected, what it costs, what the catalog says about it.
    auto *title = new QLabel(m_page);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    title->setFont(big);
    title->setWordWrap(true);
    auto *summary = new QLabel(m_page);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    m_form->addRow(title);
    m_form->addRow(summary);
    m_loaders.push_back([this, title, summary, ids, offering] {
        const Design &design = m_document->design();
        const Catalog &cat = m_document->catalog();
        double monthly = 0;
        const auto &costs =
            m_scene ? m_scene->analysis().cost.services : std::vector<ServiceCost>();
        for (const QString &id : ids) {
            const int i = design.serviceIndex(id);
            if (i >= 0 && std::size_t(i) < costs.size())
                monthly += costs[std::size_t(i)].monthly;
        }
        if (ids.size() == 1) {
            const PlacedService *s = design.service(ids.first());
            title->setText(s->label.isEmpty() ? s->id : s->label);
            const Provider *p = cat.provider(s->provider);
            const auto region = cat.region(s->provider, s->region, &design);
            QStringList lines;
            lines << tr("%1 · %2 %3 (%4)")
                         .arg(offering ? offering->name : s->service,
                              p ? p->shortName : s->provider, s->region,
                              region ? region->name : tr("unknown region"));
            if (offering) {
                lines << tr("%1 · %2 · SLA %3")
                             .arg(enumLabel(offering->category), enumLabel(offering->portability),
                                  offering->sla.none
                                      ? tr("none published")
                                      : QStringLiteral("%1%").arg(
                                            offering->sla.forDeployment(s->deployment) * 100, 0,
                                            'g', 6));
            }
            lines << tr("Id %1 · %2 per month").arg(s->id, formatUsd(monthly));
            summary->setText(lines.join(QLatin1Char('\n')));
        } else {
            title->setText(tr("%n services", nullptr, int(ids.size())));
            summary->setText(
                tr("%1 per month together. Changes apply to all of them.").arg(formatUsd(monthly)));
        }
    });

    addHeading(tr("Identity"));
    if (ids.size() == 1) {
        addText<vt::Label>(QStringLiteral("label"), tr("Label"), ids);
        addText<vt::Role>(QStringLiteral("role"), tr("Role"), ids,
                          tr("ml_platform.training.large_models"));
    }
    addText<vt::Reason>(QStringLiteral("reason"), tr("Why here"), ids,
                        tr("why this provider for this role"));
    addEntryPoint(ids);
    addTags(ids);

    addHeading(tr("Placement"));
    if (oneProvider)
        addRegionChoice(ids);
    else
        addNote(tr("The region can be changed for services of one provider at a time."));
    addChoice<vt::DeploymentValue>(QStringLiteral("deployment"), tr("Deployment"), ids,
                                   allChoices<Deployment>());

    addHeading(tr("Sizing and pricing"));
    if (offering && !offering->instanceTypes.empty()) {
        std::vector<std::pair<QString, QString>> types;
        for (const InstanceType &t : offering->instanceTypes) {
            types.emplace_back(
                tr("%1 — %2 (%3 per %4)")
                    .arg(t.id, dataText(t.description), formatUsd(t.onDemand, 3), dataText(t.unit)),
                t.id);
        }
        addChoice<vt::InstanceType>(QStringLiteral("instance_type"), tr("Instance type"), ids,
                                    types);
    }
    addInt<vt::Instances>(QStringLiteral("instances"), tr("Instances"), ids, 0, 100000, QString());
    addDouble<vt::HoursPerDay>(QStringLiteral("hours_per_day"), tr("Hours per day"), ids, 0, 24, 1,
                               tr(" h"));
    addDouble<vt::DaysPerWeek>(QStringLiteral("days_per_week"), tr("Days per week"), ids, 0, 7, 1,
                               tr(" days"));
    // Pricing models every selected service's catalog entry offers.
    std::vector<std::pair<QString, PricingModel>> models;
    for (const PricingModel m : enumValues<PricingModel>()) {
        const bool offered = std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
            const PlacedService *s = d.service(id);
            const ServiceOffering *o = catalog.service(s->provider, s->service);
            return !o || o->supports(m);
        });
        if (offered)
            models.emplace_back(enumLabel(m), m);
    }
    addChoice<vt::Pricing>(QStringLiteral("pricing"), tr("Pricing model"), ids, models);
    addDouble<vt::StorageGb>(QStringLiteral("storage_gb"), tr("Storage"), ids, 0, 1e12, 0,
                             tr(" GB"));
    addChoice<vt::StorageTierValue>(QStringLiteral("storage_tier"), tr("Storage tier"), ids,
                                    allChoices<StorageTier>());
    addDouble<vt::TbScanned>(QStringLiteral("tb_scanned"), tr("Scanned per month"), ids, 0, 1e9, 1,
                             tr(" TB"));
    addDouble<vt::Requests>(QStringLiteral("requests"), tr("Requests per month"), ids, 0, 1e9, 1,
                            tr(" million"));
    addDouble<vt::Tokens>(QStringLiteral("tokens"), tr("Tokens per month"), ids, 0, 1e9, 1,
                          tr(" million"));

    addHeading(tr("Data"));
    addChoice<vt::Classification>(QStringLiteral("classification"), tr("Classification"), ids,
                                  allChoices<DataClassification>());
    addText<vt::DataOrigin>(QStringLiteral("data_origin"), tr("Data subjects in"), ids,
                            tr("country code or EU; empty: none"));
    addCheck<vt::EncryptionAtRest>(QStringLiteral("encryption_at_rest"), tr("Encrypted at rest"),
                                   ids);
    addCheck<vt::EncryptionInTransit>(QStringLiteral("encryption_in_transit"),
                                      tr("Encrypted in transit"), ids);

    addHeading(tr("Resilience"));
    addDouble<vt::Availability>(QStringLiteral("availability"), tr("Availability override"), ids, 0,
                                1, 6, QString());
    addChoice<vt::Workload>(QStringLiteral("workload_type"), tr("Workload"), ids,
                            allChoices<WorkloadType>());
    addChoice<vt::Dr>(QStringLiteral("dr_strategy"), tr("DR strategy"), ids,
                      allChoices<DrStrategy>());
    addNote(tr("Availability override: 0 uses the catalog SLA for the deployment."));
}

void PropertyEditor::buildLink(const QString &id)
{
    namespace vt = valuetraits;
    const QStringList ids{id};
    auto *title = new QLabel(m_page);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    title->setFont(big);
    auto *summary = new QLabel(m_page);
    summary->setWordWrap(true);
    m_form->addRow(title);
    m_form->addRow(summary);
    m_loaders.push_back([this, title, summary, id] {
        const Design &d = m_document->design();
        const Link *l = d.link(id);
        if (!l)
            return;
        title->setText(tr("%1 → %2").arg(l->from, l->to));
        QString egress = tr("no egress charge");
        if (m_scene) {
            const auto &links = m_scene->analysis().egress.links;
            const int i = d.linkIndex(id);
            if (i >= 0 && std::size_t(i) < links.size() && links[std::size_t(i)].monthly > 0) {
                const LinkEgress &e = links[std::size_t(i)];
                egress = tr("egress %1 per month (%2, paid by %3)")
                             .arg(formatUsd(e.monthly), e.formula,
                                  egressSender(d.links()[std::size_t(i)]));
            }
        }
        summary->setText(tr("Id %1 · %2").arg(id, egress));
    });
    addHeading(tr("Link"));
    addText<vt::LinkLabel>(QStringLiteral("link_label"), tr("Label"), ids);
    addChoice<vt::Kind>(QStringLiteral("kind"), tr("Kind"), ids, allChoices<LinkKind>());
    addDouble<vt::GbPerMonth>(QStringLiteral("gb_per_month"), tr("Volume per month"), ids, 0, 1e12,
                              0, tr(" GB"));
    addHeading(tr("Network"));
    addChoice<vt::Path>(QStringLiteral("path"), tr("Path"), ids, allChoices<NetworkPath>());
    addCheck<vt::CrossZone>(QStringLiteral("cross_zone"),
                            tr("Crosses availability zones (same region)"), ids);
    addHeading(tr("Data protection"));
    addCheck<vt::Anonymized>(QStringLiteral("anonymized"),
                             tr("Personal data anonymised before sending"), ids);
    addChoice<vt::Mechanism>(QStringLiteral("transfer_mechanism"), tr("Transfer mechanism"), ids,
                             allChoices<TransferMechanism>());
    addNote(tr("A request link is a dependency: its caller needs the callee to be up. Data and "
               "replication links carry the volume the egress estimate charges."));
}

void PropertyEditor::buildDesign()
{
    namespace vt = valuetraits;
    const QStringList ids{QString()};
    addHeading(tr("Design"));
    addText<vt::Name>(QStringLiteral("name"), tr("Name"), ids);
    addText<vt::Description>(QStringLiteral("description"), tr("Description"), ids);
    auto *summary = new QLabel(m_page);
    summary->setWordWrap(true);
    m_form->addRow(summary);
    m_loaders.push_back([this, summary] {
        const Design &d = m_document->design();
        summary->setText(tr("%n service(s)", nullptr, int(d.services().size())) +
                         QStringLiteral(", ") + tr("%n link(s)", nullptr, int(d.links().size())) +
                         QStringLiteral(", ") +
                         tr("%n entry point(s)", nullptr, int(d.entryPoints.size())));
    });
    addNote(tr("Select a service or a link to edit it. Drag services from the catalog onto the "
               "canvas; drag from a service's round handle to another service to link them."));
}

} // namespace skyplan
