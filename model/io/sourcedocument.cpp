#include "sourcedocument.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace skyplan {

namespace {

Diagnostic errorAt(const QString &file, SourceLocation loc, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.location = loc;
    d.message = message;
    return d;
}

SourceLocation locationOfOffset(const QByteArray &text, qsizetype offset)
{
    SourceLocation loc{1, 1};
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) {
            ++loc.column;
        }
    }
    return loc;
}

SourceLocation fromMark(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return {};
    return {mark.line + 1, mark.column + 1};
}

/// Rejects JSON nested deeper than the limit before a recursive consumer sees it.
void checkJsonDepth(const QByteArray &text, const QString &file)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > InputLimits::maxDepth) {
                throw InputError(errorAt(file, locationOfOffset(text, i),
                                         QStringLiteral("nested deeper than %1 levels")
                                             .arg(InputLimits::maxDepth)));
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

bool isNullScalar(const std::string &s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::optional<bool> boolScalar(const std::string &s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

/// A YAML 1.2 core-schema number, or nothing.
std::optional<Tree> numberScalar(const std::string &s)
{
    if (s.empty())
        return std::nullopt;
    const char *begin = s.data();
    const char *end = s.data() + s.size();
    const char first = s[0];
    if (!(std::isdigit(uchar(first)) || first == '-' || first == '+' || first == '.'))
        return std::nullopt;
    std::string body = first == '+' ? s.substr(1) : s;
    if (body == ".inf" || body == ".Inf" || body == ".INF")
        return Tree(std::numeric_limits<double>::infinity());
    if (body == "-.inf" || body == "-.Inf" || body == "-.INF")
        return Tree(-std::numeric_limits<double>::infinity());
    if (body == ".nan" || body == ".NaN" || body == ".NAN")
        return Tree(std::numeric_limits<double>::quiet_NaN());
    if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'o')) {
        std::int64_t v = 0;
        const int base = body[1] == 'x' ? 16 : 8;
        const auto r = std::from_chars(body.data() + 2, body.data() + body.size(), v, base);
        if (r.ec == std::errc() && r.ptr == body.data() + body.size())
            return Tree(v);
        return std::nullopt;
    }
    begin = body.data();
    end = body.data() + body.size();
    const bool integral = body.find_first_of(".eE") == std::string::npos;
    if (integral) {
        std::int64_t v = 0;
        const auto r = std::from_chars(begin, end, v);
        if (r.ec == std::errc() && r.ptr == end)
            return Tree(v);
        if (r.ec != std::errc::result_out_of_range)
            return std::nullopt;
    }
    double d = 0;
    const auto r = std::from_chars(begin, end, d);
    if (r.ptr != end || (r.ec != std::errc() && r.ec != std::errc::result_out_of_range))
        return std::nullopt;
    return Tree(d);
}

struct YamlConverter {
    QString file;
    SourceMap *map = nullptr; // null when only positions are wanted
    std::size_t nodes = 0;

    void record(const std::string &pointer, const YAML::Node &node)
    {
        if (map)
            (*map)[pointer] = fromMark(node.Mark());
    }

    [[noreturn]] void fail(const YAML::Node &node, const QString &message)
    {
        throw InputError(errorAt(file, fromMark(node.Mark()), message));
    }

    Tree convert(const YAML::Node &node, const std::string &pointer, int depth)
    {
        if (++nodes > InputLimits::maxNodes) {
            fail(node, QStringLiteral("document too large: more than %1 values (are aliases "
                                      "expanding into a huge tree?)")
                           .arg(InputLimits::maxNodes));
        }
        if (depth > InputLimits::maxDepth)
            fail(node, QStringLiteral("nested deeper than %1 levels").arg(InputLimits::maxDepth));
        record(pointer, node);
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return Tree(nullptr);
        case YAML::NodeType::Scalar:
            return scalar(node);
        case YAML::NodeType::Sequence: {
            Tree array = Tree::array();
            std::size_t i = 0;
            for (const YAML::Node &child : node)
                array.push_back(convert(child, pointerAppend(pointer, i++), depth + 1));
            return array;
        }
        case YAML::NodeType::Map: {
            Tree object = Tree::object();
            auto &entries = object.get_ref<Tree::object_t &>();
            std::unordered_set<std::string> seen;
            for (const auto &kv : node) {
                if (!kv.first.IsScalar())
                    fail(kv.first, QStringLiteral("expected a text key, found a mapping or list"));
                const std::string key = kv.first.Scalar();
                if (!seen.insert(key).second)
                    fail(kv.first, QStringLiteral("duplicate key \"%1\"").arg(fromStd(key)));
                // The pointer of a key's value points at the key, which is where a person looks.
                const std::string childPointer = pointerAppend(pointer, key);
                Tree value = convert(kv.second, childPointer, depth + 1);
                if (map)
                    (*map)[childPointer] = fromMark(kv.first.Mark());
                entries.push_back({key, std::move(value)});
            }
            return object;
        }
        }
        return Tree(nullptr);
    }

    static Tree scalar(const YAML::Node &node)
    {
        const std::string &text = node.Scalar();
        const std::string &tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return Tree(text);
        if (isNullScalar(text))
            return Tree(nullptr);
        if (const auto b = boolScalar(text))
            return Tree(*b);
        if (auto n = numberScalar(text))
            return *n;
        return Tree(text);
    }
};

} // namespace

