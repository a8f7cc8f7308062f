// Writes a generated design (tests/tools/designgenerator.h) as a .skyplan file, for
// benchmarks and screenshots: generate_design N OUT.skyplan
#include "designgenerator.h"

#include "model/catalog/catalog.h"
#include "model/io/designfile.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int n = args.value(1).toInt(&ok);
    if (args.size() != 3 || !ok || n <= 0) {
        std::fprintf(stderr, "usage: generate_design N OUT.skyplan\n");
        return 2;
    }
    skyplan::Diagnostics diagnostics;
    const auto catalog = skyplan::Catalog::load(diagnostics);
    QString error;
    if (!skyplan::writeFileAtomically(
            args[2], skyplan::skyplanfile::write(skyplan::generateDesign(n, *catalog)), &error)) {
        std::fprintf(stderr, "generate_design: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
