#include "fuzztarget.h"

#include "model/catalog/catalog.h"
#include "model/io/designfile.h"
#include "model/io/drawio.h"

// The draw.io importer (plain, compressed and bare diagrams); whatever it accepts, Skyplan's
// own export of it must import back to the same design.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const skyplan::Catalog &catalog = *skyplan::Catalog::builtin();
    skyplan::LoadedDesign loaded;
    try {
        loaded = skyplan::drawio::read(text, QStringLiteral("fuzz.drawio"), catalog);
    } catch (const skyplan::InputError &) {
        return 0;
    }
    const QByteArray diagram = skyplan::drawio::write(loaded.design, catalog);
    try {
        const skyplan::LoadedDesign back =
            skyplan::drawio::read(diagram, QStringLiteral("exported.drawio"), catalog);
        if (skyplan::skyplanfile::write(back.design) != skyplan::skyplanfile::write(loaded.design))
            __builtin_trap();
    } catch (const skyplan::InputError &) {
        __builtin_trap();
    }
    return 0;
}
