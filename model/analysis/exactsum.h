#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace skyplan {

/// A total of many figures (dollars, GB) whose value does not depend on the order they were
/// added in, nor on whether some were added, taken away and added again. A live analysis keeps
/// one, takes away a link's old charge and adds its new one, and reads the very figure a fresh
/// analysis that adds all of them gets: a sum of doubles would differ in its last bits.
///
/// Each figure is held as an integer count of 2^-52 (2.2e-16), so figures that agree to that
/// resolution add up as integers, which neither round nor depend on the order. The arithmetic is
/// modulo 2^128 (unsigned, so it never overflows into undefined behaviour) and the total is right
/// while it stays under 2^75 (3.8e22). A figure of 2^53 (9.0e15) or more, or one that is not a
/// number, is added as a double beside it; that part depends on the order and cannot always be
/// taken away again (infinity less infinity is not a number). A design cannot make such a
/// figure: the loaders cap volumes, instances, requests and tokens far below it.
class ExactSum {
public:
    void add(double x)
    {
        if (fits(x))
            m_fixed += fixed(x);
        else
            m_rest += x;
    }
    void subtract(double x)
    {
        if (fits(x))
            m_fixed -= fixed(x);
        else
            m_rest -= x;
    }
    /// Adds x when `sign` is positive, takes it away when not: what an update does with a
    /// figure it counts (1) or, as it was counted, uncounts (-1).
    void add(double x, int sign)
    {
        if (sign > 0)
            add(x);
        else
            subtract(x);
    }
    /// Another sum's figures added to these: the same as adding each of them here.
    ExactSum &operator+=(const ExactSum &other)
    {
        m_fixed += other.m_fixed;
        m_rest += other.m_rest;
        return *this;
    }
    double value() const
    {
        return static_cast<double>(static_cast<Int>(m_fixed)) * 0x1p-52 + m_rest;
    }
    bool operator==(const ExactSum &other) const = default;

private:
    __extension__ using Int = __int128; // GCC's and Clang's; __extension__ keeps -Wpedantic quiet
    __extension__ using Bits = unsigned __int128;
    static bool fits(double x) { return std::fabs(x) < 0x1p53; } // false for NaN
    /// x in 2^-52, truncated toward zero: the same figure always gives the same integer. Read
    /// off the bits of the double (x = m 2^(e - 1075)), as ldexp() and a conversion to 128 bits
    /// are calls into the libraries and made the sums of a full analysis several times dearer.
    static Bits fixed(double x)
    {
        const auto bits = std::bit_cast<std::uint64_t>(x);
        const int exponent = int((bits >> 52) & 0x7ff);
        if (exponent == 0)
            return 0; // zero, or too small to count
        const Bits mantissa = (bits & ((std::uint64_t(1) << 52) - 1)) | (std::uint64_t(1) << 52);
        const int shift = exponent - 1023; // x 2^52 = mantissa x 2^shift; shift <= 52 as x < 2^53
        const Bits magnitude =
            shift >= 0 ? mantissa << shift : (shift > -64 ? mantissa >> -shift : Bits(0));
        return bits >> 63 ? Bits(0) - magnitude : magnitude;
    }
    Bits m_fixed = 0;
    double m_rest = 0;
};

} // namespace skyplan
