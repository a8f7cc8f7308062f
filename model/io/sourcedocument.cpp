#include "sourcedocument.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>
#include <sstream>
#include <string_view>
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

/// Where a second YAML document starts (its "---" line), if the stream has one: a line that
/// starts with "---" after a line of content. Document markers stand at the start of a line
/// and cannot occur inside a scalar, so a scan of the text finds them; it replaces
/// YAML::LoadAll, which on some malformed streams (one that starts with ',') collects empty
/// documents until memory runs out (yaml-cpp issue 1040, found here by fuzz_yamlspec), and a
/// second parse, which doubled the import time.
std::optional<qsizetype> secondDocument(const QByteArray &text)
{
    bool content = false;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const QByteArrayView line(text.constData() + at, end - at);
        const bool marker = line.startsWith("---") && (line.size() == 3 || line[3] == ' ' ||
                                                       line[3] == '\t' || line[3] == '\r');
        if (marker && content)
            return at;
        if (marker) {
            const QByteArrayView rest = line.sliced(3).trimmed(); // "--- value" starts and fills it
            if (!rest.isEmpty() && !rest.startsWith('#'))
                content = true;
        }
        const QByteArrayView trimmed = line.trimmed();
        if (!marker && !trimmed.isEmpty() && !trimmed.startsWith('#') && !trimmed.startsWith('%') &&
            trimmed != "...")
            content = true;
        at = end + 1;
    }
    return std::nullopt;
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

/// Refuses JSON nested deeper than the limit, where the level past it opens (found by a scan
/// of the text, when the parser has stopped there).
[[noreturn]] void failJsonTooDeep(const QByteArray &text, const QString &file)
{
    const qsizetype at = jsonTooDeepAt(text);
    throw InputError(
        errorAt(file, at >= 0 ? locationOfOffset(text, at) : SourceLocation{},
                QStringLiteral("nested deeper than %1 levels").arg(InputLimits::maxDepth)));
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
    if (r.ec == std::errc::result_out_of_range) {
        // Too large for a double (1e400): infinite, which every reader refuses as not finite.
        // Too small (1e-400) is zero in all but name.
        const bool huge = body.find_first_of("eE") == std::string::npos ||
                          body[body.find_first_of("eE") + 1] != '-';
        d = huge ? std::numeric_limits<double>::infinity() : 0.0;
        if (huge && first == '-')
            d = -d;
    }
    return Tree(d);
}

/// Builds a Tree straight from yaml-cpp's parser events, and records where each value starts.
/// It replaces YAML::Load and a walk over the nodes it returns: yaml-cpp's node graph was two
/// thirds of the memory of an import (about 450 MB of 670 at 10,000 services) and its building
/// and walking a third of the time. The tree, the positions and the messages are the same.
class YamlTreeBuilder final : public YAML::EventHandler {
public:
    YamlTreeBuilder(QString file, const QByteArray &text, SourceMap *map, RawScalars *raw,
                    std::size_t budget)
        : m_file(std::move(file)), m_text(text), m_map(map), m_raw(raw), m_budget(budget)
    {}

    /// A legitimate document has far fewer values than bytes; a small file that expands into
    /// millions of values is an alias bomb and is stopped early.
    static std::size_t budgetFor(const QByteArray &text)
    {
        return std::min<std::size_t>(InputLimits::maxNodes,
                                     std::max<std::size_t>(100'000, std::size_t(text.size()) * 16));
    }

    /// The document's root; null when the text holds no document.
    Tree take()
    {
        if (!m_rootSet)
            record(std::string(), {}); // an empty document: its root has no position
        return std::move(m_root);
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (keyExpected())
            failNotTextKey(mark);
        const std::string pointer = valueStarts(mark);
        if (anchor != YAML::NullAnchor)
            remember(anchor, Tree(nullptr), pointer, mark, 1);
        place(Tree(nullptr));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &text) override
    {
        checkQuoteClosed(mark);
        Tree value = scalar(text, tag);
        if (anchor != YAML::NullAnchor) // a key's anchor too: an alias may repeat it as a value
            rememberScalar(anchor, value, text, tag, mark);
        if (keyExpected()) {
            acceptKey(text, tag, mark);
            return;
        }
        const std::string pointer = valueStarts(mark);
        if (m_raw && (value.is_number() || value.is_boolean()))
            (*m_raw)[pointer] = text;
        place(std::move(value));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) // the parser refuses unknown anchors: this one is still open
            fail(mark, QStringLiteral("this alias refers to the value that contains it"));
        const Anchored &a = it->second;
        if (keyExpected()) {
            if (!a.scalar)
                failNotTextKey(a.mark);
            acceptKey(a.text, a.tag, a.mark);
            return;
        }
        // The copy counts as many values, and nests as deep, as what it repeats.
        if (m_nodes + a.nodes > m_budget)
            failTooLarge(mark);
        if (m_stack.size() + a.height > std::size_t(InputLimits::maxDepth))
            failTooDeep(mark);
        m_nodes += a.nodes - 1;
        const std::string pointer = valueStarts(a.mark);
        // Its values are where the anchored ones are written, as yaml-cpp's shared nodes said.
        if (m_map) {
            for (const auto &[relative, where] : a.positions)
                (*m_map)[pointer + relative] = where;
        }
        if (m_raw) {
            for (const auto &[relative, text] : a.raws)
                (*m_raw)[pointer + relative] = text;
        }
        place(Tree(a.value));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, Tree::array());
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, Tree::object());
    }
    void OnMapEnd() override { close(); }

