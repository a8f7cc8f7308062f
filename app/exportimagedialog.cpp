#include "exportimagedialog.h"

#include "canvas/designscene.h"
#include "model/document/designdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace skyplan {

ExportImageDialog::ExportImageDialog(DesignScene *scene, QWidget *parent)
    : QDialog(parent), m_scene(scene)
{
    setWindowTitle(tr("Export Image"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image (for slides and chats)"), int(ImageFormat::Png));
    m_format->addItem(tr("SVG drawing (scales without blur, editable)"), int(ImageFormat::Svg));
    m_format->addItem(tr("PDF document (vector, one page)"), int(ImageFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(2);
    m_scale->setSuffix(tr(" × canvas size"));
    m_scale->setToolTip(tr("Pixels per canvas unit: 1 is the size at 100% zoom, 2 is sharp on "
                           "high-density screens and projectors."));
    form->addRow(tr("&Resolution:"), m_scale);
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("pixelSize"));
    form->addRow(QString(), m_size);
    m_selection = new QCheckBox(tr("Only the &selected services and links"), this);
    m_selection->setObjectName(QStringLiteral("selectionOnly"));
    const DesignDocument *document = scene->document();
    const bool hasSelection =
        !document->selectedServices().isEmpty() || !document->selectedLinks().isEmpty();
    m_selection->setEnabled(hasSelection);
    m_selection->setToolTip(hasSelection ? tr("The links between selected services come too.")
                                         : tr("Nothing is selected: the whole design is drawn."));
    form->addRow(QString(), m_selection);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportImageDialog::updateSize);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportImageDialog::updateSize);
    connect(m_selection, &QCheckBox::toggled, this, &ExportImageDialog::updateSize);
    updateSize();
}

ImageExportOptions ExportImageDialog::options() const
{
    ImageExportOptions o;
    o.format = ImageFormat(m_format->currentData().toInt());
    o.scale = m_scale->value();
    o.selectionOnly = m_selection->isEnabled() && m_selection->isChecked();
    return o;
}

void ExportImageDialog::setOptions(const ImageExportOptions &options)
{
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    m_scale->setValue(options.scale);
    m_selection->setChecked(options.selectionOnly);
}

QString ExportImageDialog::filter(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return tr("PNG images (*.png)");
    case ImageFormat::Svg:
        return tr("SVG drawings (*.svg)");
    case ImageFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    }
    return {};
}

QString ExportImageDialog::suffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral(".png");
    case ImageFormat::Svg:
        return QStringLiteral(".svg");
    case ImageFormat::Pdf:
        return QStringLiteral(".pdf");
    }
    return {};
}

void ExportImageDialog::updateSize()
{
    const ImageExportOptions o = options();
    m_scale->setEnabled(o.format == ImageFormat::Png);
    const QRectF source = exportSourceRect(m_scene, o);
    const QLocale locale;
    if (o.format != ImageFormat::Png) {
        m_size->setText(tr("%1 × %2 canvas units, vector")
                            .arg(locale.toString(std::round(source.width())))
                            .arg(locale.toString(std::round(source.height()))));
        return;
    }
    const double scale =
        std::min(o.scale, double(maxPngSide) / std::max(source.width(), source.height()));
    m_size->setText(tr("%1 × %2 pixels")
                        .arg(locale.toString(std::ceil(source.width() * scale)))
                        .arg(locale.toString(std::ceil(source.height() * scale))));
}

} // namespace skyplan
