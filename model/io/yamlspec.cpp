#include "designfile.h"

#include "designtree.h"
#include "model/catalog/catalog.h"
#include "sourcedocument.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <unordered_map>

namespace skyplan::yamlspec {

namespace {

/// Top-level keys that are not allocation roots in the bare (hand-written) form.
constexpr std::string_view reservedKeys[] = {"skyplan_spec",
                                             "design",
                                             "allocation",
                                             "data_flows",
                                             "organization",
                                             "summary",
                                             "sites",
                                             "entry_points",
                                             "redundancy_groups",
                                             "disaster_recovery",
                                             "compliance_requirements"};

bool isReserved(const std::string &key)
{
    for (const std::string_view r : reservedKeys) {
        if (key == r)
            return true;
    }
    return false;
}

bool isPlacedService(const TreeNode &node)
{
    if (!node.isObject())
        return false;
    const auto provider = node.find("provider");
    const auto service = node.find("service");
    return provider && service && !provider->value().is_structured() &&
           !service->value().is_structured();
}

struct Leaf {
    QStringList role;
    TreeNode node;
};

void collectLeaves(const TreeNode &node, QStringList role, std::vector<Leaf> &leaves,
                   Diagnostics &warnings)
{
    const auto scalarKey = [&](std::string_view k) {
        const auto n = node.find(k);
        return n && !n->value().is_structured();
    };
    if (node.isObject() && scalarKey("provider") != scalarKey("service")) {
        // Half a placed service: say which key is missing rather than skip it.
        node.require(scalarKey("provider") ? "service" : "provider");
    }
    if (isPlacedService(node)) {
        leaves.push_back({role, node});
        return;
    }
    if (!node.isObject()) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.pointer = fromStd(node.pointer());
        d.message = QStringLiteral("\"%1\" is neither a placed service (a mapping with provider "
                                   "and service) nor a group of them; ignored")
                        .arg(role.join(QLatin1Char('.')));
        warnings.push_back(std::move(d));
        return;
    }
    node.forEachMember([&](const QString &key, const TreeNode &child) {
        if (child.isNull())
            return;
        QStringList childRole = role;
        childRole << key;
        collectLeaves(child, childRole, leaves, warnings);
    });
}

QString idFromSegments(const QStringList &segments)
{
    QString id = segments.join(QLatin1Char('_')).toLower();
    for (QChar &c : id) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    }
    return id;
}

