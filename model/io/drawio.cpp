#include "drawio.h"

#include "model/catalog/catalog.h"
#include "model/design.h"
#include "model/layout.h"
#include "sourcedocument.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <yaml-cpp/yaml.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace skyplan::drawio {

namespace {

// Limits that keep a hostile or broken file from taking the machine.
constexpr qsizetype maxInflatedBytes = 128 * 1024 * 1024;
constexpr int maxCells = 200'000;

// ----------------------------------------------------------------------------------------------
// The shape mapping (resources/drawio/shapes.yaml)

struct ShapeService {
    QString provider;
    QString service;
};

struct ShapeMapping {
    QHash<QString, ShapeService> services; ///< lower-cased stencil name -> service
    QHash<QString, ShapeService> images;   ///< lower-cased image path -> service
    QHash<QString, QString> regionGroups;  ///< lower-cased grIcon -> provider
    QSet<QString> structural;              ///< lower-cased group names
    QSet<QString> ignored;                 ///< lower-cased decoration names
    std::map<std::pair<QString, QString>, QString> exportName; ///< (provider, service) -> name
};

QStringList yamlList(const YAML::Node &node)
{
    QStringList list;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node)
            list << QString::fromStdString(item.as<std::string>());
    }
    return list;
}

ShapeMapping loadMapping();

ShapeMapping loadMappingOrNothing()
{
    try {
        return loadMapping();
    } catch (const std::exception &e) {
        // A broken built-in file is a defect: say so, and treat every shape as unknown.
        qWarning("resources/drawio/shapes.yaml cannot be read: %s", e.what());
        return ShapeMapping();
    }
}

ShapeMapping loadMapping()
{
    ShapeMapping m;
    QFile file(QStringLiteral(":/drawio/shapes.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return m; // a build without the resource: every shape is unknown, nothing crashes
    const YAML::Node root = YAML::Load(file.readAll().toStdString());
    const auto readServices = [&m](const YAML::Node &entries, QHash<QString, ShapeService> &into) {
        for (const YAML::Node &e : entries) {
            const ShapeService s{QString::fromStdString(e["provider"].as<std::string>()),
                                 QString::fromStdString(e["service"].as<std::string>())};
            const QStringList names = yamlList(e["drawio"]);
            for (const QString &name : names + yamlList(e["aliases"]))
                into.insert(name.toLower(), s);
            QString first = names.value(0);
            if (first.isEmpty() && e["export_as"])
                first = QString::fromStdString(e["export_as"].as<std::string>());
            if (!first.isEmpty())
                m.exportName.emplace(std::pair{s.provider, s.service}, first);
        }
    };
    readServices(root["shapes"], m.services);
    readServices(root["azure_images"], m.images);
    for (const YAML::Node &e : root["region_groups"]) {
        for (const QString &name : yamlList(e["drawio"]))
            m.regionGroups.insert(name.toLower(),
                                  QString::fromStdString(e["provider"].as<std::string>()));
    }
    for (const YAML::Node &e : root["structural_groups"]) {
        for (const QString &name : yamlList(e["drawio"]))
            m.structural.insert(name.toLower());
    }
    for (const QString &name : yamlList(root["ignored"]["drawio"]))
        m.ignored.insert(name.toLower());
    return m;
}

const ShapeMapping &mapping()
{
    static const ShapeMapping m = loadMappingOrNothing();
    return m;
}

// ----------------------------------------------------------------------------------------------
// Reading

struct Cell {
    QString id;
    QString value;
    QString style;
    QString parent;
    QString source;
    QString target;
    QString data; ///< the `skyplan` property Skyplan writes
    bool vertex = false;
    bool edge = false;
    double x = 0, y = 0, width = 0, height = 0;
    qint64 line = 0;

    QHash<QString, QString> styleMap;
    QSet<QString> tokens;
    int parentIndex = -1;
    std::vector<int> children;
    bool broken = false; ///< its parent chain is cyclic or leads nowhere

    enum class Role { None, Service, Container, Decoration, Label, CardIcon, Unknown };
    Role role = Role::None;
    ShapeService service;
    QHash<QString, QString> regions; ///< for containers: provider -> region their label names
    QString regionGroupProvider;     ///< set for a provider's region group shape
    double absX = 0, absY = 0;
    QString serviceId; ///< the id the service gets in the design
};

struct Page {
    QString name;
    QString where; ///< "", or " (compressed page \"x\")" for messages
    std::vector<Cell> cells;
};

[[noreturn]] void refuse(const QString &file, qint64 line, qint64 column, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.location = {int(line), int(column)};
    d.message = message;
    throw InputError(d);
}

double number(const QXmlStreamAttributes &a, QLatin1StringView name)
{
    bool ok = false;
    const double v = a.value(name).toDouble(&ok);
    return ok && std::isfinite(v) && std::abs(v) < 1e7 ? v : 0;
}

/// Reads the cells of one <mxGraphModel>; `xml` is positioned on its start element.
void readModel(QXmlStreamReader &xml, Page &page, const QString &file)
{
    QString wrapperId, wrapperLabel, wrapperData;
    bool inWrapper = false;
    Cell *current = nullptr;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            refuse(file, xml.lineNumber(), xml.columnNumber(),
                   QStringLiteral("a DOCTYPE is not allowed in a draw.io diagram"));
        if (token == QXmlStreamReader::EndElement) {
            const auto name = xml.name();
            if (name == QLatin1String("mxGraphModel"))
                return;
            if (name == QLatin1String("object") || name == QLatin1String("UserObject"))
                inWrapper = false;
            if (name == QLatin1String("mxCell"))
                current = nullptr;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (name == QLatin1String("object") || name == QLatin1String("UserObject")) {
            inWrapper = true;
            wrapperId = a.value(QLatin1String("id")).toString();
            wrapperLabel = a.value(QLatin1String("label")).toString();
            wrapperData = a.value(QLatin1String("skyplan")).toString();
        } else if (name == QLatin1String("mxCell")) {
            if (int(page.cells.size()) >= maxCells)
                refuse(file, xml.lineNumber(), xml.columnNumber(),
                       QStringLiteral("more than %1 cells; Skyplan reads diagrams up to that size")
                           .arg(maxCells));
            Cell c;
            c.id = inWrapper ? wrapperId : a.value(QLatin1String("id")).toString();
            c.value = inWrapper ? wrapperLabel : a.value(QLatin1String("value")).toString();
            c.data = inWrapper ? wrapperData : QString();
            c.style = a.value(QLatin1String("style")).toString();
            c.parent = a.value(QLatin1String("parent")).toString();
            c.source = a.value(QLatin1String("source")).toString();
            c.target = a.value(QLatin1String("target")).toString();
            c.vertex = a.value(QLatin1String("vertex")) == QLatin1String("1");
            c.edge = a.value(QLatin1String("edge")) == QLatin1String("1");
            c.line = xml.lineNumber();
            page.cells.push_back(std::move(c));
            current = &page.cells.back();
        } else if (name == QLatin1String("mxGeometry") && current &&
                   a.value(QLatin1String("as")) == QLatin1String("geometry")) {
            current->x = number(a, QLatin1String("x"));
            current->y = number(a, QLatin1String("y"));
            current->width = number(a, QLatin1String("width"));
            current->height = number(a, QLatin1String("height"));
        }
    }
    if (xml.hasError())
        refuse(file, xml.lineNumber(), xml.columnNumber(),
               QStringLiteral("the diagram is not well-formed XML%1: %2")
                   .arg(page.where, xml.errorString()));
    refuse(file, xml.lineNumber(), xml.columnNumber(),
           QStringLiteral("the diagram ends before its </mxGraphModel>%1").arg(page.where));
}

/// draw.io's compression: base64 of raw DEFLATE of encodeURIComponent(xml).
QByteArray decompressPage(const QString &text, const QString &file, qint64 line,
                          const QString &pageName)
{
    const auto fail = [&](const QString &why) {
        refuse(file, line, 0,
               QStringLiteral("page \"%1\" is compressed, but %2").arg(pageName, why));
    };
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        fail(QStringLiteral("its text is not base64"));
    z_stream stream{};
    if (inflateInit2(&stream, -15) != Z_OK)
        fail(QStringLiteral("zlib could not start"));
    QByteArray inflated;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(decoded.decoded.constData()));
    stream.avail_in = uInt(decoded.decoded.size());
    char buffer[65536];
    int rc = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        inflated.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (inflated.size() > maxInflatedBytes)
            break;
    } while (rc != Z_STREAM_END && (stream.avail_in > 0 || stream.avail_out == 0));
    inflateEnd(&stream);
    if (rc != Z_STREAM_END)
        fail(inflated.size() > maxInflatedBytes
                 ? QStringLiteral("it inflates to more than %1 MB").arg(maxInflatedBytes >> 20)
                 : QStringLiteral("its data is not a raw DEFLATE stream"));
    // decodeURIComponent: every % must start a two-digit escape, and the result be UTF-8.
    for (qsizetype i = 0; i < inflated.size(); ++i) {
        if (inflated[i] == '%' && (i + 2 >= inflated.size() || !isxdigit(uchar(inflated[i + 1])) ||
                                   !isxdigit(uchar(inflated[i + 2]))))
            fail(QStringLiteral("its text has a broken %-escape"));
    }
    const QByteArray xml = QByteArray::fromPercentEncoding(inflated);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString checked = utf8(xml);
    if (utf8.hasError())
        fail(QStringLiteral("its text is not UTF-8 after %-decoding"));
    return xml;
}