private:
    /// A list or mapping whose values are still being read.
    struct Frame {
        Tree value;
        std::string pointer;
        YAML::Mark mark;
        YAML::anchor_t anchor = YAML::NullAnchor;
        std::size_t firstNode = 0; ///< m_nodes before it: the values it holds, for anchors
        std::size_t index = 0;     ///< lists: the next value's index
        bool keyRead = false;      ///< mappings: a key was read, its value comes next
        std::string key;
        YAML::Mark keyMark;
        std::unordered_set<std::string> keys; ///< mappings with many keys: those read so far
    };
    /// A value with an anchor (&name), repeated by each alias (*name) to it.
    struct Anchored {
        Tree value;
        std::size_t nodes = 1;
        std::size_t height = 0; ///< how many levels it nests below itself
        bool scalar = false;    ///< a scalar, which may also stand as a key
        std::string text, tag;
        YAML::Mark mark;
        /// Where the values below it are, by pointer below it (its own place is the alias's).
        std::vector<std::pair<std::string, SourceLocation>> positions;
        std::vector<std::pair<std::string, std::string>> raws;
    };

    bool keyExpected() const
    {
        return !m_stack.empty() && m_stack.back().value.is_object() && !m_stack.back().keyRead;
    }

    void acceptKey(const std::string &key, const std::string &tag, const YAML::Mark &mark)
    {
        if (key == "<<" && tag != "!")
            fail(mark, QStringLiteral("YAML merge keys (<<) are not supported; write the keys "
                                      "out, or use an anchor for the whole value"));
        Frame &f = m_stack.back();
        if (isDuplicate(f, key))
            fail(mark, QStringLiteral("duplicate key \"%1\"").arg(fromStd(key)));
        f.key = key;
        f.keyMark = mark;
        f.keyRead = true;
    }

    /// Small mappings are searched in place; a large one keeps a set of its keys.
    static bool isDuplicate(Frame &f, const std::string &key)
    {
        const auto &entries = f.value.get_ref<const Tree::object_t &>();
        if (f.keys.empty() && entries.size() < 16) {
            return std::any_of(entries.begin(), entries.end(),
                               [&key](const auto &entry) { return entry.first == key; });
        }
        if (f.keys.empty()) {
            for (const auto &entry : entries)
                f.keys.insert(entry.first);
        }
        return !f.keys.insert(key).second;
    }

    /// Counts a new value, checks its depth and records where it is; returns its pointer. A
    /// mapping's value is located at its key, which is where a person looks.
    std::string valueStarts(const YAML::Mark &mark)
    {
        if (++m_nodes > m_budget)
            failTooLarge(mark);
        if (m_stack.size() > std::size_t(InputLimits::maxDepth))
            failTooDeep(mark);
        if (m_stack.empty()) {
            record(std::string(), fromMark(mark));
            return std::string();
        }
        Frame &f = m_stack.back();
        if (f.value.is_object()) {
            std::string pointer = pointerAppend(f.pointer, f.key);
            record(pointer, fromMark(f.keyMark));
            return pointer;
        }
        std::string pointer = pointerAppend(f.pointer, f.index++);
        record(pointer, fromMark(mark));
        return pointer;
    }

    void place(Tree &&value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            m_rootSet = true;
            return;
        }
        Frame &f = m_stack.back();
        if (f.value.is_object()) {
            f.value.get_ref<Tree::object_t &>().push_back({std::move(f.key), std::move(value)});
            f.keyRead = false;
        } else {
            f.value.get_ref<Tree::array_t &>().push_back(std::move(value));
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, Tree &&empty)
    {
        if (keyExpected())
            failNotTextKey(mark);
        Frame f;
        f.firstNode = m_nodes;
        f.pointer = valueStarts(mark);
        f.value = std::move(empty);
        f.mark = mark;
        f.anchor = anchor;
        m_stack.push_back(std::move(f));
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.anchor != YAML::NullAnchor)
            remember(f.anchor, f.value, f.pointer, f.mark, m_nodes - f.firstNode);
        place(std::move(f.value));
    }

    /// Keeps an anchored value, with the positions and raw texts recorded below it.
    void remember(YAML::anchor_t anchor, const Tree &value, const std::string &pointer,
                  const YAML::Mark &mark, std::size_t nodes)
    {
        Anchored a;
        a.value = value;
        a.nodes = nodes;
        a.mark = mark;
        a.height = collect(value, pointer, pointer.size(), a);
        m_anchors[anchor] = std::move(a);
    }

    /// Keeps an anchored scalar, which an alias may repeat as a value or as a key.
    void rememberScalar(YAML::anchor_t anchor, const Tree &value, const std::string &text,
                        const std::string &tag, const YAML::Mark &mark)
    {
        Anchored a;
        a.value = value;
        a.scalar = true;
        a.text = text;
        a.tag = tag;
        a.mark = mark;
        if (value.is_number() || value.is_boolean())
            a.raws.emplace_back(std::string(), text);
        m_anchors[anchor] = std::move(a);
    }

    /// Copies what was recorded below `value` into `a` (the raw text of `value` itself too; its
    /// position is an alias's own); returns how deep `value` nests.
    std::size_t collect(const Tree &value, const std::string &pointer, std::size_t prefix,
                        Anchored &a) const
    {
        if (m_map && pointer.size() > prefix) {
            if (const auto it = m_map->find(pointer); it != m_map->end())
                a.positions.emplace_back(pointer.substr(prefix), it->second);
        }
        if (m_raw) {
            if (const auto it = m_raw->find(pointer); it != m_raw->end())
                a.raws.emplace_back(pointer.substr(prefix), it->second);
        }
        std::size_t height = 0;
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it)
                height =
                    std::max(height, 1 + collect(*it, pointerAppend(pointer, it.key()), prefix, a));
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                height =
                    std::max(height, 1 + collect(value[i], pointerAppend(pointer, i), prefix, a));
        }
        return height;
    }

    void record(const std::string &pointer, SourceLocation where)
    {
        if (m_map)
            (*m_map)[pointer] = where;
    }

    /// yaml-cpp 0.7 accepts a quoted scalar left open at the end of the file, swallowing every
    /// line after the quote; check the raw text for the closing quote.
    void checkQuoteClosed(const YAML::Mark &mark) const
    {
        if (mark.is_null() || mark.pos < 0 || mark.pos >= m_text.size())
            return;
        const char quote = m_text.at(mark.pos);
        if (quote != '"' && quote != '\'')
            return;
        for (qsizetype i = mark.pos + 1; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < m_text.size() && m_text.at(i + 1) == '\'') {
                    ++i; // '' is an escaped single quote
                    continue;
                }
                return;
            }
        }
        fail(mark, QStringLiteral("the quote opened here is never closed (it runs to the end "
                                  "of the file)"));
    }

    static Tree scalar(const std::string &text, const std::string &tag)
    {
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

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message) const
    {
        throw InputError(errorAt(m_file, fromMark(mark), message));
    }
    [[noreturn]] void failNotTextKey(const YAML::Mark &mark) const
    {
        fail(mark, QStringLiteral("expected a text key, found a mapping or list"));
    }
    [[noreturn]] void failTooDeep(const YAML::Mark &mark) const
    {
        fail(mark, QStringLiteral("nested deeper than %1 levels").arg(InputLimits::maxDepth));
    }
    [[noreturn]] void failTooLarge(const YAML::Mark &mark) const
    {
        fail(mark, QStringLiteral("document too large: more than %1 values in %2 bytes of "
                                  "text (are aliases expanding into a huge tree?)")
                       .arg(m_budget)
                       .arg(m_text.size()));
    }

    QString m_file;
    const QByteArray &m_text;
    SourceMap *m_map = nullptr; // null when only the first error is wanted
    RawScalars *m_raw = nullptr;
    std::size_t m_budget;
    std::size_t m_nodes = 0;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
    Tree m_root;
    bool m_rootSet = false;
};

