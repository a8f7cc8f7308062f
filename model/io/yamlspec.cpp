#include "designfile.h"

#include "designtree.h"
#include "model/catalog/catalog.h"
#include "sourcedocument.h"

#include <QHash>
#include <QSet>

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
    if (node.isObject() && node.has("provider") != node.has("service")) {
        // Half a placed service: say which key is missing rather than skip it.
        node.require(node.has("provider") ? "service" : "provider");
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
    for (const QString &key : node.keys()) {
        const auto child = node.find(toStd(key));
        if (!child)
            continue;
        QStringList childRole = role;
        childRole << key;
        collectLeaves(*child, childRole, leaves, warnings);
    }
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
        if (root.isNull())
            root.fail(QStringLiteral("empty document; expected an allocation spec"));
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
            if (const auto allocation = root.find("allocation"))
                collectLeaves(allocation->expectObject("the allocation tree (a mapping)"), {},
                              leaves, diagnostics);
        } else {
            for (const QString &key : root.keys()) {
                if (isReserved(toStd(key)))
                    continue;
                if (const auto child = root.find(toStd(key)))
                    collectLeaves(*child, {key}, leaves, diagnostics);
            }
        }
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
                if (s.id.isEmpty())
                    s.id = design.uniqueServiceId(idFromSegments(leaf.role));
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
            for (std::size_t i = 0; i < flows->size(); ++i) {
                const TreeNode n = flows->at(i);
                Link l = designtree::linkFromTree(
                    n, resolve, QStringLiteral("a service id or role path"), design, diagnostics);
                if (l.id.isEmpty())
                    l.id = design.uniqueLinkId(l.from + QStringLiteral("_to_") + l.to);
                else if (design.link(l.id))
                    n.require("id").fail(QStringLiteral("duplicate data flow id \"%1\"").arg(l.id));
                design.insertLink(std::move(l));
            }
        }
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

bool isLeaf(const Tree &t)
{
    return t.is_object() && t.contains("provider") && t.contains("service") &&
           t["provider"].is_string();
}

/// Finds or creates the mapping at `segments` (all but the last) and puts `value` at the last
/// segment. Returns false when the place is taken or passes through a service.
bool placeAt(Tree &allocation, const QStringList &segments, Tree &&value)
{
    Tree *node = &allocation;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const std::string k = toStd(segments[i]);
        auto it = node->find(k);
        if (it == node->end()) {
            node->get_ref<Tree::object_t &>().push_back({k, Tree::object()});
            node = &node->get_ref<Tree::object_t &>().back().second;
        } else if (!it->is_object() || isLeaf(*it)) {
            return false;
        } else {
            node = &*it;
        }
    }
    const std::string last = toStd(segments.last());
    if (node->contains(last))
        return false;
    node->get_ref<Tree::object_t &>().push_back({last, std::move(value)});
    return true;
}

} // namespace

QByteArray write(const Design &design, const Tree &summary)
{
    Tree root = Tree::object();
    root["skyplan_spec"] = specVersion;
    designtree::writeHeader(root, design);

    Tree allocation = Tree::object();
    for (const PlacedService &s : design.services()) {
        QStringList segments = s.role.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        if (segments.isEmpty())
            segments = {s.id};
        Tree leaf = designtree::serviceToTree(s, designtree::ServiceFlavor::YamlSpec);
        if (placeAt(allocation, segments, Tree(leaf)))
            continue;
        // The role collides with another service's role; file it where it cannot collide.
        QStringList fallback{QStringLiteral("unassigned"), s.id};
        for (int n = 2; !placeAt(allocation, fallback, Tree(leaf)); ++n)
            fallback = {QStringLiteral("unassigned"), s.id + QLatin1Char('_') + QString::number(n)};
    }
    root["allocation"] = allocation;

    Tree flows = Tree::array();
    for (const Link &l : design.links())
        flows.push_back(designtree::linkToTree(l));
    root["data_flows"] = flows;
    root["summary"] = summary;
    return emitYaml(root);
}

} // namespace skyplan::yamlspec