void parseStyle(Cell &c)
{
    for (const QString &part : c.style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            c.tokens.insert(part.trimmed().toLower());
        else
            c.styleMap.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
}

/// The named entities draw.io's HTML labels use.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> names{
        {QStringLiteral("amp"), '&'},   {QStringLiteral("lt"), '<'},
        {QStringLiteral("gt"), '>'},    {QStringLiteral("quot"), '"'},
        {QStringLiteral("apos"), '\''}, {QStringLiteral("nbsp"), ' '}};
    return names;
}

/// A label as a person reads it: HTML (html=1) to lines of plain text.
QString plainLabel(const Cell &c)
{
    QString text = c.value;
    if (c.styleMap.value(QStringLiteral("html")) == QLatin1String("1")) {
        static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</div>|</p>|<hr\\s*/?>"),
                                               QRegularExpression::CaseInsensitiveOption);
        text.replace(breaks, QStringLiteral("\n"));
        // Tags out, in one pass (a regular expression is quadratic on "<<<<...").
        QString untagged;
        untagged.reserve(text.size());
        qsizetype open = -1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('<') && open < 0) {
                open = i;
            } else if (text[i] == QLatin1Char('>') && open >= 0) {
                open = -1;
            } else if (open < 0) {
                untagged += text[i];
            }
        }
        if (open >= 0)
            untagged += text.mid(open); // an unclosed "<" is text
        text = untagged;
        static const QRegularExpression entity(
            QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
        QString decoded;
        qsizetype last = 0;
        auto it = entity.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            decoded += text.mid(last, m.capturedStart() - last);
            const QString e = m.captured(1);
            char32_t code = 0;
            if (e.startsWith(QLatin1String("#x")))
                code = char32_t(e.mid(2).toUInt(nullptr, 16));
            else if (e.startsWith(QLatin1Char('#')))
                code = char32_t(e.mid(1).toUInt());
            else
                code = namedEntities().value(e, 0);
            if (code > 0 && code < 0x110000 && code != 0xFFFE && code != 0xFFFF &&
                (code < 0xD800 || code > 0xDFFF))
                decoded += QString::fromUcs4(&code, 1);
            else
                decoded += m.captured(0);
            last = m.capturedEnd();
        }
        text = decoded + text.mid(last);
    }
    // No control characters (XML cannot carry them back out).
    text.removeIf([](QChar ch) {
        const ushort u = ch.unicode();
        return (u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7F && u <= 0x9F);
    });
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    return lines.join(QLatin1Char('\n'));
}

