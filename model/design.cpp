#include "design.h"

#include "idnumbers.h"

#include <QSet>

#include <stdexcept>

namespace skyplan {

const PlacedService *Design::service(const QString &id) const
{
    const int i = serviceIndex(id);
    return i < 0 ? nullptr : &m_services[std::size_t(i)];
}

PlacedService *Design::service(const QString &id)
{
    const int i = serviceIndex(id);
    return i < 0 ? nullptr : &m_services[std::size_t(i)];
}

const Link *Design::link(const QString &id) const
{
    const int i = linkIndex(id);
    return i < 0 ? nullptr : &m_links[std::size_t(i)];
}

Link *Design::link(const QString &id)
{
    const int i = linkIndex(id);
    return i < 0 ? nullptr : &m_links[std::size_t(i)];
}

const OnPremSite *Design::site(const QString &id) const
{
    // The analyses ask for every on-prem service and link end: a linear scan over the sites
    // was a quarter of the analysis of 10,000 services.
    const auto rebuild = [this] {
        m_siteIndex.clear();
        for (std::size_t i = 0; i < sites.size(); ++i)
            m_siteIndex.insert(sites[i].id, int(i));
        m_siteIndexData = sites.data();
        m_siteIndexSize = sites.size();
    };
    if (m_siteIndexData != sites.data() || m_siteIndexSize != sites.size())
        rebuild();
    const int i = m_siteIndex.value(id, -1);
    if (i >= 0 && std::size_t(i) < sites.size() && sites[std::size_t(i)].id == id)
        return &sites[std::size_t(i)];
    // Not indexed, or a site was edited in place since: the scan is the truth.
    for (const OnPremSite &s : sites) {
        if (s.id == id) {
            rebuild();
            return &s;
        }
    }
    return nullptr;
}

const std::vector<Design::LinkEnds> &Design::linkEnds() const
{
    const auto holds = [this](int index, const QString &id) {
        return index >= 0 ? m_services[std::size_t(index)].id == id : !m_serviceIndex.contains(id);
    };
    bool valid = m_linkEnds.size() == m_links.size();
    for (std::size_t i = 0; valid && i < m_links.size(); ++i) {
        const LinkEnds &e = m_linkEnds[i];
        // Indices are checked against the services as they are now: one out of range (a
        // service taken since) fails before any element is read.
        valid = e.from < int(m_services.size()) && e.to < int(m_services.size()) &&
                holds(e.from, m_links[i].from) && holds(e.to, m_links[i].to);
    }
    if (!valid) {
        m_linkEnds.clear();
        m_linkEnds.reserve(m_links.size());
        for (const Link &l : m_links)
            m_linkEnds.push_back({serviceIndex(l.from), serviceIndex(l.to)});
    }
    return m_linkEnds;
}

void Design::insertService(PlacedService service, int index)
{
    if (m_serviceIndex.contains(service.id))
        throw std::logic_error("Design::insertService: duplicate service id");
    if (index < 0 || index >= int(m_services.size())) {
        m_serviceIndex.insert(service.id, int(m_services.size()));
        m_services.push_back(std::move(service));
        return;
    }
    m_services.insert(m_services.begin() + index, std::move(service));
    reindexServices();
}

PlacedService Design::takeService(const QString &id)
{
    const int i = serviceIndex(id); // `id` may alias the element: read it before erasing
    if (i < 0)
        throw std::logic_error("Design::takeService: unknown service id");
    PlacedService taken = std::move(m_services[std::size_t(i)]);
    m_services.erase(m_services.begin() + i);
    reindexServices();
    return taken;
}

void Design::insertLink(Link link, int index)
{
    if (m_linkIndex.contains(link.id))
        throw std::logic_error("Design::insertLink: duplicate link id");
    if (index < 0 || index >= int(m_links.size())) {
        m_linkIndex.insert(link.id, int(m_links.size()));
        m_links.push_back(std::move(link));
        return;
    }
    m_links.insert(m_links.begin() + index, std::move(link));
    reindexLinks();
}

Link Design::takeLink(const QString &id)
{
    const int i = linkIndex(id);
    if (i < 0)
        throw std::logic_error("Design::takeLink: unknown link id");
    Link taken = std::move(m_links[std::size_t(i)]);
    m_links.erase(m_links.begin() + i);
    reindexLinks();
    return taken;
}

QStringList Design::linksOf(const QString &serviceId) const
{
    QStringList ids;
    for (const Link &l : m_links) {
        if (l.from == serviceId || l.to == serviceId)
            ids << l.id;
    }
    return ids;
}

static QString uniqueId(const QString &base, const QHash<QString, int> &taken)
{
    const QString stem = base.isEmpty() ? QStringLiteral("item") : base;
    if (!taken.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('_') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString Design::uniqueServiceId(const QString &base) const
{
    return uniqueId(base, m_serviceIndex);
}

QString Design::uniqueLinkId(const QString &base) const
{
    return uniqueId(base, m_linkIndex);
}

QStringList Design::providers() const
{
    IdNumbers providers;
    for (const PlacedService &s : m_services)
        providers.number(s.provider);
    return providers.ids();
}

bool Design::operator==(const Design &other) const
{
    return name == other.name && description == other.description &&
           organization == other.organization && sites == other.sites &&
           entryPoints == other.entryPoints && redundancyGroups == other.redundancyGroups &&
           disasterRecovery == other.disasterRecovery &&
           complianceRequirements == other.complianceRequirements && views == other.views &&
           m_services == other.m_services && m_links == other.m_links;
}

void Design::reindexServices()
{
    m_serviceIndex.clear();
    m_serviceIndex.reserve(qsizetype(m_services.size()));
    for (std::size_t i = 0; i < m_services.size(); ++i)
        m_serviceIndex.insert(m_services[i].id, int(i));
}

void Design::reindexLinks()
{
    m_linkIndex.clear();
    m_linkIndex.reserve(qsizetype(m_links.size()));
    for (std::size_t i = 0; i < m_links.size(); ++i)
        m_linkIndex.insert(m_links[i].id, int(i));
}

} // namespace skyplan