/// Parses the first YAML document of `text` into `builder`; yaml-cpp's exceptions pass through.
void parseYaml(const QByteArray &text, YamlTreeBuilder &builder)
{
    std::istringstream stream(std::string(text.constData(), std::size_t(text.size())));
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
}

/// The offset of the last '[' or '{' still open at `end`, ignoring quoted text and comments.
qsizetype unclosedBracketBefore(const QByteArray &text, qsizetype end)
{
    std::vector<qsizetype> open;
    char quote = 0;
    for (qsizetype i = 0; i < std::min(end, text.size()); ++i) {
        const char c = text[i];
        if (quote) {
            if (quote == '"' && c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else if (c == '[' || c == '{') {
            open.push_back(i);
        } else if ((c == ']' || c == '}') && !open.empty()) {
            open.pop_back();
        }
    }
    return open.empty() ? -1 : open.back();
}

QByteArray lineAt(const QByteArray &text, int line)
{
    const QList<QByteArray> lines = text.split('\n');
    return line >= 1 && line <= lines.size() ? lines[line - 1] : QByteArray();
}

/// yaml-cpp's parser messages name the parser's state; say what is wrong in the text instead.
Diagnostic explainYamlError(const QByteArray &text, const QString &file,
                            const YAML::ParserException &e)
{
    SourceLocation loc = fromMark(e.mark);
    const QString raw = fromStd(e.msg);
    QString message = QStringLiteral("malformed YAML: %1").arg(raw);
    const QByteArray line = lineAt(text, loc.line);
    qsizetype indentEnd = 0;
    while (indentEnd < line.size() && (line[indentEnd] == ' ' || line[indentEnd] == '\t'))
        ++indentEnd;
    if (line.left(indentEnd).contains('\t')) {
        message = QStringLiteral("malformed YAML: tab character used for indentation; YAML "
                                 "indents with spaces only");
        loc.column = 1;
    } else if (raw.contains(QLatin1String("flow not found"))) {
        const qsizetype open =
            unclosedBracketBefore(text, e.mark.pos >= 0 ? e.mark.pos : text.size());
        if (open >= 0) {
            loc = locationOfOffset(text, open);
            message = QStringLiteral("malformed YAML: the '%1' opened here is never closed")
                          .arg(QLatin1Char(text[open]));
        }
    } else if (raw == QLatin1String("end of map not found") ||
               raw == QLatin1String("end of sequence not found") ||
               raw == QLatin1String("illegal map value")) {
        message = QStringLiteral("malformed YAML: this line is indented differently from the "
                                 "lines around it, or a value is missing its key (%1)")
                      .arg(raw);
    }
    return errorAt(file, loc, message);
}

/// Refuses text that is not UTF-8, naming where the first bad byte is.
void checkUtf8(const QByteArray &text, const QString &file)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const uchar c = uchar(text[i]);
        int extra = c < 0x80           ? 0
                    : (c >> 5) == 0x6  ? 1
                    : (c >> 4) == 0xE  ? 2
                    : (c >> 3) == 0x1E ? 3
                                       : -1;
        bool ok = extra >= 0 && i + extra < n && !(c == 0xC0 || c == 0xC1 || c > 0xF4);
        for (int k = 1; ok && k <= extra; ++k)
            ok = (uchar(text[i + k]) & 0xC0) == 0x80;
        if (!ok) {
            throw InputError(
                errorAt(file, locationOfOffset(text, i),
                        QStringLiteral("not UTF-8 text: byte 0x%1 cannot start or "
                                       "continue a character here (save the file as UTF-8)")
                            .arg(c, 2, 16, QLatin1Char('0'))));
        }
        i += extra + 1;
    }
}

