#pragma once

#include "canvas/canvasexport.h"

#include <QDialog>
#include <QRectF>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace skyplan {

class DesignScene;

/// File > Export Image: the format, for PNG the resolution (with the pixel size it gives), and
/// whether only the selection is drawn. The file is chosen after it.
class ExportImageDialog : public QDialog {
    Q_OBJECT
public:
    ExportImageDialog(DesignScene *scene, QWidget *parent = nullptr);

    ImageExportOptions options() const;
    void setOptions(const ImageExportOptions &options);
    /// "PNG image (*.png)" and so on, for the file dialog; and the suffix.
    static QString filter(ImageFormat format);
    static QString suffix(ImageFormat format);

private:
    void updateSize();

    DesignScene *m_scene;
    QComboBox *m_format = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_size = nullptr;
    QCheckBox *m_selection = nullptr;
};

} // namespace skyplan
