#pragma once

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/io/designfile.h"

#include <QByteArray>
#include <QString>

namespace skyplan::test {

/// The built-in catalog (loaded once).
const Catalog &catalog();
/// A path under the source tree, e.g. sourcePath("tests/golden").
QString sourcePath(const QString &relative);
QByteArray readFile(const QString &path);
/// Parses a YAML spec given inline; fails the test (QFAIL-like abort) on errors.
Design designFromYaml(const QByteArray &yaml);
/// A placed service with catalog defaults and the given overrides applied by the caller.
PlacedService service(const QString &id, const QString &provider, const QString &serviceId,
                      const QString &region = QString());

/// Approximate equality for money: within half a cent unless stated.
bool near(double a, double b, double tolerance = 0.005);

} // namespace skyplan::test