/// Where each requested JSON pointer's value starts in JSON text, in one pass with no tree:
/// cheap enough to run for the diagnostics of a 100 MB design.
SourceMap locateJsonPointers(const QByteArray &text, const std::unordered_set<std::string> &wanted)
{
    SourceMap found;
    struct Frame {
        bool object = false;
        std::size_t index = 0; // arrays: next element
        std::string key;       // objects: current key
        std::string pointer;
    };
    std::vector<Frame> stack;
    SourceLocation loc{1, 1};
    bool expectKey = false;
    const auto valueStarts = [&]() {
        if (stack.empty()) {
            if (wanted.count(std::string()))
                found[std::string()] = loc;
            return std::string();
        }
        Frame &f = stack.back();
        const std::string p =
            f.object ? pointerAppend(f.pointer, f.key) : pointerAppend(f.pointer, f.index++);
        if (wanted.count(p))
            found[p] = loc;
        return p;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && found.size() < wanted.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++loc.line;
            loc.column = 1;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++loc.column;
            continue;
        }
        if (c == '"') {
            std::string str;
            const SourceLocation start = loc;
            ++loc.column;
            for (++i; i < n && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < n) {
                    str += text[++i];
                    ++loc.column;
                } else {
                    str += text[i];
                }
                if ((uchar(text[i]) & 0xC0) != 0x80)
                    ++loc.column;
            }
            ++loc.column;
            if (expectKey) {
                stack.back().key = str; // escapes other than \" and \\ are rare in keys
                expectKey = false;
            } else {
                const SourceLocation end = loc;
                loc = start;
                valueStarts();
                loc = end;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            const std::string p = valueStarts();
            stack.push_back({c == '{', 0, std::string(), p});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',') {
            expectKey = !stack.empty() && stack.back().object;
        } else if (c != ':') {
            // A number, true, false or null.
            valueStarts();
            while (i + 1 < n && !std::strchr(",}]\n \t\r", text[i + 1])) {
                ++i;
                ++loc.column;
            }
        }
        ++loc.column;
    }
    return found;
}

