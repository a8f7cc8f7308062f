#include "fuzztarget.h"

#include "model/catalog/catalog.h"
#include "model/io/designfile.h"
#include "model/io/tree.h"

namespace {

/// What Skyplan exports, it imports, and exports again to the same bytes (the hand-written
/// YAML emitter's quoting is right for every string the importer accepted).
void exportedImportsAgain(const skyplan::Design &design)
{
    const QByteArray spec = skyplan::yamlspec::write(design, skyplan::Tree::object());
    try {
        const skyplan::LoadedDesign back = skyplan::yamlspec::read(
            spec, QStringLiteral("exported.yaml"), *skyplan::Catalog::builtin());
        if (skyplan::yamlspec::write(back.design, skyplan::Tree::object()) != spec)
            __builtin_trap();
    } catch (const skyplan::InputError &) {
        __builtin_trap();
    }
}

} // namespace

// The YAML allocation-spec importer (bare lecture specs and Skyplan's own export).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const skyplan::LoadedDesign loaded = skyplan::yamlspec::read(
            text, QStringLiteral("fuzz.yaml"), *skyplan::Catalog::builtin());
        exportedImportsAgain(loaded.design);
    } catch (const skyplan::InputError &) {
    }
    return 0;
}
