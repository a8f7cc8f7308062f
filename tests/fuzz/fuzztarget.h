#pragma once

// The loaders Skyplan reads user files with, one libFuzzer entry point each. Every input must
// end in a design (or catalog) or an InputError/diagnostic: never a crash, a hang, or an
// exception of another kind. Built with clang (-DSKYPLAN_FUZZ=ON) they are libFuzzer targets;
// in the normal build the same entry points replay the stored corpus as a CTest test.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
