#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <malloc.h>
#include <vector>

namespace skyplan::bench {

/// The median of some timings (the middle one; 0 for none).
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// How long `work` takes, in milliseconds.
template<typename Work> double milliseconds(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Peak resident memory of this process in MB (VmHWM of /proc/self/status).
inline double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// Resets the peak that peakMemoryMb() reports to the current resident size (Linux 4.0+:
/// writing 5 to /proc/self/clear_refs, after glibc returns its free heap), so one phase's peak
/// can be measured on its own.
inline void resetPeakMemory()
{
    malloc_trim(0); // hand freed heap back first, or an earlier phase's peak stays resident
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// Lets the event loop finish what showing widgets started (layouts, delayed item layouts on
/// zero-time timers, first paints), which one processEvents() call leaves half done: without
/// this the first timed edit pays for the first paint.
inline void settle(int ms = 200)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
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
