#include "tree.h"

#include <QLocale>

#include <algorithm>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace skyplan {

Tree toTree(const QStringList &list)
{
    Tree t = Tree::array();
    for (const QString &s : list)
        t.push_back(toStd(s));
    return t;
}

static double roundTo(double value, double scale)
{
    const double r = std::round(value * scale) / scale;
    return r == 0 ? 0.0 : r;
}

double round6(double value)
{
    return roundTo(value, 1e6);
}

double round9(double value)
{
    return roundTo(value, 1e9);
}

std::string pointerAppend(const std::string &pointer, std::string_view key)
{
    // One allocation and one copy of the key: every value of a file read gets a pointer, and
    // a key that needs escaping ('~', '/') is rare.
    std::string out;
    out.reserve(pointer.size() + key.size() + 1);
    out.append(pointer);
    out += '/';
    if (!std::memchr(key.data(), '~', key.size()) && !std::memchr(key.data(), '/', key.size())) {
        out.append(key);
        return out;
    }
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string pointerAppend(const std::string &pointer, std::size_t index)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
    std::string out;
    out.reserve(pointer.size() + 1 + std::size_t(end - digits));
    out.append(pointer);
    out += '/';
    out.append(digits, end);
    return out;
}

void TreePointers::index() const
{
    m_indexed = true;
    const auto address = [](const void *p) { return reinterpret_cast<std::uintptr_t>(p); };
    std::vector<const Tree *> open{m_root};
    while (!open.empty()) {
        const Tree *t = open.back();
        open.pop_back();
        if (t->is_object() && !t->empty()) {
            const auto &members = t->get_ref<const Tree::object_t &>();
            m_storage.push_back(
                {address(members.data()), address(members.data() + members.size()), t});
            for (const auto &m : members)
                if (m.second.is_structured())
                    open.push_back(&m.second);
        } else if (t->is_array() && !t->empty()) {
            const auto &items = t->get_ref<const Tree::array_t &>();
            m_storage.push_back({address(items.data()), address(items.data() + items.size()), t});
            for (const Tree &item : items)
                if (item.is_structured())
                    open.push_back(&item);
        }
    }
    std::sort(m_storage.begin(), m_storage.end(),
              [](const Storage &a, const Storage &b) { return a.begin < b.begin; });
}

std::string TreePointers::pointerOf(const Tree *value) const
{
    if (!m_indexed)
        index();
    // From the node up: the storage holding a node's address is its parent's.
    std::vector<std::pair<const Tree *, const Tree *>> steps; // (parent, child)
    for (const Tree *at = value; at != m_root;) {
        const auto address = reinterpret_cast<std::uintptr_t>(at);
        auto it = std::upper_bound(m_storage.begin(), m_storage.end(), address,
                                   [](std::uintptr_t a, const Storage &s) { return a < s.begin; });
        if (it == m_storage.begin() || address >= (--it)->end) {
            Q_ASSERT_X(false, "TreePointers::pointerOf", "not a node of this tree");
            break; // the path found so far
        }
        steps.emplace_back(it->container, at);
        at = it->container;
    }
    std::string pointer;
    for (auto step = steps.rbegin(); step != steps.rend(); ++step) {
        const auto [parent, child] = *step;
        if (parent->is_array()) {
            pointer = pointerAppend(
                pointer, std::size_t(child - parent->get_ref<const Tree::array_t &>().data()));
            continue;
        }
        const auto &members = parent->get_ref<const Tree::object_t &>();
        const std::size_t i = (reinterpret_cast<std::uintptr_t>(child) -
                               reinterpret_cast<std::uintptr_t>(members.data())) /
                              sizeof(Tree::object_t::value_type);
        if (i < members.size() && &members.data()[i].second == child)
            pointer = pointerAppend(pointer, members.data()[i].first);
    }
    return pointer;
}

std::optional<TreeNode> TreeNode::find(std::string_view key) const
{
    if (!m_value->is_object())
        return std::nullopt;
    const auto it = m_value->find(key);
    if (it == m_value->end() || it->is_null())
        return std::nullopt;
    return TreeNode(*it, *m_pointers);
}

TreeNode TreeNode::require(std::string_view key) const
{
    expectObject();
    if (auto n = find(key))
        return *n;
    const auto it = m_value->find(key);
    if (it != m_value->end())
        TreeNode(*it, *m_pointers)
            .fail(QStringLiteral("\"%1\" has no value").arg(fromStd(std::string(key))));
    fail(QStringLiteral("missing key \"%1\"").arg(fromStd(std::string(key))));
}

TreeNode TreeNode::at(std::size_t index) const
{
    return TreeNode((*m_value)[index], *m_pointers);
}

QStringList TreeNode::keys() const
{
    QStringList list;
    if (m_value->is_object()) {
        for (auto it = m_value->begin(); it != m_value->end(); ++it)
            list << fromStd(it.key());
    }
    return list;
}

QString TreeNode::describe() const
{
    const Tree &v = *m_value;
    switch (v.type()) {
    case Tree::value_t::null:
        return QStringLiteral("nothing (null)");
    case Tree::value_t::object:
        return QStringLiteral("a mapping");
    case Tree::value_t::array:
        return QStringLiteral("a list");
    case Tree::value_t::string: {
        QString s = fromStd(v.get_ref<const std::string &>());
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QStringLiteral("the text \"%1\"").arg(s);
    }
    case Tree::value_t::boolean:
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case Tree::value_t::number_integer:
    case Tree::value_t::number_unsigned:
    case Tree::value_t::number_float:
        return QStringLiteral("the number %1").arg(v.get<double>());
    default:
        return QStringLiteral("an unsupported value");
    }
}