SourceDocument::Syntax SourceDocument::sniff(const QByteArray &text)
{
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' ? Syntax::Json : Syntax::Yaml;
    }
    return Syntax::Yaml;
}

SourceDocument SourceDocument::parse(const QByteArray &text, const QString &fileName,
                                     Syntax syntax)
{
    SourceDocument doc;
    doc.m_text = text;
    doc.m_fileName = fileName;
    doc.m_syntax = syntax;
    if (text.size() > InputLimits::maxFileBytes) {
        throw InputError(errorAt(fileName, {},
                                 QStringLiteral("file too large (%1 bytes; the limit is %2)")
                                     .arg(text.size())
                                     .arg(InputLimits::maxFileBytes)));
    }
    if (syntax == Syntax::Json) {
        checkJsonDepth(text, fileName);
        try {
            doc.m_tree = Tree::parse(text.constBegin(), text.constEnd());
        } catch (const nlohmann::json::parse_error &e) {
            QString what = QString::fromUtf8(e.what());
            // nlohmann's text reads "[json.exception.parse_error.101] parse error at line L,
            // column C: <reason>"; keep the reason, the position goes in the location.
            const qsizetype colon = what.indexOf(QLatin1String(": "), what.indexOf(QLatin1String("column")));
            if (colon > 0)
                what = what.mid(colon + 2);
            throw InputError(errorAt(fileName, locationOfOffset(text, qsizetype(e.byte) - 1),
                                     QStringLiteral("malformed JSON: %1").arg(what)));
        }
        return doc;
    }

    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    } catch (const YAML::ParserException &e) {
        throw InputError(errorAt(fileName, fromMark(e.mark),
                                 QStringLiteral("malformed YAML: %1").arg(fromStd(e.msg))));
    } catch (const YAML::Exception &e) {
        throw InputError(errorAt(fileName, fromMark(e.mark),
                                 QStringLiteral("unreadable YAML: %1").arg(fromStd(e.msg))));
    }
    YamlConverter converter{fileName, &doc.m_map};
    doc.m_tree = converter.convert(root, std::string(), 0);
    doc.m_mapBuilt = true;
    return doc;
}

SourceLocation SourceDocument::locate(const std::string &pointer) const
{
    if (!m_mapBuilt) {
        m_mapBuilt = true;
        // JSON is YAML 1.2, so yaml-cpp can tell where each value of the JSON text starts.
        try {
            const YAML::Node root =
                YAML::Load(std::string(m_text.constData(), std::size_t(m_text.size())));
            YamlConverter converter{m_fileName, &m_map};
            converter.convert(root, std::string(), 0);
        } catch (...) {
            m_map.clear(); // positions stay unknown; the pointer still says where
        }
    }
    std::string p = pointer;
    for (;;) {
        const auto it = m_map.find(p);
        if (it != m_map.end())
            return it->second;
        const auto slash = p.rfind('/');
        if (slash == std::string::npos)
            return {};
        p.resize(slash);
    }
}