QString humanize(const QString &segment)
{
    QString text = segment;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

LoadedDesign read(const QByteArray &text, const QString &fileName, const Catalog &catalog)
{
    const SourceDocument doc = SourceDocument::parse(text, fileName, SourceDocument::Syntax::Yaml);
    LoadedDesign result;
    Design &design = result.design;
    Diagnostics &diagnostics = result.diagnostics;
    try {
        const TreeNode root = doc.root();
        if (root.isNull()) {
            // Nothing but comments is an empty spec; anything else yaml-cpp could not read
            // as a value (a stray ',' or ']' where a document should start).
            bool onlyComments = true;
            for (const QByteArray &line : text.split('\n')) {
                const QByteArray t = line.trimmed();
                if (!t.isEmpty() && !t.startsWith('#') && t != "---" && t != "...")
                    onlyComments = false;
            }
            root.fail(onlyComments
                          ? QStringLiteral("empty document; expected an allocation spec")
                          : QStringLiteral("no YAML value could be read here; expected an "
                                           "allocation spec (a mapping of roles to services)"));
        }
        root.expectObject("an allocation spec (a mapping of roles to services)");

        std::vector<Leaf> leaves;
        if (const auto version = root.find("skyplan_spec")) {
            const int v = version->toInt(0, 1'000'000);
            if (v > specVersion)
                version->fail(QStringLiteral("this spec was written by a newer Skyplan (spec %1); "
                                             "this version reads up to %2")
                                  .arg(v)
                                  .arg(specVersion));
            if (v < 1)
                version->fail(QStringLiteral("skyplan_spec must be at least 1"));
        }
        // Roles sit under `allocation:` in an exported spec and at the top of a hand-written
        // one; either is read wherever it is, so a spec copied without its first line loses
        // nothing.
        if (const auto allocation = root.find("allocation"))
            collectLeaves(allocation->expectObject("the allocation tree (a mapping)"), {}, leaves,
                          diagnostics);
        root.forEachMember([&](const QString &key, const TreeNode &child) {
            if (!isReserved(toStd(key)) && !child.isNull())
                collectLeaves(child, {key}, leaves, diagnostics);
        });
        if (leaves.empty()) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.message = QStringLiteral("no placed services found (a placed service is a mapping "
                                       "with provider and service keys)");
            diagnostics.push_back(std::move(d));
        }
        designtree::readHeader(root, design, diagnostics);

        // Explicit ids first, so that derived ids never take one a later service states.
        QSet<QString> explicitIds;
        for (const Leaf &leaf : leaves) {
            if (const auto id = leaf.node.find("id")) {
                const QString value = id->toString();
                if (value.isEmpty())
                    id->fail(QStringLiteral("a service id cannot be empty"));
                if (explicitIds.contains(value))
                    id->fail(QStringLiteral("duplicate service id \"%1\"").arg(value));
                explicitIds.insert(value);
            }
        }
        QHash<QString, std::string> pointerOfService;
        QHash<QString, QString> idOfRole;
        for (const Leaf &leaf : leaves) {
            PlacedService s = designtree::serviceFromTree(
                leaf.node, catalog, designtree::ServiceFlavor::YamlSpec, diagnostics);
            s.role = leaf.role.join(QLatin1Char('.'));
            if (!leaf.node.has("label") && !leaf.role.isEmpty())
                s.label = humanize(leaf.role.last());
            if (s.id.isEmpty()) {
                for (qsizetype k = 1; k <= leaf.role.size() && s.id.isEmpty(); ++k) {
                    const QString candidate = idFromSegments(leaf.role.mid(leaf.role.size() - k));
                    if (!explicitIds.contains(candidate) && !design.service(candidate))
                        s.id = candidate;
                }
                for (int n = 2; s.id.isEmpty(); ++n) {
                    const QString candidate =
                        idFromSegments(leaf.role) + QLatin1Char('_') + QString::number(n);
                    if (!explicitIds.contains(candidate) && !design.service(candidate))
                        s.id = candidate;
                }
            }
            pointerOfService.insert(s.id, leaf.node.pointer());
            idOfRole.insert(s.role, s.id);
            design.insertService(std::move(s));
        }

        if (const auto flows = root.find("data_flows")) {
            flows->expectArray("a list of data flows");
            const auto resolve = [&](const QString &written) {
                if (design.service(written))
                    return written;
                return idOfRole.value(written);
            };
            // Explicit ids first, so that a generated id never takes one a later flow states.
            QSet<QString> explicitLinkIds;
            for (std::size_t i = 0; i < flows->size(); ++i) {
                const TreeNode n = flows->at(i);
                if (const auto id = n.isObject() ? n.find("id") : std::nullopt) {
                    if (explicitLinkIds.contains(id->toString()))
                        id->fail(
                            QStringLiteral("duplicate data flow id \"%1\"").arg(id->toString()));
                    explicitLinkIds.insert(id->toString());
                }
            }
            for (std::size_t i = 0; i < flows->size(); ++i) {
                const TreeNode n = flows->at(i);
                Link l = designtree::linkFromTree(
                    n, resolve, QStringLiteral("a service id or role path"), design, diagnostics);
                if (l.id.isEmpty()) {
                    const QString base = l.from + QStringLiteral("_to_") + l.to;
                    l.id = base;
                    for (int k = 2; explicitLinkIds.contains(l.id) || design.link(l.id); ++k)
                        l.id = base + QLatin1Char('_') + QString::number(k);
                }
                design.insertLink(std::move(l));
            }
        }
        designtree::readSections(
            root, design,
            [&](const QString &written) {
                return design.service(written) ? written : idOfRole.value(written);
            },
            QStringLiteral("a service id or role path"));
        Diagnostics catalogProblems = designtree::checkAgainstCatalog(
            design, catalog, [&](const QString &id, std::string_view key) {
                const std::string base = pointerOfService.value(id);
                return base.empty() ? base : pointerAppend(base, key);
            });
        diagnostics.insert(diagnostics.end(), catalogProblems.begin(), catalogProblems.end());
    } catch (const TreeError &e) {
        throw InputError(doc.diagnosticFor(e));
    }
    doc.resolve(diagnostics);
    return result;
}