/// The stencil names a cell's style gives, most specific first, lower-cased.
QStringList shapeNames(const Cell &c)
{
    QStringList names;
    const QString shape = c.styleMap.value(QStringLiteral("shape")).toLower();
    for (const char *key : {"resIcon", "grIcon"}) {
        const QString v = c.styleMap.value(QLatin1String(key)).toLower();
        if (!v.isEmpty())
            names << v;
    }
    QString prIcon = c.styleMap.value(QStringLiteral("prIcon")).toLower();
    if (!prIcon.isEmpty()) {
        if (!prIcon.contains(QLatin1Char('.')) && shape.startsWith(QLatin1String("mxgraph.gcp2.")))
            prIcon = QStringLiteral("mxgraph.gcp2.") + prIcon;
        names << prIcon;
    }
    if (!shape.isEmpty())
        names << shape;
    return names;
}

/// The image path of an image cell from "img/lib/" on, lower-cased.
QString imagePath(const Cell &c)
{
    const QString image = c.styleMap.value(QStringLiteral("image")).toLower();
    const qsizetype at = image.indexOf(QLatin1String("img/lib/"));
    return at >= 0 ? image.mid(at) : image;
}

QString normalised(const QString &text)
{
    QString n;
    for (const QChar ch : text.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            n += ch;
    }
    return n;
}

/// provider -> normalised region id or name -> region id.
using RegionIndex = QHash<QString, QHash<QString, QString>>;

RegionIndex regionIndex(const Catalog &catalog)
{
    RegionIndex index;
    for (const Provider &p : catalog.providers()) {
        auto &byName = index[p.id];
        for (const Region &r : p.regions) {
            byName.insert(normalised(r.id), r.id);
            if (!byName.contains(normalised(r.name)))
                byName.insert(normalised(r.name), r.id);
        }
        // Region ids win over names ("us-east-1" is an id, "N. Virginia" only a name).
        for (const Region &r : p.regions)
            byName.insert(normalised(r.id), r.id);
    }
    return index;
}

/// The regions a container's label names, per provider: a whole line, or a word of one.
QHash<QString, QString> regionsNamed(const QString &label, const RegionIndex &index)
{
    QHash<QString, QString> found;
    static const QRegularExpression separators(QStringLiteral("[\\s(),/|]+"));
    for (const QString &line : label.split(QLatin1Char('\n'))) {
        QStringList candidates{line};
        candidates += line.split(separators, Qt::SkipEmptyParts);
        for (const QString &candidate : std::as_const(candidates)) {
            const QString key = normalised(candidate);
            if (key.isEmpty())
                continue;
            for (auto p = index.cbegin(); p != index.cend(); ++p) {
                const auto hit = p.value().constFind(key);
                if (hit != p.value().cend() && !found.contains(p.key()))
                    found.insert(p.key(), hit.value());
            }
        }
    }
    return found;
}

QString slug(const QString &text)
{
    QString s;
    bool underscore = false;
    for (const QChar ch : text.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))) {
            s += ch;
            underscore = false;
        } else if (!underscore && !s.isEmpty()) {
            s += QLatin1Char('_');
            underscore = true;
        }
        if (s.size() >= 48)
            break;
    }
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    if (!s.isEmpty() && s.front().isDigit())
        s.prepend(QStringLiteral("s_"));
    return s;
}

/// Ids handed out so far, and per wanted id the next suffix to try (so that 100,000 shapes
/// with one label stay linear).
struct IdSpace {
    QSet<QString> taken;
    QHash<QString, int> next;
};

QString uniqueId(const QString &wanted, IdSpace &space)
{
    QString id = wanted;
    int &n = space.next[wanted];
    if (n < 2)
        n = 2;
    while (space.taken.contains(id))
        id = wanted + QLatin1Char('_') + QString::number(n++);
    space.taken.insert(id);
    return id;
}

