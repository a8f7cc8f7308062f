#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <unordered_map>

namespace skyplan {

/// A text of the catalog data (a price component, a unit, a description, a policy message or
/// template) in the interface language. translations/extract_data_strings.py lists the texts of
/// the built-in catalogs for lupdate in the context "CatalogData"
/// (model/catalog/catalogstrings.tr.cpp, which is generated and not compiled). A text it does
/// not list, from a user's own catalog (SKYPLAN_CATALOG_DIR) for instance, stays as it is, and
/// in English every text does. Templates are translated before their {placeholders} are filled.
inline QString dataText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("CatalogData", english.toUtf8().constData());
}

/// dataText() with memory, for code that asks for the same few texts thousands of times (an
/// invoice line per service, a message per finding): each text is looked up once per instance.
class DataTexts {
public:
    const QString &operator()(const QString &english) const
    {
        auto it = m_texts.constFind(english);
        if (it == m_texts.cend())
            it = m_texts.insert(english, dataText(english));
        return it.value();
    }

    /// operator() of a text the catalog holds, remembered by where it is: for the texts asked
    /// for at every service (items and units), which then cost no hashing of their words.
    /// Only for texts that outlive this instance, as a catalog's fields do.
    const QString &field(const QString &catalogText) const
    {
        auto it = m_fields.find(&catalogText);
        if (it == m_fields.end())
            it = m_fields.emplace(&catalogText, (*this)(catalogText)).first;
        return it->second;
    }

private:
    mutable QHash<QString, QString> m_texts; ///< English -> interface language
    mutable std::unordered_map<const QString *, QString> m_fields; ///< field()
};

} // namespace skyplan