QString TreeNode::fieldName() const
{
    const std::string p = pointer();
    const auto slash = p.rfind('/');
    const std::string last = slash == std::string::npos ? std::string() : p.substr(slash + 1);
    if (last.empty() || std::isdigit(static_cast<unsigned char>(last[0])))
        return QStringLiteral("value");
    return fromStd(last);
}

void TreeNode::fail(const QString &message) const
{
    throw TreeError(pointer(), message);
}

const TreeNode &TreeNode::expectObject(const char *what) const
{
    if (!m_value->is_object())
        fail(QStringLiteral("expected %1, found %2").arg(QLatin1String(what), describe()));
    return *this;
}

const TreeNode &TreeNode::expectArray(const char *what) const
{
    if (!m_value->is_array())
        fail(QStringLiteral("expected %1, found %2").arg(QLatin1String(what), describe()));
    return *this;
}

QString TreeNode::toString() const
{
    const Tree &v = *m_value;
    if (v.is_string())
        return fromStd(v.get_ref<const std::string &>());
    if (const RawScalars *rawScalars = m_pointers->raw(); rawScalars && !rawScalars->empty()) {
        const auto raw = rawScalars->find(pointer());
        if (raw != rawScalars->end())
            return fromStd(raw->second);
    }
    // An unquoted YAML scalar such as `label: 2024` arrives as a number; text fields take it.
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number_unsigned())
        return QString::number(v.get<quint64>());
    if (v.is_number_float() && std::isfinite(v.get<double>()))
        return QString::number(v.get<double>(), 'g', QLocale::FloatingPointShortest);
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    fail(QStringLiteral("expected text, found %1").arg(describe()));
}

double TreeNode::toNumber() const
{
    const Tree &v = *m_value;
    if (!v.is_number())
        fail(QStringLiteral("expected a number, found %1").arg(describe()));
    const double d = v.get<double>();
    if (std::isnan(d))
        fail(QStringLiteral("expected a number, found .nan (not a number)"));
    if (std::isinf(d))
        fail(QStringLiteral("number too large (infinite); expected a finite number"));
    // -0 is 0: written back as "-0" it would read as the integer 0, and a saved design would
    // not come back as it was (found by fuzz_yamlspec: "storage_gb: -.00").
    return d == 0 ? 0.0 : d;
}

double TreeNode::toNumber(double min, double max) const
{
    const double d = toNumber();
    if (d < min || d > max) {
        if (min == 0 && d < 0)
            fail(QStringLiteral("%1 cannot be negative (found %2)").arg(fieldName()).arg(d));
        if (max >= 1e9)
            fail(QStringLiteral("expected a number of at least %1, found %2").arg(min).arg(d));
        fail(QStringLiteral("expected a number from %1 to %2, found %3").arg(min).arg(max).arg(d));
    }
    return d;
}

int TreeNode::toInt(int min, int max) const
{
    const double d = toNumber();
    if (d != std::floor(d))
        fail(QStringLiteral("expected a whole number, found %1").arg(d));
    if (min == 0 && d < 0)
        fail(QStringLiteral("%1 cannot be negative (found %2)").arg(fieldName()).arg(d));
    if (d < min || d > max)
        fail(QStringLiteral("expected a whole number from %1 to %2, found %3")
                 .arg(min)
                 .arg(max)
                 .arg(d));
    return int(d);
}

bool TreeNode::toBool() const
{
    if (!m_value->is_boolean())
        fail(QStringLiteral("expected true or false, found %1").arg(describe()));
    return m_value->get<bool>();
}

QStringList TreeNode::toStringList() const
{
    expectArray("a list of text");
    QStringList list;
    for (std::size_t i = 0; i < size(); ++i)
        list << at(i).toString();
    return list;
}

KnownKeys::KnownKeys(const Tree &reference)
{
    for (auto it = reference.begin(); reference.is_object() && it != reference.end(); ++it) {
        m_keys.insert(it.key());
        m_order.push_back(it.key());
    }
}

void TreeNode::warnUnknownKeys(const Tree &reference, Diagnostics &out) const
{
    warnUnknownKeys(KnownKeys(reference), out);
}

void TreeNode::warnUnknownKeys(const KnownKeys &known, Diagnostics &out) const
{
    if (!m_value->is_object())
        return;
    std::size_t position = 0;
    std::optional<std::string> here; // made for the first unknown key
    for (auto it = m_value->begin(); it != m_value->end(); ++it, ++position) {
        if (known.contains(it.key(), position))
            continue;
        if (!here)
            here = pointer();
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.pointer = fromStd(pointerAppend(*here, it.key()));
        d.message = QStringLiteral("unknown key \"%1\" ignored").arg(fromStd(it.key()));
        out.push_back(std::move(d));
    }
}

void readInto(const TreeNode &object, std::string_view key, QString &target)
{
    if (const auto n = object.find(key))
        target = n->toString();
}

void readInto(const TreeNode &object, std::string_view key, bool &target)
{
    if (const auto n = object.find(key))
        target = n->toBool();
}

void readInto(const TreeNode &object, std::string_view key, int &target, int min, int max)
{
    if (const auto n = object.find(key))
        target = n->toInt(min, max);
}

void readInto(const TreeNode &object, std::string_view key, double &target, double min, double max)
{
    if (const auto n = object.find(key))
        target = n->toNumber(min, max);
}

void readInto(const TreeNode &object, std::string_view key, QStringList &target)
{
    if (const auto n = object.find(key))
        target = n->toStringList();
}

} // namespace skyplan