namespace {

/// The allocation tree while it is built: children in insertion order, found by name in
/// constant time (a Tree object would search its keys linearly).
struct RoleTrie {
    std::vector<std::pair<std::string, std::unique_ptr<RoleTrie>>> children;
    std::unordered_map<std::string, std::size_t> index;
    std::optional<Tree> leaf;

    /// Puts `value` at `segments`; false when the place is taken or passes through a service.
    bool place(const QStringList &segments, const Tree &value)
    {
        RoleTrie *node = this;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const std::string k = toStd(segments[i]);
            const bool last = i + 1 == segments.size();
            const auto it = node->index.find(k);
            if (it != node->index.end()) {
                RoleTrie *child = node->children[it->second].second.get();
                if (last || child->leaf)
                    return false;
                node = child;
                continue;
            }
            if (node->leaf)
                return false;
            node->index.emplace(k, node->children.size());
            node->children.emplace_back(k, std::make_unique<RoleTrie>());
            node = node->children.back().second.get();
            if (last)
                node->leaf = value;
        }
        return true;
    }

    /// The nested mappings, taking the leaves (the trie is used up). The entries are reserved
    /// first: an ordered map's keys are const, so growing it copies every member deeply.
    Tree takeTree()
    {
        if (leaf)
            return std::move(*leaf);
        Tree object = Tree::object();
        auto &entries = object.get_ref<Tree::object_t &>();
        entries.reserve(children.size());
        for (const auto &[k, child] : children)
            entries.push_back({k, child->takeTree()});
        return object;
    }
};

} // namespace

QByteArray write(const Design &design, const Tree &summary)
{
    Tree root = Tree::object();
    // Room for every section first: growing an ordered map copies its members deeply.
    root.get_ref<Tree::object_t &>().reserve(32);
    root["skyplan_spec"] = specVersion;
    designtree::writeHeader(root, design);

    RoleTrie allocation;
    for (const PlacedService &s : design.services()) {
        QStringList segments = s.role.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        if (segments.isEmpty())
            segments = {s.id};
        // The spec nests a mapping per role segment below the document, "allocation", the
        // service and its tags: a deeper role keeps its tail as one dotted key, which reads
        // back as the same role, so the spec never nests deeper than a reader accepts.
        constexpr qsizetype maxSegments = InputLimits::maxDepth - 4;
        if (segments.size() > maxSegments) {
            const QString tail = segments.mid(maxSegments - 1).join(QLatin1Char('.'));
            segments.resize(maxSegments - 1);
            segments << tail;
        }
        const Tree leaf = designtree::serviceToTree(s, designtree::ServiceFlavor::YamlSpec);
        if (allocation.place(segments, leaf))
            continue;
        // The role collides with another service's role; file it where it cannot collide.
        QStringList fallback{QStringLiteral("unassigned"), s.id};
        for (int n = 2; !allocation.place(fallback, leaf); ++n)
            fallback = {QStringLiteral("unassigned"), s.id + QLatin1Char('_') + QString::number(n)};
    }
    root["allocation"] = allocation.takeTree();

    Tree flows = Tree::array();
    for (const Link &l : design.links())
        flows.push_back(designtree::linkToTree(l));
    root["data_flows"] = std::move(flows);
    designtree::writeSections(root, design);
    root["summary"] = summary;
    return emitYaml(root);
}

} // namespace skyplan::yamlspec