/// A data flow's volume in GB/month from its label ("Training data: 5,000 GB", "2 TB").
double volumeFromLabel(const QString &label)
{
    static const QRegularExpression volume(
        QStringLiteral("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(GB|TB|PB)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = volume.match(label);
    if (!m.hasMatch())
        return 0;
    double v = m.captured(1).remove(QLatin1Char(',')).toDouble();
    const QString unit = m.captured(2).toUpper();
    v *= unit == QLatin1String("TB") ? 1024 : unit == QLatin1String("PB") ? 1024 * 1024 : 1;
    return std::min(v, 1e12);
}

Diagnostic warning(const QString &file, qint64 line, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.file = file;
    d.location = {int(line), 0};
    d.message = message;
    return d;
}

/// The Skyplan data of a cell, or null: unreadable data, or data nested deeper than the file
/// readers allow (it would overflow the stack when written back), is ignored.
Tree parseData(const QString &data)
{
    if (data.isEmpty())
        return Tree();
    const QByteArray text = data.toUtf8();
    if (jsonTooDeepAt(text) >= 0)
        return Tree();
    Tree t = Tree::parse(text.toStdString(), nullptr, false);
    return t.is_object() ? t : Tree();
}

/// A string field of the data, or empty when it is missing or not a string.
QString dataString(const Tree &t, const char *key)
{
    const auto it = t.find(key);
    return it != t.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

Page readFirstPage(const QByteArray &text, const QString &file, Diagnostics &diagnostics)
{
    if (text.trimmed().isEmpty())
        refuse(file, 1, 1, QStringLiteral("the file is empty; expected a draw.io diagram"));
    QXmlStreamReader xml(text);
    Page page;
    int pages = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            refuse(file, xml.lineNumber(), xml.columnNumber(),
                   QStringLiteral("a DOCTYPE is not allowed in a draw.io diagram"));
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("mxGraphModel")) {
            if (pages++ == 0) {
                readModel(xml, page, file);
                if (page.name.isEmpty())
                    page.name = QFileInfo(file).completeBaseName();
            }
            continue;
        }
        if (name == QLatin1String("diagram")) {
            const QString pageName = xml.attributes().value(QLatin1String("name")).toString();
            const qint64 line = xml.lineNumber();
            if (pages > 0) {
                ++pages;
                xml.skipCurrentElement();
                continue;
            }
            page.name = pageName;
            // Either an inline <mxGraphModel> or the compressed text.
            QString compressed;
            while (!xml.atEnd()) {
                const auto t = xml.readNext();
                if (t == QXmlStreamReader::Characters) {
                    compressed += xml.text();
                } else if (t == QXmlStreamReader::StartElement &&
                           xml.name() == QLatin1String("mxGraphModel")) {
                    ++pages;
                    readModel(xml, page, file);
                    xml.skipCurrentElement(); // to </diagram>
                    break;
                } else if (t == QXmlStreamReader::EndElement) {
                    break;
                }
            }
            if (pages == 0 && !compressed.trimmed().isEmpty()) {
                ++pages;
                page.where = QStringLiteral(" (compressed page \"%1\")").arg(pageName);
                const QByteArray inner = decompressPage(compressed, file, line, pageName);
                QXmlStreamReader innerXml(inner);
                bool found = false;
                while (!innerXml.atEnd()) {
                    const auto t = innerXml.readNext();
                    if (t == QXmlStreamReader::DTD)
                        refuse(file, line, 0,
                               QStringLiteral("a DOCTYPE is not allowed in a draw.io diagram"));
                    if (t == QXmlStreamReader::StartElement) {
                        if (innerXml.name() != QLatin1String("mxGraphModel"))
                            refuse(file, line, 0,
                                   QStringLiteral("page \"%1\" decompresses to <%2>, expected "
                                                  "<mxGraphModel>")
                                       .arg(pageName, innerXml.name().toString()));
                        readModel(innerXml, page, file);
                        found = true;
                        break;
                    }
                }
                if (!found)
                    refuse(file, line, 0,
                           QStringLiteral("page \"%1\" decompresses to no diagram (%2)")
                               .arg(pageName, innerXml.hasError() ? innerXml.errorString()
                                                                  : QStringLiteral("no XML")));
            }
            continue;
        }
        if (name != QLatin1String("mxfile"))
            refuse(file, xml.lineNumber(), xml.columnNumber(),
                   QStringLiteral("not a draw.io diagram: the document is <%1>, expected "
                                  "<mxfile> or <mxGraphModel>")
                       .arg(name.toString()));
    }
    if (xml.hasError())
        refuse(file, xml.lineNumber(), xml.columnNumber(),
               QStringLiteral("the file is not well-formed XML: %1").arg(xml.errorString()));
    if (pages == 0)
        refuse(file, 1, 1, QStringLiteral("the file holds no diagram page"));
    if (pages > 1)
        diagnostics.push_back(warning(
            file, 0,
            QStringLiteral("only the first page (\"%1\") is imported; %2 more page(s) are not")
                .arg(page.name)
                .arg(pages - 1)));
    return page;
}

} // namespace

bool looksLikeDrawio(const QByteArray &text)
{
    const QByteArray head = text.left(4096);
    return head.contains("<mxfile") || head.contains("<mxGraphModel");
}

namespace {
LoadedDesign readDiagram(const QByteArray &text, const QString &fileName, const Catalog &catalog);
} // namespace

LoadedDesign read(const QByteArray &text, const QString &fileName, const Catalog &catalog)
{
    try {
        return readDiagram(text, fileName, catalog);
    } catch (const InputError &) {
        throw;
    } catch (const std::exception &e) {
        // A defect, not the file's fault; still a message instead of a crash.
        Diagnostic d;
        d.file = fileName;
        d.message = QStringLiteral("this diagram cannot be read (internal error: %1)")
                        .arg(QString::fromLocal8Bit(e.what()));
        throw InputError(d);
    }
}