Diagnostic SourceDocument::diagnosticFor(const TreeError &error) const
{
    Diagnostic d;
    d.file = m_fileName;
    d.pointer = fromStd(error.pointer);
    d.location = locate(error.pointer);
    d.message = error.message;
    return d;
}

void SourceDocument::resolve(Diagnostics &diagnostics) const
{
    for (Diagnostic &d : diagnostics) {
        if (d.file.isEmpty())
            d.file = m_fileName;
        if (!d.location.isKnown() && !d.pointer.isEmpty())
            d.location = locate(toStd(d.pointer));
    }
}

namespace {

bool needsQuotes(const std::string &s)
{
    if (s.empty() || isNullScalar(s) || boolScalar(s))
        return true;
    if (std::isspace(uchar(s.front())) || std::isspace(uchar(s.back())))
        return true;
    std::string lower;
    for (const char c : s)
        lower += char(std::tolower(uchar(c)));
    // YAML 1.1 readers (PyYAML) also take these for booleans.
    static const char *const yaml11[] = {"y", "n", "yes", "no", "on", "off"};
    for (const char *w : yaml11) {
        if (lower == w)
            return true;
    }
    const char c0 = s[0];
    if (std::isdigit(uchar(c0)))
        return true; // numbers, dates, sexagesimals
    if ((c0 == '-' || c0 == '+' || c0 == '.') && s.size() > 1) {
        const char c1 = s[1];
        if (std::isdigit(uchar(c1)) || c1 == '.' || c1 == 'i' || c1 == 'I' || c1 == 'n' ||
            c1 == 'N')
            return true;
    }
    return false;
}

std::string formatDouble(double d)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    std::string s(buf, r.ptr);
    const auto e = s.find('e');
    if (e != std::string::npos && s.find('.') == std::string::npos)
        s.insert(e, ".0"); // YAML 1.1 floats need a dot before the exponent
    return s;
}

bool allScalars(const Tree &array)
{
    for (const Tree &v : array) {
        if (v.is_structured())
            return false;
    }
    return true;
}

void emitValue(YAML::Emitter &out, const Tree &v)
{
    switch (v.type()) {
    case Tree::value_t::object:
        if (v.empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (auto it = v.begin(); it != v.end(); ++it) {
            out << YAML::Key;
            if (needsQuotes(it.key()))
                out << YAML::DoubleQuoted;
            out << it.key() << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        return;
    case Tree::value_t::array:
        if (v.empty() || allScalars(v))
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const Tree &item : v)
            emitValue(out, item);
        out << YAML::EndSeq;
        return;
    case Tree::value_t::string: {
        const auto &s = v.get_ref<const std::string &>();
        if (needsQuotes(s))
            out << YAML::DoubleQuoted;
        out << s;
        return;
    }
    case Tree::value_t::boolean:
        out << (v.get<bool>() ? "true" : "false");
        return;
    case Tree::value_t::number_integer:
        out << std::to_string(v.get<std::int64_t>());
        return;
    case Tree::value_t::number_unsigned:
        out << std::to_string(v.get<std::uint64_t>());
        return;
    case Tree::value_t::number_float:
        out << formatDouble(v.get<double>());
        return;
    default:
        out << YAML::Null;
        return;
    }
}

} // namespace

QByteArray emitYaml(const Tree &tree)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    emitValue(out, tree);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes += '\n';
    return bytes;
}

QByteArray emitJson(const Tree &tree)
{
    const std::string text = tree.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    QByteArray bytes(text.data(), qsizetype(text.size()));
    bytes += '\n';
    return bytes;
}

} // namespace skyplan
