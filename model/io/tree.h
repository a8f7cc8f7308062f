#pragma once

#include "diagnostic.h"
#include "model/enums.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skyplan {

/// The plain tree every file format converts through (see STYLE.md: one converter between the
/// model and a tree; JSON and YAML are thin layers over it). Objects keep insertion order so
/// written files are deterministic.
using Tree = nlohmann::ordered_json;

/// An empty object with room for `members`. A growing ordered object copies its members (their
/// keys are const, so they cannot move): a large member added early would be copied again at
/// each growth.
inline Tree objectWithRoom(std::size_t members)
{
    Tree t = Tree::object();
    t.get_ref<Tree::object_t &>().reserve(members);
    return t;
}

/// JSON pointer -> where that value starts in the source text.
using SourceMap = std::unordered_map<std::string, SourceLocation>;
/// JSON pointer -> the text of an unquoted YAML scalar that was read as a number or boolean,
/// so that a text field written `cost-centre: 0012` keeps "0012".
using RawScalars = std::unordered_map<std::string, std::string>;

std::string pointerAppend(const std::string &pointer, std::string_view key);
std::string pointerAppend(const std::string &pointer, std::size_t index);

inline std::string toStd(const QString &s)
{
    return s.toStdString();
}
inline QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}
/// A list of text as a tree array.
Tree toTree(const QStringList &list);
/// A report figure rounded to 6 decimals (money, GB, minutes), without a "-0".
double round6(double value);
/// An availability rounded to 9 decimals, where the nines differ.
double round9(double value);

/// Thrown by TreeNode when a value is missing or of the wrong type; the loader that catches it
/// turns the pointer into a file position.
class TreeError : public std::exception {
public:
    TreeError(std::string pointer, QString message)
        : pointer(std::move(pointer)), message(std::move(message))
    {}
    const char *what() const noexcept override { return "skyplan tree error"; }
    std::string pointer;
    QString message;
};

class KnownKeys;

/// What the nodes of one parsed tree share: its raw scalars, and the means to find a node's
/// JSON pointer from its address. A pointer is wanted only for a message or a raw scalar, so
/// nodes do not carry one: making one per value read was 5% of loading a large design. The
/// first request indexes the storage of every mapping and list (one pass, sorted); each
/// request then climbs from the node to the root, a binary search per level. The tree must not
/// change while nodes of it are in use. Not thread-safe: one document is read on one thread.
class TreePointers {
public:
    /// For the tree at `root` (which must stay where it is) and its raw scalars, or none.
    TreePointers(const Tree &root, const RawScalars *raw) : m_raw(raw), m_root(&root) {}
    TreePointers(const TreePointers &) = delete;
    TreePointers &operator=(const TreePointers &) = delete;

    const RawScalars *raw() const { return m_raw; }
    /// The JSON pointer of `value`, a node of the tree under the root ("" for the root).
    std::string pointerOf(const Tree *value) const;

private:
    struct Storage {
        std::uintptr_t begin = 0; ///< the first child's storage
        std::uintptr_t end = 0;   ///< one past the last child's
        const Tree *container = nullptr;
    };
    void index() const;

    const RawScalars *m_raw;
    const Tree *m_root;
    mutable std::vector<Storage> m_storage; ///< sorted by begin
    mutable bool m_indexed = false;
};

/// A read-only cursor on a Tree value that can say where it is, so every complaint about a
/// value says where it is and what was expected.
class TreeNode {
public:
    TreeNode(const Tree &value, const TreePointers &pointers)
        : m_value(&value), m_pointers(&pointers)
    {}

    const Tree &value() const { return *m_value; }
    /// The JSON pointer of this value; made on request (see TreePointers).
    std::string pointer() const { return m_pointers->pointerOf(m_value); }

    bool isNull() const { return m_value->is_null(); }
    bool isObject() const { return m_value->is_object(); }
    bool isArray() const { return m_value->is_array(); }
    bool isString() const { return m_value->is_string(); }