/// Builds the tree bottom-up from nlohmann's SAX events. nlohmann's own DOM builders insert a
/// value into its parent before filling it, so an ordered_map (a vector whose keys are const)
/// deep-copies its filled members whenever it grows, and the callback builder scans the parent
/// at every end of object: both quadratic on a design of 10,000 services. Here every object
/// and array is filled first and moved into its parent once, with its size known. It also
/// remembers the first key an object has twice (JSON allows it; a design file never means it),
/// and stops where the text nests deeper than the limit (nlohmann's parser keeps its own stack,
/// so a scan of the text before it was a pass too many: 4% of `skyplan report`'s time).
class TreeBuilder {
public:
    using string_t = Tree::string_t;

    bool null() { return add(Tree(nullptr)); }
    bool boolean(bool v) { return add(Tree(v)); }
    bool number_integer(Tree::number_integer_t v) { return add(Tree(v)); }
    bool number_unsigned(Tree::number_unsigned_t v) { return add(Tree(v)); }
    bool number_float(Tree::number_float_t v, const string_t &) { return add(Tree(v)); }
    bool string(string_t &v) { return add(Tree(std::move(v))); }
    bool binary(Tree::binary_t &v) { return add(Tree::binary(std::move(v))); }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool key(string_t &k)
    {
        m_frames[m_depth - 1].key = std::move(k);
        return true;
    }
    bool end_object()
    {
        Frame &f = m_frames[--m_depth];
        noteDuplicate(f);
        Tree object(Tree::value_t::object);
        auto &members = object.get_ref<Tree::object_t &>();
        members.reserve(f.members.size());
        for (auto &[k, v] : f.members)
            members.Tree::object_t::Container::emplace_back(std::move(k), std::move(v));
        f.members.clear();
        return add(std::move(object));
    }
    bool end_array()
    {
        Frame &f = m_frames[--m_depth];
        Tree array(Tree::value_t::array);
        auto &items = array.get_ref<Tree::array_t &>();
        items.reserve(f.items.size());
        std::move(f.items.begin(), f.items.end(), std::back_inserter(items));
        f.items.clear();
        return add(std::move(array));
    }
    template<class Exception> bool parse_error(std::size_t, const std::string &, const Exception &e)
    {
        throw e;
    }

    Tree take() { return std::move(m_root); }
    const std::string &duplicate() const { return m_duplicate; }
    /// The parse stopped where the text nests deeper than InputLimits::maxDepth.
    bool tooDeep() const { return m_tooDeep; }

private:
    struct Frame {
        bool object = false;
        std::string key;
        std::vector<std::pair<std::string, Tree>> members;
        std::vector<Tree> items;
    };