namespace {

LoadedDesign readDiagram(const QByteArray &text, const QString &fileName, const Catalog &catalog)
{
    Diagnostics diagnostics;
    Page page = readFirstPage(text, fileName, diagnostics);
    std::vector<Cell> &cells = page.cells;
    const ShapeMapping &map = mapping();

    // Index, parents (refusing nothing: a broken chain only loses its cells).
    QHash<QString, int> byId;
    for (int i = 0; i < int(cells.size()); ++i) {
        Cell &c = cells[std::size_t(i)];
        parseStyle(c);
        if (c.id.isEmpty() || byId.contains(c.id)) {
            diagnostics.push_back(warning(
                fileName, c.line,
                c.id.isEmpty() ? QStringLiteral("a cell without an id is skipped%1").arg(page.where)
                               : QStringLiteral("a second cell with id \"%1\" is skipped%2")
                                     .arg(c.id, page.where)));
            c.broken = true;
            continue;
        }
        byId.insert(c.id, i);
    }
    for (int i = 0; i < int(cells.size()); ++i) {
        Cell &c = cells[std::size_t(i)];
        if (c.broken || c.parent.isEmpty())
            continue;
        const int p = byId.value(c.parent, -1);
        if (p < 0 || p == i) {
            diagnostics.push_back(warning(
                fileName, c.line,
                QStringLiteral("cell \"%1\" is skipped: its parent \"%2\" %3%4")
                    .arg(c.id, c.parent,
                         p == i ? QStringLiteral("is itself") : QStringLiteral("does not exist"),
                         page.where)));
            c.broken = true;
            continue;
        }
        c.parentIndex = p;
    }
    // Cycles and absolute positions, walking each chain once (iteratively: chains can be
    // thousands long). 0 = not visited, 1 = on the current walk, 2 = done.
    std::vector<char> state(cells.size(), 0);
    for (int i = 0; i < int(cells.size()); ++i) {
        std::vector<int> chain;
        int at = i;
        while (at >= 0 && state[std::size_t(at)] == 0 && !cells[std::size_t(at)].broken) {
            state[std::size_t(at)] = 1;
            chain.push_back(at);
            at = cells[std::size_t(at)].parentIndex;
        }
        const bool cyclic = at >= 0 && state[std::size_t(at)] == 1;
        const bool brokenBelow = at >= 0 && cells[std::size_t(at)].broken;
        double baseX = 0, baseY = 0;
        if (at >= 0 && !cyclic && !brokenBelow) {
            baseX = cells[std::size_t(at)].absX;
            baseY = cells[std::size_t(at)].absY;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            Cell &c = cells[std::size_t(*it)];
            state[std::size_t(*it)] = 2;
            if (cyclic || brokenBelow) {
                if (cyclic && !c.broken)
                    diagnostics.push_back(
                        warning(fileName, c.line,
                                QStringLiteral("cell \"%1\" is skipped: its parents form a cycle%2")
                                    .arg(c.id, page.where)));
                c.broken = true;
                continue;
            }
            // Only vertices offset their children; layers and the root have no geometry.
            if (c.vertex) {
                baseX += c.x;
                baseY += c.y;
            }
            c.absX = baseX;
            c.absY = baseY;
        }
    }
    for (int i = 0; i < int(cells.size()); ++i) {
        const Cell &c = cells[std::size_t(i)];
        if (!c.broken && c.parentIndex >= 0)
            cells[std::size_t(c.parentIndex)].children.push_back(i);
    }

    // What each vertex is.
    const RegionIndex regions = regionIndex(catalog);
    for (Cell &c : cells) {
        if (c.broken || !c.vertex)
            continue;
        const QStringList names = shapeNames(c);
        const QString image = imagePath(c);
        if (c.tokens.contains(QStringLiteral("text")) ||
            c.tokens.contains(QStringLiteral("edgelabel"))) {
            c.role = Cell::Role::Label;
            continue;
        }
        for (const QString &n : names) {
            if (const auto s = map.services.constFind(n); s != map.services.cend()) {
                c.role = Cell::Role::Service;
                c.service = *s;
                break;
            }
        }
        if (c.role == Cell::Role::None && !image.isEmpty()) {
            if (const auto s = map.images.constFind(image); s != map.images.cend()) {
                c.role = Cell::Role::Service;
                c.service = *s;
            }
        }
        if (c.role == Cell::Role::Service)
            continue;
        for (const QString &n : names) {
            if (map.regionGroups.contains(n))
                c.regionGroupProvider = map.regionGroups.value(n);
        }
        const bool structural = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
            return map.structural.contains(n);
        });
        const bool ignored = std::any_of(names.cbegin(), names.cend(),
                                         [&](const QString &n) { return map.ignored.contains(n); });
        const bool hasChildren = std::any_of(c.children.cbegin(), c.children.cend(),
                                             [&](int k) { return cells[std::size_t(k)].vertex; });
        if (!c.regionGroupProvider.isEmpty() || structural || hasChildren ||
            c.styleMap.value(QStringLiteral("container")) == QLatin1String("1")) {
            c.role = Cell::Role::Container;
            QHash<QString, QString> named = regionsNamed(plainLabel(c), regions);
            if (!c.regionGroupProvider.isEmpty()) {
                const QString region = named.value(c.regionGroupProvider);
                named.clear();
                if (!region.isEmpty())
                    named.insert(c.regionGroupProvider, region);
                else
                    diagnostics.push_back(warning(
                        fileName, c.line,
                        QStringLiteral("region group \"%1\" names no %2 region; its services go "
                                       "to the default region%3")
                            .arg(plainLabel(c), c.regionGroupProvider, page.where)));
            }
            c.regions = named;
        } else if (ignored) {
            c.role = Cell::Role::Decoration;
        } else if (c.styleMap.value(QStringLiteral("part")) == QLatin1String("1")) {
            c.role = Cell::Role::CardIcon; // decided below with its card
        } else if (!c.style.isEmpty() || !plainLabel(c).isEmpty()) {
            c.role = Cell::Role::Unknown;
        }
    }
    // GCP cards: a plain box whose `part` icon names the service is that service.
    for (Cell &c : cells) {
        if (c.broken || !c.vertex || c.role == Cell::Role::Service)
            continue;
        for (int k : c.children) {
            Cell &icon = cells[std::size_t(k)];
            if (icon.styleMap.value(QStringLiteral("part")) != QLatin1String("1") ||
                icon.role != Cell::Role::Service)
                continue;
            c.role = Cell::Role::Service;
            c.service = icon.service;
            if (plainLabel(c).isEmpty()) {
                c.value = icon.value;
                c.styleMap[QStringLiteral("html")] = icon.styleMap.value(QStringLiteral("html"));
            }
            icon.role = Cell::Role::CardIcon;
            break;
        }
    }
    // A service's icon inside a card also resolves edges to the card.
    const auto serviceCell = [&](const QString &id) -> int {
        int at = byId.value(id, -1);
        if (at < 0 || cells[std::size_t(at)].broken)
            return -1;
        const Cell &c = cells[std::size_t(at)];
        if (c.role == Cell::Role::CardIcon && c.parentIndex >= 0 &&
            cells[std::size_t(c.parentIndex)].role == Cell::Role::Service)
            return c.parentIndex;
        return c.role == Cell::Role::Service ? at : -1;
    };

    // The design: the data Skyplan wrote on the root (if any), then services and links.
    Tree doc = Tree::object();
    QStringList notes;
    for (const Cell &c : cells) {
        if (!c.broken && c.parentIndex < 0 && !c.data.isEmpty()) {
            doc = parseData(c.data);
            break;
        }
    }
    if (!doc.is_object())
        doc = Tree::object();
    doc["format_version"] = skyplanfile::formatVersion;
    if (!doc.contains("design") || !doc["design"].is_object())
        doc["design"] = Tree::object();
    if (!doc["design"].contains("name"))
        doc["design"]["name"] =
            toStd(page.name.isEmpty() ? QFileInfo(fileName).completeBaseName() : page.name);
    // Each cell's nearest region per provider, handed down each parent chain once (chains can
    // be as long as the file has cells).
    std::vector<QHash<QString, QString>> inherited(cells.size());
    {
        std::vector<char> known(cells.size(), 0);
        for (int i = 0; i < int(cells.size()); ++i) {
            std::vector<int> chain;
            for (int at = i; at >= 0 && !known[std::size_t(at)] && !cells[std::size_t(at)].broken;
                 at = cells[std::size_t(at)].parentIndex)
                chain.push_back(at);
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                const int parent = cells[std::size_t(*it)].parentIndex;
                if (parent >= 0 && !cells[std::size_t(parent)].broken) {
                    QHash<QString, QString> h = inherited[std::size_t(parent)];
                    const auto &own = cells[std::size_t(parent)].regions;
                    for (auto r = own.cbegin(); r != own.cend(); ++r)
                        h.insert(r.key(), r.value());
                    inherited[std::size_t(*it)] = h;
                }
                known[std::size_t(*it)] = 1;
            }
        }
    }
    Tree services = Tree::array();
    IdSpace serviceIds;
    for (Cell &c : cells) {
        if (c.broken || c.role != Cell::Role::Service)
            continue;
        const Provider *provider = catalog.provider(c.service.provider);
        Tree s = parseData(c.data);
        if (!s.is_object())
            s = Tree::object();
        const QString label = plainLabel(c);
        QString wanted = s.contains("id") && s["id"].is_string()
                             ? fromStd(s["id"].get<std::string>())
                             : slug(label);
        if (wanted.isEmpty())
            wanted = c.service.service;
        c.serviceId = uniqueId(wanted, serviceIds);
        // The region: the nearest container naming one of this provider, else what the data
        // says, else the provider's default.
        QString region = inherited[std::size_t(&c - cells.data())].value(c.service.provider);
        if (region.isEmpty() && dataString(s, "provider") == c.service.provider)
            region = dataString(s, "region");
        if (region.isEmpty() && provider) {
            region = provider->defaultRegion;
            diagnostics.push_back(warning(
                fileName, c.line,
                QStringLiteral("\"%1\" is in no container that names a region of %2; it "
                               "goes to %3, the provider's default region%4")
                    .arg(label.isEmpty() ? c.id : label, provider->name, region, page.where)));
        }
        s["id"] = toStd(c.serviceId);
        s["provider"] = toStd(c.service.provider);
        s["service"] = toStd(c.service.service);
        s["region"] = toStd(region);
        s["label"] = toStd(QString(label).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        Tree position = Tree::object();
        position["x"] = std::round(c.absX * scaleX);
        position["y"] = std::round(c.absY * scaleY);
        s["position"] = position;
        services.push_back(std::move(s));
    }
    for (const Cell &c : cells) {
        if (c.broken || c.role != Cell::Role::Unknown)
            continue;
        const QString label = plainLabel(c);
        const QStringList names = shapeNames(c);
        const QString image = imagePath(c);
        const QString shape = !names.isEmpty()   ? names.first()
                              : !image.isEmpty() ? image
                                                 : QStringLiteral("a plain shape");
        const QString who = label.isEmpty() ? QStringLiteral("cell %1").arg(c.id)
                                            : QStringLiteral("\"%1\"").arg(label);
        diagnostics.push_back(warning(
            fileName, c.line,
            QStringLiteral("unknown shape %1 (%2) is not a catalog service; it is kept as a note "
                           "in the design's description%3")
                .arg(who, shape, page.where)));
        notes << QStringLiteral("%1 (%2)").arg(label.isEmpty() ? c.id : label, shape);
    }

    Tree links = Tree::array();
    IdSpace linkIds;
    QStringList droppedLinks;
    for (const Cell &c : cells) {
        if (c.broken || !c.edge)
            continue;
        QString label = plainLabel(c);
        for (int k : c.children) {
            const Cell &child = cells[std::size_t(k)];
            if (label.isEmpty() && child.role == Cell::Role::Label)
                label = plainLabel(child);
        }
        const int from = serviceCell(c.source);
        const int to = serviceCell(c.target);
        const QString who = label.isEmpty() ? QStringLiteral("edge %1").arg(c.id)
                                            : QStringLiteral("edge \"%1\"").arg(label);
        QString why;
        if (c.source.isEmpty() || c.target.isEmpty())
            why = QStringLiteral("it is not connected at both ends");
        else if (from < 0)
            why = QStringLiteral("its source is not a service");
        else if (to < 0)
            why = QStringLiteral("its target is not a service");
        else if (from == to)
            why = QStringLiteral("it starts and ends at the same service");
        if (!why.isEmpty()) {
            diagnostics.push_back(warning(fileName, c.line,
                                          QStringLiteral("%1 is not imported as a data flow: %2%3")
                                              .arg(who, why, page.where)));
            droppedLinks << (label.isEmpty() ? c.id
                                             : label.replace(QLatin1Char('\n'), QLatin1Char(' ')));
            continue;
        }
        Tree l = parseData(c.data);
        if (!l.is_object())
            l = Tree::object();
        const QString fromId = cells[std::size_t(from)].serviceId;
        const QString toId = cells[std::size_t(to)].serviceId;
        QString wanted = l.contains("id") && l["id"].is_string()
                             ? fromStd(l["id"].get<std::string>())
                             : fromId + QStringLiteral("_to_") + toId;
        l["id"] = toStd(uniqueId(wanted, linkIds));
        l["from"] = toStd(fromId);
        l["to"] = toStd(toId);
        l["label"] = toStd(QString(label).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (!l.contains("gb_per_month"))
            l["gb_per_month"] = volumeFromLabel(label);
        links.push_back(std::move(l));
    }
    doc["services"] = std::move(services);
    doc["links"] = std::move(links);
    // Design sections may name services the diagram no longer has (deleted in draw.io).
    if (doc.contains("entry_points") && doc["entry_points"].is_array()) {
        Tree kept = Tree::array();
        for (const Tree &e : doc["entry_points"]) {
            if (e.is_string() && serviceIds.taken.contains(fromStd(e.get<std::string>())))
                kept.push_back(e);
        }
        doc["entry_points"] = kept;
    }
    if (doc.contains("redundancy_groups") && doc["redundancy_groups"].is_array()) {
        Tree kept = Tree::array();
        for (Tree g : doc["redundancy_groups"]) {
            if (!g.is_object() || !g.contains("members") || !g["members"].is_array())
                continue;
            Tree members = Tree::array();
            for (const Tree &m : g["members"]) {
                if (m.is_string() && serviceIds.taken.contains(fromStd(m.get<std::string>())))
                    members.push_back(m);
            }
            if (members.size() < 2)
                continue;
            g["members"] = members;
            if (g.contains("k") && g["k"].is_number_integer() &&
                g["k"].get<int>() > int(members.size()))
                g["k"] = int(members.size());
            kept.push_back(std::move(g));
        }
        doc["redundancy_groups"] = kept;
    }
    if (!notes.isEmpty() || !droppedLinks.isEmpty()) {
        QString description = dataString(doc["design"], "description");
        if (!description.isEmpty())
            description += QStringLiteral("\n\n");
        description += QStringLiteral("Imported from %1").arg(QFileInfo(fileName).fileName());
        if (!notes.isEmpty())
            description += QStringLiteral("; shapes that are not catalog services: %1")
                               .arg(notes.join(QStringLiteral(", ")));
        if (!droppedLinks.isEmpty())
            description += QStringLiteral("; edges not imported: %1")
                               .arg(droppedLinks.join(QStringLiteral(", ")));
        description += QLatin1Char('.');
        doc["design"]["description"] = toStd(description);
    }

    LoadedDesign loaded;
    try {
        loaded = skyplanfile::read(emitJson(doc), fileName, catalog);
    } catch (InputError &e) {
        // The Skyplan data on a cell was edited into something invalid: say so without the
        // line numbers of a document the user never saw.
        Diagnostic d = e.diagnostic();
        d.location = {};
        d.message =
            QStringLiteral("the Skyplan data of the diagram is not valid: %1%2")
                .arg(d.message,
                     d.pointer.isEmpty() ? QString() : QStringLiteral(" (at %1)").arg(d.pointer));
        d.pointer.clear();
        throw InputError(d);
    }
    for (Diagnostic &d : loaded.diagnostics) {
        if (d.location.isKnown() && d.file == fileName)
            d.location = {};
    }
    diagnostics.insert(diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    loaded.diagnostics = std::move(diagnostics);
    return loaded;
}

} // namespace

// ----------------------------------------------------------------------------------------------
// Writing

namespace {

struct IconStyle {
    QString style;
    double width;
    double height;
};

IconStyle iconFor(const PlacedService &s, const Catalog &catalog)
{
    const ShapeMapping &map = mapping();
    const auto found = map.exportName.find({s.provider, s.service});
    const QString name = found == map.exportName.end() ? QString() : found->second;
    const Provider *provider = catalog.provider(s.provider);
    const QString colour =
        provider && !provider->color.isEmpty() ? provider->color : QStringLiteral("#6B7280");
    const QString label = QStringLiteral("verticalLabelPosition=bottom;verticalAlign=top;"
                                         "align=center;whiteSpace=wrap;fontSize=12;");
    if (name.startsWith(QLatin1String("img/lib/")))
        return {QStringLiteral("image;aspect=fixed;points=[];") + label + QStringLiteral("image=") +
                    name + QLatin1Char(';'),
                64, 64};
    if (name.startsWith(QLatin1String("mxgraph.aws4.")))
        return {QStringLiteral("sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;"
                               "strokeColor=#ffffff;dashed=0;aspect=fixed;fillColor=") +
                    colour + QLatin1Char(';') + label +
                    QStringLiteral("shape=mxgraph.aws4.resourceIcon;resIcon=") + name +
                    QLatin1Char(';'),
                78, 78};
    if (name.startsWith(QLatin1String("mxgraph.gcp2.")))
        return {QStringLiteral("sketch=0;strokeColor=none;fontColor=#232F3E;fillColor=") + colour +
                    QLatin1Char(';') + label +
                    QStringLiteral("shape=mxgraph.gcp2.hexIcon;prIcon=") +
                    name.mid(int(qstrlen("mxgraph.gcp2."))) + QLatin1Char(';'),
                66, 58};
    if (!name.isEmpty())
        return {QStringLiteral("aspect=fixed;strokeColor=none;fillColor=") + colour +
                    QLatin1Char(';') + label + QStringLiteral("shape=") + name + QLatin1Char(';'),
                64, 64};
    return {QStringLiteral("rounded=1;whiteSpace=wrap;fontSize=12;strokeColor=") + colour +
                QStringLiteral(";fillColor=#FFFFFF;"),
            140, 60};
}

QString coordinate(double v)
{
    return QString::number(std::round(v * 1000) / 1000, 'g', 12);
}

void writeGeometry(QXmlStreamWriter &xml, double x, double y, double w, double h)
{
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("x"), coordinate(x));
    xml.writeAttribute(QStringLiteral("y"), coordinate(y));
    xml.writeAttribute(QStringLiteral("width"), coordinate(w));
    xml.writeAttribute(QStringLiteral("height"), coordinate(h));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    xml.writeEndElement();
}

/// Text XML 1.0 can carry: control characters (a label typed into a JSON file can hold them)
/// and lone surrogates are left out.
QString xmlSafe(QString text)
{
    text.removeIf([](QChar ch) {
        const ushort u = ch.unicode();
        return (u < 0x20 && u != '\n' && u != '\t' && u != '\r') || u == 0xFFFE || u == 0xFFFF ||
               ch.isSurrogate();
    });
    return text;
}

QString compactJson(const Tree &t)
{
    return QString::fromStdString(t.dump());
}

} // namespace

