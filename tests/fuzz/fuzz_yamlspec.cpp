#include "fuzztarget.h"

#include "model/catalog/catalog.h"
#include "model/io/designfile.h"
#include "model/io/tree.h"

// The YAML allocation-spec importer (bare lecture specs and Skyplan's own export).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const skyplan::LoadedDesign loaded = skyplan::yamlspec::read(
            text, QStringLiteral("fuzz.yaml"), *skyplan::Catalog::builtin());
        // An imported design exports again without trouble.
        (void)skyplan::yamlspec::write(loaded.design, skyplan::Tree::object());
    } catch (const skyplan::InputError &) {
    }
    return 0;
}