    bool open(bool object)
    {
        if (m_depth >= std::size_t(InputLimits::maxDepth)) {
            m_tooDeep = true;
            return false; // stops the parse
        }
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        m_frames[m_depth++].object = object;
        return true;
    }
    bool add(Tree &&value)
    {
        if (m_depth == 0) {
            m_root = std::move(value);
            return true;
        }
        Frame &f = m_frames[m_depth - 1];
        if (f.object)
            f.members.emplace_back(std::move(f.key), std::move(value));
        else
            f.items.push_back(std::move(value));
        return true;
    }
    void noteDuplicate(const Frame &f)
    {
        if (!m_duplicate.empty() || f.members.size() < 2)
            return;
        m_keys.clear();
        for (const auto &m : f.members)
            m_keys.emplace_back(m.first);
        // Any order that puts equal keys side by side will do: by length first, so that most
        // comparisons are of two numbers (a plain sort was 3% of loading a large design).
        std::sort(m_keys.begin(), m_keys.end(), [](std::string_view a, std::string_view b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        const auto twice = std::adjacent_find(m_keys.begin(), m_keys.end());
        if (twice != m_keys.end())
            m_duplicate = std::string(*twice);
    }

    std::vector<Frame> m_frames;          // reused: frames keep their capacity between objects
    std::vector<std::string_view> m_keys; // reused by noteDuplicate
    std::size_t m_depth = 0;
    Tree m_root;
    std::string m_duplicate;
    bool m_tooDeep = false;
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

SourceDocument SourceDocument::parse(const QByteArray &text, const QString &fileName, Syntax syntax)
{
    SourceDocument doc;
    doc.m_text = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text; // a UTF-8 BOM
    doc.m_fileName = fileName;
    doc.m_syntax = syntax;
    checkUtf8(doc.m_text, fileName);
    if (text.size() > InputLimits::maxFileBytes) {
        throw InputError(errorAt(fileName, {},
                                 QStringLiteral("file too large (%1 bytes; the limit is %2)")
                                     .arg(text.size())
                                     .arg(InputLimits::maxFileBytes)));
    }
    if (syntax == Syntax::Json) {
        const QByteArray &body = doc.m_text;
        TreeBuilder builder;
        try {
            Tree::sax_parse(body.constBegin(), body.constEnd(), &builder);
            if (builder.tooDeep())
                failJsonTooDeep(body, fileName);
            doc.m_parsed->tree = builder.take();
        } catch (const nlohmann::json::out_of_range &e) {
            // A number too large for a double (1e400).
            throw InputError(
                errorAt(fileName, {},
                        QStringLiteral("malformed JSON: %1")
                            .arg(QString::fromUtf8(e.what()).section(QLatin1String("] "), 1))));
        } catch (const nlohmann::json::parse_error &e) {
            QString what = QString::fromUtf8(e.what());
            // nlohmann's text reads "[json.exception.parse_error.101] parse error at line L,
            // column C: syntax error while parsing value - <reason>"; keep the reason, the
            // position goes in the location.
            const qsizetype colon =
                what.indexOf(QLatin1String(": "), what.indexOf(QLatin1String("column")));
            if (colon > 0)
                what = what.mid(colon + 2);
            what.remove(
                QRegularExpression(QStringLiteral("^syntax error while parsing \\w+( \\w+)? - ")));
            qsizetype at = qsizetype(e.byte) - 1;
            // "unexpected ']'" right after a comma is a trailing comma: point at the comma.
            qsizetype before = std::min(at, text.size()) - 1;
            while (before >= 0 && std::isspace(uchar(text[before])))
                --before;
            if (at < text.size() && (text[at] == ']' || text[at] == '}') && before >= 0 &&
                text[before] == ',') {
                throw InputError(
                    errorAt(fileName, locationOfOffset(text, before),
                            QStringLiteral("malformed JSON: trailing comma before '%1'")
                                .arg(QLatin1Char(text[at]))));
            }
            throw InputError(errorAt(fileName, locationOfOffset(text, at),
                                     QStringLiteral("malformed JSON: %1").arg(what)));
        }
        if (const std::string &duplicate = builder.duplicate(); !duplicate.empty()) {
            // yaml-cpp refuses duplicate keys with their position.
            try {
                YamlTreeBuilder positions(fileName, doc.m_text, nullptr, nullptr,
                                          InputLimits::maxNodes);
                parseYaml(doc.m_text, positions);
            } catch (const InputError &) {
                throw;
            } catch (...) {
            }
            throw InputError(errorAt(
                fileName, {}, QStringLiteral("duplicate key \"%1\"").arg(fromStd(duplicate))));
        }
        return doc;
    }

    // YAML text holds no control characters but tab, line feed and carriage return (YAML 1.2,
    // c-printable): refused with their position rather than left to yaml-cpp's messages.
    for (qsizetype i = 0; i < doc.m_text.size(); ++i) {
        const uchar c = uchar(doc.m_text.at(i)); // at(): operator[] would copy the text
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            throw InputError(errorAt(
                fileName, locationOfOffset(doc.m_text, i),
                QStringLiteral("control character U+%1 is not allowed in YAML text")
                    .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))));
        }
    }

    if (const std::optional<qsizetype> second = secondDocument(doc.m_text))
        throw InputError(errorAt(fileName, locationOfOffset(doc.m_text, *second),
                                 QStringLiteral("a second YAML document starts here; a spec is "
                                                "one document")));
    YamlTreeBuilder builder(fileName, doc.m_text, &doc.m_map, &doc.m_parsed->raw,
                            YamlTreeBuilder::budgetFor(doc.m_text));
    try {
        parseYaml(doc.m_text, builder);
    } catch (const YAML::DeepRecursion &e) {
        throw InputError(
            errorAt(fileName, fromMark(e.mark),
                    QStringLiteral("nested deeper than %1 levels").arg(InputLimits::maxDepth)));
    } catch (const YAML::ParserException &e) {
        throw InputError(explainYamlError(doc.m_text, fileName, e));
    } catch (const YAML::Exception &e) {
        throw InputError(errorAt(fileName, fromMark(e.mark),
                                 QStringLiteral("unreadable YAML: %1").arg(fromStd(e.msg))));
    }
    doc.m_parsed->tree = builder.take();
    return doc;
}

