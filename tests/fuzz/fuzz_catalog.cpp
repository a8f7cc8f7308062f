#include "fuzztarget.h"

#include "model/catalog/catalog.h"

#include <QDirIterator>
#include <QFile>

#include <algorithm>

#include <vector>

namespace {

/// The built-in catalog files (prices, regions, policies), read once from the resources.
const std::vector<skyplan::Catalog::SourceFile> &builtinFiles()
{
    static const std::vector<skyplan::Catalog::SourceFile> files = [] {
        std::vector<skyplan::Catalog::SourceFile> result;
        QDirIterator it(QStringLiteral(":/catalogs"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                result.push_back({path.mid(int(qstrlen(":/catalogs/"))), f.readAll(), {}, false});
        }
        std::sort(result.begin(), result.end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });
        return result;
    }();
    return files;
}

} // namespace

// The catalog and policy loader, as a user's override file reaches it: the first byte picks
// which built-in file the rest replaces (a price list, the regions, a policy file).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto &builtin = builtinFiles();
    if (builtin.empty())
        __builtin_trap(); // the catalog resources are missing: a build defect
    if (size < 1)
        return 0;
    std::vector<skyplan::Catalog::SourceFile> files = builtin;
    const std::size_t target = data[0] % builtin.size();
    files.push_back({builtin[target].name,
                     QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)),
                     QStringLiteral("fuzz.yaml"), true});
    skyplan::Diagnostics diagnostics;
    const auto catalog = skyplan::Catalog::fromFiles(files, diagnostics);
    if (!catalog)
        __builtin_trap(); // a catalog object comes back even when it has errors
    return 0;
}
