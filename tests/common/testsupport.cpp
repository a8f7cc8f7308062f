#include "testsupport.h"

#include "model/io/designtree.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace skyplan::test {

const Catalog &catalog()
{
    return *Catalog::builtin();
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(SKYPLAN_SOURCE_DIR) + QLatin1Char('/') + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::abort();
    }
    return f.readAll();
}

Design designFromYaml(const QByteArray &yaml)
{
    try {
        LoadedDesign loaded = yamlspec::read(yaml, QStringLiteral("inline.yaml"), catalog());
        if (hasErrors(loaded.diagnostics)) {
            for (const Diagnostic &d : loaded.diagnostics)
                std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
            std::abort();
        }
        return std::move(loaded.design);
    } catch (const InputError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.diagnostic().toString()));
        std::abort();
    }
}

PlacedService service(const QString &id, const QString &provider, const QString &serviceId,
                      const QString &region)
{
    PlacedService s = designtree::serviceWithDefaults(provider, serviceId, catalog());
    s.id = id;
    if (!region.isEmpty())
        s.region = region;
    return s;
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace skyplan::test