SourceLocation SourceDocument::locate(const std::string &pointer) const
{
    std::string p = pointer;
    if (m_syntax == Syntax::Json) {
        // Look up the pointer and its ancestors in one pass over the text.
        std::unordered_set<std::string> wanted;
        for (std::string q = pointer;; q.resize(q.rfind('/'))) {
            if (m_map.find(q) == m_map.end())
                wanted.insert(q);
            if (q.empty() || q.rfind('/') == std::string::npos)
                break;
        }
        if (!wanted.empty()) {
            const SourceMap more = locateJsonPointers(m_text, wanted);
            m_map.insert(more.begin(), more.end());
        }
    }
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
    if (m_syntax == Syntax::Json) {
        // One pass for all of them, rather than one per diagnostic.
        std::unordered_set<std::string> wanted;
        for (const Diagnostic &d : diagnostics) {
            for (std::string q = toStd(d.pointer); !q.empty(); q.resize(q.rfind('/'))) {
                if (m_map.find(q) == m_map.end())
                    wanted.insert(q);
                if (q.rfind('/') == std::string::npos)
                    break;
            }
        }
        if (!wanted.empty()) {
            const SourceMap more = locateJsonPointers(m_text, wanted);
            m_map.insert(more.begin(), more.end());
        }
    }
    for (Diagnostic &d : diagnostics) {
        if (d.file.isEmpty())
            d.file = m_fileName;
        if (!d.location.isKnown() && !d.pointer.isEmpty())
            d.location = locate(toStd(d.pointer));
    }
}

namespace {

/// NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: YAML 1.1 readers fold them as line breaks
/// even inside quotes, so such strings are written with \\u escapes.
bool hasLineBreakLookalike(const std::string &s)
{
    for (const char *special : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
        if (s.find(special) != std::string::npos)
            return true;
    }
    return false;
}

bool needsQuotes(const std::string &s)
{
    if (s.empty() || isNullScalar(s) || boolScalar(s))
        return true;
    if (std::isspace(uchar(s.front())) || std::isspace(uchar(s.back())))
        return true;
    if (s == "=" || s == "<<")
        return true; // YAML 1.1 value and merge tags
    // A leading BOM is dropped by every reader.
    if (s.rfind("\xEF\xBB\xBF", 0) == 0)
        return true;
    // YAML 1.1 readers (PyYAML) also take these for booleans, in any case.
    if (s.size() <= 3) {
        std::string lower;
        for (const char c : s)
            lower += char(std::tolower(uchar(c)));
        static const char *const yaml11[] = {"y", "n", "yes", "no", "on", "off"};
        for (const char *w : yaml11) {
            if (lower == w)
                return true;
        }
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

/// Whether `s` can be written as a plain (unquoted) scalar that every YAML 1.1 and 1.2 reader
/// reads back as the same string. Conservative: when in doubt, it is quoted.
bool plainSafe(const std::string &s, bool inFlow)
{
    if (needsQuotes(s))
        return false;
    if (std::strchr("-?:,[]{}#&*!|>'\"%@`", s.front()) != nullptr)
        return false; // an indicator where the scalar starts
    if (s.back() == ':')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const uchar c = uchar(s[i]);
        if (c < 0x20 || c == 0x7f)
            return false; // control characters, tabs and line breaks
        if (c == 0xC2 && i + 1 < s.size() && uchar(s[i + 1]) <= 0xA0)
            return false; // C1 controls (NEL among them) and the no-break space
        if (c == 0xE2 && i + 2 < s.size() && uchar(s[i + 1]) == 0x80 &&
            (uchar(s[i + 2]) == 0xA8 || uchar(s[i + 2]) == 0xA9))
            return false; // U+2028 and U+2029, line breaks to YAML 1.1 readers
        if ((c == ':' && i + 1 < s.size() && s[i + 1] == ' ') || (c == '#' && s[i - 1] == ' '))
            return false; // ": " starts a value, " #" a comment
        if (inFlow && std::strchr(",[]{}", char(c)) != nullptr)
            return false;
    }
    return true;
}

/// A double-quoted scalar with YAML escapes. Line-break look-alikes (NEL, U+2028, U+2029) make
/// the whole string escape its non-ASCII characters, as YAML 1.1 readers fold them otherwise.
void appendQuoted(std::string &out, const std::string &s)
{
    const bool escapeNonAscii = hasLineBreakLookalike(s);
    const auto escape = [&out](char32_t cp) {
        char buf[16];
        if (cp <= 0xFF)
            std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(cp));
        else if (cp <= 0xFFFF)
            std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(cp));
        else
            std::snprintf(buf, sizeof buf, "\\U%08X", unsigned(cp));
        out += buf;
    };
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const uchar c = uchar(s[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            ++i;
            continue;
        case '\\':
            out += "\\\\";
            ++i;
            continue;
        case '\n':
            out += "\\n";
            ++i;
            continue;
        case '\t':
            out += "\\t";
            ++i;
            continue;
        case '\r':
            out += "\\r";
            ++i;
            continue;
        default:
            break;
        }
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                escape(c);
            else
                out += char(c);
            ++i;
            continue;
        }
        // A UTF-8 sequence (the text was validated as UTF-8 when it was read or typed).
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t cp = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length && i + std::size_t(k) < s.size(); ++k)
            cp = (cp << 6) | (uchar(s[i + std::size_t(k)]) & 0x3F);
        if (escapeNonAscii || cp <= 0xA0 || cp == 0xFEFF)
            escape(cp);
        else
            out.append(s, i, std::size_t(length));
        i += std::size_t(length);
    }
    out += '"';
}

