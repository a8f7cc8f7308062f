#include "fuzztarget.h"

#include "model/catalog/catalog.h"
#include "model/io/designfile.h"

// The .skyplan reader, and the writer on whatever it accepts (a design that loads must save).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const skyplan::LoadedDesign loaded = skyplan::skyplanfile::read(
            text, QStringLiteral("fuzz.skyplan"), *skyplan::Catalog::builtin());
        // What was read writes and reads back to the same bytes.
        const QByteArray again = skyplan::skyplanfile::write(loaded.design);
        const skyplan::LoadedDesign back = skyplan::skyplanfile::read(
            again, QStringLiteral("again.skyplan"), *skyplan::Catalog::builtin());
        if (skyplan::skyplanfile::write(back.design) != again)
            __builtin_trap();
    } catch (const skyplan::InputError &) {
    }
    return 0;
}
