#pragma once

#include "tree.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace skyplan {

/// A parsed input file (YAML or JSON) as a Tree, plus the means to turn a JSON pointer into
/// the line and column it came from. YAML positions are recorded while converting; JSON
/// positions are found by a scan of the text only when a message needs them.
class SourceDocument {
public:
    enum class Syntax { Yaml, Json };

    /// Parses `text`; throws InputError with the position of a syntax error, of a document
    /// nested deeper than InputLimits::maxDepth, or of one with too many nodes.
    static SourceDocument parse(const QByteArray &text, const QString &fileName, Syntax syntax);
    /// JSON when the first non-blank character is '{', YAML otherwise.
    static Syntax sniff(const QByteArray &text);

    const Tree &tree() const { return m_parsed->tree; }
    /// The root of the tree. Its nodes are valid while this document lives, moved or not.
    TreeNode root() const { return TreeNode(m_parsed->tree, m_parsed->pointers); }
    const QString &fileName() const { return m_fileName; }
    Syntax syntax() const { return m_syntax; }

    /// Where the value at `pointer` (or its nearest ancestor with a known position) starts.
    SourceLocation locate(const std::string &pointer) const;
    /// A full diagnostic for a TreeError thrown while reading this document.
    Diagnostic diagnosticFor(const TreeError &error) const;
    /// Fills in the file name and position of diagnostics that carry only a pointer.
    void resolve(Diagnostics &diagnostics) const;

private:
    /// The tree with what its nodes share, on the heap: nodes made before the document moves
    /// (parse() returns it) keep them. Nothing asks a node for its pointer before the parse
    /// has finished the tree, so the pointers' index, made on the first request, is of it.
    struct Parsed {
        Tree tree;
        RawScalars raw;
        TreePointers pointers{tree, &raw}; // not copyable: it points at the two above
    };
    std::unique_ptr<Parsed> m_parsed = std::make_unique<Parsed>();
    mutable SourceMap m_map; ///< YAML: every value; JSON: the pointers looked up so far
    QByteArray m_text;
    QString m_fileName;
    Syntax m_syntax = Syntax::Yaml;
};

/// Block-style YAML for a tree: deterministic, UTF-8, strings quoted where a YAML 1.1 or 1.2
/// reader would take them for another type, floats in their shortest exact form.
QByteArray emitYaml(const Tree &tree);
/// Two-space indented JSON with a final newline.
QByteArray emitJson(const Tree &tree);
/// Where JSON text first nests deeper than InputLimits::maxDepth (strings skipped), or -1.
qsizetype jsonTooDeepAt(const QByteArray &text);

} // namespace skyplan