    /// The child at `key`, or nothing when it is absent or null.
    std::optional<TreeNode> find(std::string_view key) const;
    /// The child at `key`; fails when it is absent.
    TreeNode require(std::string_view key) const;
    bool has(std::string_view key) const { return find(key).has_value(); }

    std::size_t size() const { return m_value->size(); }
    /// Calls f(key, child) for each member of an object, in order, in linear time.
    template<typename F> void forEachMember(F f) const
    {
        if (!m_value->is_object())
            return;
        for (auto it = m_value->begin(); it != m_value->end(); ++it)
            f(fromStd(it.key()), TreeNode(*it, *m_pointers));
    }
    TreeNode at(std::size_t index) const;
    QStringList keys() const;

    /// Each of these fails with a message naming the expected type when the value has another.
    const TreeNode &expectObject(const char *what = "a mapping") const;
    const TreeNode &expectArray(const char *what = "a list") const;
    QString toString() const;
    double toNumber() const;
    double toNumber(double min, double max) const;
    int toInt(int min, int max) const;
    bool toBool() const;
    QStringList toStringList() const;

    template<typename E> E toEnum() const
    {
        // Most enum values are text: matched without a round trip through QString.
        if (m_value->is_string()) {
            if (const auto v =
                    enumFromKey<E>(std::string_view(m_value->get_ref<const std::string &>())))
                return *v;
        }
        const QString key = toString();
        if (const auto v = enumFromKey<E>(std::string_view(toStd(key))))
            return *v;
        fail(QStringLiteral("unknown %1 \"%2\"; expected one of: %3")
                 .arg(fieldName(), key, enumKeyList<E>()));
    }

    [[noreturn]] void fail(const QString &message) const;
    QString describe() const;  ///< "a string (\"abc\")", for messages
    QString fieldName() const; ///< the last key of the pointer ("pricing"), or "value"

    /// Warnings for keys that `known` does not hold: likely typos such as "instnaces".
    /// Appended to `out`.
    void warnUnknownKeys(const KnownKeys &known, Diagnostics &out) const;
    /// The same, with the keys of `reference` (an object as the writer writes it).
    void warnUnknownKeys(const Tree &reference, Diagnostics &out) const;

private:
    const Tree *m_value;
    const TreePointers *m_pointers;
};

/// The keys of an object as a writer writes it: made once per kind of object, not once per
/// object read (a design of 10,000 services made 30,000 reference objects).
class KnownKeys {
public:
    explicit KnownKeys(const Tree &reference);
    bool contains(const std::string &key) const { return m_keys.count(key) != 0; }
    /// The same for the key at `position` of an object read: a file written by Skyplan has its
    /// keys in the writer's order, where one comparison settles it before any hashing.
    bool contains(const std::string &key, std::size_t position) const
    {
        return (position < m_order.size() && m_order[position] == key) || contains(key);
    }

private:
    std::unordered_set<std::string> m_keys;
    std::vector<std::string> m_order;
};

// Read an optional value into `target`, leaving it untouched when the key is absent or null.
void readInto(const TreeNode &object, std::string_view key, QString &target);
void readInto(const TreeNode &object, std::string_view key, bool &target);
void readInto(const TreeNode &object, std::string_view key, int &target, int min, int max);
void readInto(const TreeNode &object, std::string_view key, double &target, double min, double max);
void readInto(const TreeNode &object, std::string_view key, QStringList &target);
template<typename E> void readInto(const TreeNode &object, std::string_view key, E &target)
{
    if (const auto n = object.find(key))
        target = n->toEnum<E>();
}

/// Size limits that keep hostile or broken inputs from hanging or exhausting memory.
struct InputLimits {
    static constexpr int maxDepth = 64;
    static constexpr std::size_t maxNodes = 4'000'000;
    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
};

} // namespace skyplan
