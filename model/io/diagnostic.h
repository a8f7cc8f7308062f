#pragma once

#include <QString>

#include <exception>
#include <vector>

namespace skyplan {

/// A 1-based line and column in an input file; 0 means unknown.
struct SourceLocation {
    int line = 0;
    int column = 0;
    bool isKnown() const { return line > 0; }
};

/// One message about an input: where it is (file, line, column, JSON pointer) and what was
/// expected. Errors make an input unusable; warnings are worth reading but do not stop a load.
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    SourceLocation location;
    QString pointer; ///< JSON pointer into the document ("/allocation/data_platform/...")
    QString message;

    /// "file:line:column: error: message (at /pointer)", the form compilers use, so editors
    /// and CI logs link to the place.
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

/// Thrown when an input cannot be used at all (malformed syntax, wrong types, bad values).
class InputError : public std::exception {
public:
    explicit InputError(Diagnostic d) : m_diagnostic(std::move(d)) {}
    const Diagnostic &diagnostic() const { return m_diagnostic; }
    Diagnostic &diagnostic() { return m_diagnostic; }
    const char *what() const noexcept override { return "skyplan input error"; }

private:
    Diagnostic m_diagnostic;
};

} // namespace skyplan
