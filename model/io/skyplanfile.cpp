#include "designfile.h"

#include "designtree.h"
#include "model/catalog/catalog.h"
#include "sourcedocument.h"

#include <QHash>

namespace skyplan::skyplanfile {

Tree toTree(const Design &design)
{
    using designtree::ServiceFlavor;
    Tree root = Tree::object();
    // Room for every section first: an ordered map's keys are const, so growing it would copy
    // the services and links (10,000 and 20,000 trees at scale) deeply.
    root.get_ref<Tree::object_t &>().reserve(32);
    root["format_version"] = formatVersion;
    designtree::writeHeader(root, design);
    Tree services = Tree::array();
    services.get_ref<Tree::array_t &>().reserve(design.services().size());
    for (const PlacedService &s : design.services())
        services.push_back(designtree::serviceToTree(s, ServiceFlavor::Native));
    root["services"] = std::move(services);
    Tree links = Tree::array();
    links.get_ref<Tree::array_t &>().reserve(design.links().size());
    for (const Link &l : design.links())
        links.push_back(designtree::linkToTree(l));
    root["links"] = std::move(links);
    designtree::writeSections(root, design);
    // Written only when there are some, so designs without views keep their bytes.
    if (!design.views.empty()) {
        Tree views = Tree::array();
        for (const SavedView &v : design.views) {
            Tree t = Tree::object();
            t["name"] = toStd(v.name);
            t["x"] = v.x;
            t["y"] = v.y;
            t["width"] = v.width;
            t["height"] = v.height;
            t["hidden_layers"] = skyplan::toTree(v.hiddenLayers);
            views.push_back(t);
        }
        root["views"] = views;
    }
    return root;
}

QByteArray write(const Design &design)
{
    return emitJson(toTree(design));
}

LoadedDesign read(const QByteArray &text, const QString &fileName, const Catalog &catalog)
{
    const SourceDocument doc = SourceDocument::parse(text, fileName, SourceDocument::Syntax::Json);
    LoadedDesign result;
    Design &design = result.design;
    try {
        const TreeNode root = doc.root();
        root.expectObject("a Skyplan design (a JSON object)");
        const TreeNode version = root.require("format_version");
        const int v = version.toInt(0, 1'000'000);
        if (v > formatVersion)
            version.fail(QStringLiteral("this design was written by a newer Skyplan (format %1); "
                                        "this version reads formats up to %2")
                             .arg(v)
                             .arg(formatVersion));
        if (v < 1)
            version.fail(QStringLiteral("format_version must be at least 1"));
        designtree::readHeader(root, design, result.diagnostics);
        QHash<QString, std::size_t> serviceAt;
        if (const auto services = root.find("services")) {
            services->expectArray();
            for (std::size_t i = 0; i < services->size(); ++i) {
                const TreeNode n = services->at(i);
                PlacedService s = designtree::serviceFromTree(
                    n, catalog, designtree::ServiceFlavor::Native, result.diagnostics);
                if (s.id.isEmpty())
                    n.require("id").fail(QStringLiteral("a service needs an id"));
                if (design.service(s.id))
                    n.require("id").fail(QStringLiteral("duplicate service id \"%1\"").arg(s.id));
                serviceAt.insert(s.id, i);
                design.insertService(std::move(s));
            }
        }
        if (const auto links = root.find("links")) {
            links->expectArray();
            const auto resolve = [&](const QString &id) {
                return design.service(id) ? id : QString();
            };
            for (std::size_t i = 0; i < links->size(); ++i) {
                const TreeNode n = links->at(i);
                Link l = designtree::linkFromTree(n, resolve, QStringLiteral("a service id"),
                                                  design, result.diagnostics);
                if (l.id.isEmpty())
                    n.require("id").fail(QStringLiteral("a link needs an id"));
                if (design.link(l.id))
                    n.require("id").fail(QStringLiteral("duplicate link id \"%1\"").arg(l.id));
                design.insertLink(std::move(l));
            }
        }
        designtree::readSections(
            root, design, [&](const QString &id) { return design.service(id) ? id : QString(); },
            QStringLiteral("a service id"));
        if (const auto views = root.find("views")) {
            views->expectArray("a list of saved views");
            for (std::size_t i = 0; i < views->size(); ++i) {
                const TreeNode n = views->at(i).expectObject("a saved view {name, x, y, width, "
                                                             "height, hidden_layers}");
                SavedView v;
                v.name = n.require("name").toString();
                readInto(n, "x", v.x, -1e7, 1e7);
                readInto(n, "y", v.y, -1e7, 1e7);
                n.require("width");
                n.require("height");
                readInto(n, "width", v.width, 1, 1e8);
                readInto(n, "height", v.height, 1, 1e8);
                if (const auto layers = n.find("hidden_layers")) {
                    layers->expectArray("a list of layer names");
                    static const QStringList known{QStringLiteral("frames"), QStringLiteral("data"),
                                                   QStringLiteral("requests"),
                                                   QStringLiteral("replication"),
                                                   QStringLiteral("labels")};
                    for (std::size_t l = 0; l < layers->size(); ++l) {
                        const QString layer = layers->at(l).toString();
                        if (!known.contains(layer))
                            layers->at(l).fail(QStringLiteral("unknown layer \"%1\" (expected "
                                                              "%2)")
                                                   .arg(layer, known.join(QLatin1String(", "))));
                        if (!v.hiddenLayers.contains(layer))
                            v.hiddenLayers << layer;
                    }
                }
                n.warnUnknownKeys(Tree{{"name", ""},
                                       {"x", 0},
                                       {"y", 0},
                                       {"width", 0},
                                       {"height", 0},
                                       {"hidden_layers", Tree::array()}},
                                  result.diagnostics);
                design.views.push_back(std::move(v));
            }
        }
        Diagnostics catalogProblems = designtree::checkAgainstCatalog(
            design, catalog, [&](const QString &id, std::string_view key) {
                return pointerAppend(pointerAppend("/services", serviceAt.value(id)), key);
            });
        result.diagnostics.insert(result.diagnostics.end(), catalogProblems.begin(),
                                  catalogProblems.end());
    } catch (const TreeError &e) {
        throw InputError(doc.diagnosticFor(e));
    }
    doc.resolve(result.diagnostics);
    return result;
}

} // namespace skyplan::skyplanfile