void appendString(std::string &out, const std::string &s, bool inFlow)
{
    if (plainSafe(s, inFlow))
        out += s;
    else
        appendQuoted(out, s);
}

/// A value that stays on its key's line: a scalar, `{}`, or a list of scalars in flow style.
bool isInline(const Tree &v)
{
    return !v.is_structured() || v.empty() || (v.is_array() && allScalars(v));
}

void appendInline(std::string &out, const Tree &v, bool inFlow = false)
{
    switch (v.type()) {
    case Tree::value_t::object:
        out += "{}";
        return;
    case Tree::value_t::array: {
        out += '[';
        bool first = true;
        for (const Tree &item : v) {
            if (!first)
                out += ", ";
            first = false;
            appendInline(out, item, true);
        }
        out += ']';
        return;
    }
    case Tree::value_t::string:
        appendString(out, v.get_ref<const std::string &>(), inFlow);
        return;
    case Tree::value_t::boolean:
        out += v.get<bool>() ? "true" : "false";
        return;
    case Tree::value_t::number_integer:
        out += std::to_string(v.get<std::int64_t>());
        return;
    case Tree::value_t::number_unsigned:
        out += std::to_string(v.get<std::uint64_t>());
        return;
    case Tree::value_t::number_float:
        out += formatDouble(v.get<double>());
        return;
    default:
        out += "null";
        return;
    }
}

void appendBlock(std::string &out, const Tree &v, int indent, bool continuesLine);

/// A mapping in block style at `indent`; `continuesLine`: its first key goes on the current
/// line (after "- ").
void appendMap(std::string &out, const Tree &map, int indent, bool continuesLine)
{
    bool first = true;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!(first && continuesLine))
            out.append(std::size_t(indent), ' ');
        first = false;
        appendString(out, it.key(), false);
        out += ':';
        if (isInline(it.value())) {
            out += ' ';
            appendInline(out, it.value());
            out += '\n';
        } else {
            out += '\n';
            appendBlock(out, it.value(), indent + 2, false);
        }
    }
}

void appendSeq(std::string &out, const Tree &seq, int indent, bool continuesLine)
{
    bool first = true;
    for (const Tree &item : seq) {
        if (!(first && continuesLine))
            out.append(std::size_t(indent), ' ');
        first = false;
        out += "- ";
        if (isInline(item)) {
            appendInline(out, item);
            out += '\n';
        } else {
            appendBlock(out, item, indent + 2, true);
        }
    }
}

void appendBlock(std::string &out, const Tree &v, int indent, bool continuesLine)
{
    if (v.is_object())
        appendMap(out, v, indent, continuesLine);
    else
        appendSeq(out, v, indent, continuesLine);
}

} // namespace

// Written by hand rather than with YAML::Emitter: the emitter runs yaml-cpp's regular
// expressions over every scalar to choose its style, which made the YAML export of 10,000
// services take seconds. Block style, two-space indentation, lists of scalars in flow style.
QByteArray emitYaml(const Tree &tree)
{
    std::string out;
    out.reserve(4096);
    if (isInline(tree)) {
        appendInline(out, tree);
        out += '\n';
    } else {
        appendBlock(out, tree, 0, false);
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

qsizetype jsonTooDeepAt(const QByteArray &text)
{
    int depth = 0;
    bool inString = false;
    const char *data = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = data[i];
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
            if (++depth > InputLimits::maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

QByteArray emitJson(const Tree &tree)
{
    const std::string text = tree.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    QByteArray bytes(text.data(), qsizetype(text.size()));
    bytes += '\n';
    return bytes;
}

} // namespace skyplan