QByteArray write(const Design &design, const Catalog &catalog)
{
    const Tree whole = skyplanfile::toTree(design);
    Tree header = whole;
    header.erase("services");
    header.erase("links");

    // Frames: the services of each (provider, region), in drawing units.
    struct Frame {
        QString provider;
        QString region;
        QString id;
        double left = 1e18, top = 1e18, right = -1e18, bottom = -1e18;
    };
    std::vector<Frame> frames;
    std::map<std::pair<QString, QString>, std::size_t> frameOf;
    std::vector<IconStyle> icons;
    // draw.io has one id space for every cell (and 0 and 1 are its root and layer); Skyplan's
    // services and links have one each. A cell whose id had to change still carries the real
    // one in its data.
    IdSpace ids;
    ids.taken = {QStringLiteral("0"), QStringLiteral("1")};
    QHash<QString, QString> cellOfService;
    for (const PlacedService &s : design.services())
        cellOfService.insert(s.id, uniqueId(s.id, ids));
    for (const PlacedService &s : design.services()) {
        const IconStyle icon = iconFor(s, catalog);
        icons.push_back(icon);
        auto [it, added] = frameOf.try_emplace({s.provider, s.region}, frames.size());
        if (added)
            frames.push_back(
                {s.provider, s.region,
                 uniqueId(QStringLiteral("frame_%1_%2").arg(s.provider, s.region), ids)});
        Frame &f = frames[it->second];
        const double x = s.position.x / scaleX, y = s.position.y / scaleY;
        f.left = std::min(f.left, x);
        f.top = std::min(f.top, y);
        f.right = std::max(f.right, x + icon.width);
        f.bottom = std::max(f.bottom, y + icon.height);
    }
    constexpr double pad = 30, title = 40, labelRoom = 40;

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Skyplan"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("skyplan"));
    xml.writeAttribute(QStringLiteral("name"),
                       design.name.isEmpty() ? QStringLiteral("Design") : xmlSafe(design.name));
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    for (const auto &[key, value] : {std::pair{"grid", "1"},
                                     {"gridSize", "10"},
                                     {"guides", "1"},
                                     {"tooltips", "1"},
                                     {"connect", "1"},
                                     {"arrows", "1"},
                                     {"fold", "1"},
                                     {"page", "0"},
                                     {"pageScale", "1"},
                                     {"math", "0"},
                                     {"shadow", "0"}})
        xml.writeAttribute(QLatin1String(key), QLatin1String(value));
    xml.writeStartElement(QStringLiteral("root"));
    // The root carries the design's own data (name, organisation, entry points, groups...).
    xml.writeStartElement(QStringLiteral("object"));
    xml.writeAttribute(QStringLiteral("label"), QString());
    xml.writeAttribute(QStringLiteral("skyplan"), compactJson(header));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));

    for (Frame &f : frames) {
        f.left -= pad;
        f.top -= title;
        f.right += pad;
        f.bottom += labelRoom;
        const Provider *provider = catalog.provider(f.provider);
        const std::optional<Region> region = catalog.region(f.provider, f.region);
        QString label = QStringLiteral("%1 %2").arg(
            provider && !provider->shortName.isEmpty() ? provider->shortName : f.provider,
            f.region);
        if (region && !region->name.isEmpty())
            label += QStringLiteral(" (%1)").arg(region->name);
        const QString colour =
            provider && !provider->color.isEmpty() ? provider->color : QStringLiteral("#6B7280");
        const QString style =
            f.provider == QLatin1String("aws")
                ? QStringLiteral("points=[];outlineConnect=0;gradientColor=none;html=0;"
                                 "whiteSpace=wrap;fontSize=12;fontStyle=1;container=1;"
                                 "pointerEvents=0;collapsible=0;recursiveResize=0;"
                                 "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;"
                                 "strokeColor=%1;fillColor=none;verticalAlign=top;align=left;"
                                 "spacingLeft=30;fontColor=%1;dashed=1;")
                      .arg(colour)
                : QStringLiteral("rounded=1;arcSize=3;whiteSpace=wrap;container=1;collapsible=0;"
                                 "recursiveResize=0;verticalAlign=top;align=left;spacingLeft=10;"
                                 "fontStyle=1;fontSize=12;strokeColor=%1;fontColor=%1;"
                                 "fillColor=none;%2")
                      .arg(colour, f.provider == QLatin1String("onprem")
                                       ? QStringLiteral("dashed=1;")
                                       : QString());
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), f.id);
        xml.writeAttribute(QStringLiteral("value"), xmlSafe(label));
        xml.writeAttribute(QStringLiteral("style"), style);
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        writeGeometry(xml, f.left, f.top, f.right - f.left, f.bottom - f.top);
        xml.writeEndElement();
    }
    const auto &serviceTrees = whole["services"];
    for (std::size_t i = 0; i < design.services().size(); ++i) {
        const PlacedService &s = design.services()[i];
        const Frame &f = frames[frameOf.at({s.provider, s.region})];
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(s.label));
        xml.writeAttribute(QStringLiteral("skyplan"), compactJson(serviceTrees[i]));
        xml.writeAttribute(QStringLiteral("id"), cellOfService.value(s.id));
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("style"), icons[i].style);
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), f.id);
        writeGeometry(xml, s.position.x / scaleX - f.left, s.position.y / scaleY - f.top,
                      icons[i].width, icons[i].height);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    const auto &linkTrees = whole["links"];
    for (std::size_t i = 0; i < design.links().size(); ++i) {
        const Link &l = design.links()[i];
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(l.label));
        xml.writeAttribute(QStringLiteral("skyplan"), compactJson(linkTrees[i]));
        xml.writeAttribute(QStringLiteral("id"), uniqueId(l.id, ids));
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(
            QStringLiteral("style"),
            QStringLiteral("edgeStyle=orthogonalEdgeStyle;rounded=1;orthogonalLoop=1;"
                           "jettySize=auto;endArrow=block;endFill=1;fontSize=11;%1")
                .arg(l.kind == LinkKind::Request ? QStringLiteral("dashed=1;")
                     : l.kind == LinkKind::Replication
                         ? QStringLiteral("dashed=1;dashPattern=8 4 1 4;")
                         : QString()));
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("source"), cellOfService.value(l.from));
        xml.writeAttribute(QStringLiteral("target"), cellOfService.value(l.to));
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return bytes;
}

} // namespace skyplan::drawio
