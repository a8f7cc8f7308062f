#pragma once

#include <QStringList>

#include <algorithm>
#include <vector>

namespace skyplan::bench {

/// The median of some timings (the middle one; 0 for none).
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// The command line of a benchmark: "[--runs R] N...", with defaults.
struct Arguments {
    int runs = 3;
    std::vector<int> sizes;
};

inline Arguments parseArguments(QStringList args, int defaultRuns)
{
    Arguments a;
    a.runs = defaultRuns;
    if (const auto i = args.indexOf(QStringLiteral("--runs")); i >= 0) {
        a.runs = std::max(1, args.value(i + 1).toInt());
        args.remove(i, 2);
    }
    for (const QString &s : std::as_const(args))
        a.sizes.push_back(s.toInt());
    if (a.sizes.empty())
        a.sizes = {1000, 10000};
    return a;
}

} // namespace skyplan::bench
