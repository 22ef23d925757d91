#include "scoring/CatalogJson.h"

#include "i18n/Translate.h"

#include "json/JsonReader.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace treeops::scoring {
namespace {

using namespace Qt::StringLiterals;
using Presence = JsonReader::Presence;

constexpr NumberRule Percent{0, 100, "%"_L1};
constexpr NumberRule Weight{0, 1};
constexpr NumberRule Score{0, 100};
constexpr NumberRule Multiplier{0.01, 100};
constexpr double WeightTolerance = 0.001;

std::optional<ModifierDef> readModifier(JsonReader& r, const QJsonValue& value,
                                        const QString& path) {
    const auto o = r.objectAt(value, path);
    if (!o)
        return std::nullopt;
    const auto fields = r.fields(*o, path, {"code"_L1, "name"_L1, "pct"_L1});
    ModifierDef m;
    m.code = r.string(fields, "code"_L1, Presence::Required).value_or(QString());
    m.name = r.string(fields, "name"_L1, Presence::Required).value_or(QString());
    m.pct = r.number(fields, "pct"_L1, Percent, Presence::Required).value_or(0);
    return m;
}

std::optional<FactorDef> readFactor(JsonReader& r, const QJsonValue& value, const QString& path) {
    const auto o = r.objectAt(value, path);
    if (!o)
        return std::nullopt;
    const auto fields = r.fields(*o, path,
                                 {"code"_L1, "domain"_L1, "group"_L1, "name"_L1, "description"_L1,
                                  "trigger"_L1, "base_pct"_L1, "active"_L1, "modifiers"_L1});
    FactorDef f;
    f.code = r.string(fields, "code"_L1, Presence::Required).value_or(QString());
    if (const auto domain = r.string(fields, "domain"_L1, Presence::Required)) {
        if (const auto d = domainFromKey(*domain))
            f.domain = *d;
        else
            r.fail(jsonPath(path, "domain"_L1),
                   translate("Catalog", "\"%1\" is not an AFISS domain").arg(*domain));
    }
    f.group = r.string(fields, "group"_L1, Presence::Required).value_or(QString());
    f.name = r.string(fields, "name"_L1, Presence::Required).value_or(QString());
    f.description = r.string(fields, "description"_L1, Presence::Required).value_or(QString());
    f.trigger = r.string(fields, "trigger"_L1, Presence::Required).value_or(QString());
    f.basePct = r.number(fields, "base_pct"_L1, Percent, Presence::Required).value_or(0);
    f.active = r.boolean(fields, "active"_L1, Presence::Optional).value_or(true);
    const QString modifiersPath = jsonPath(path, "modifiers"_L1);
    const QJsonArray modifiers =
        r.array(fields, "modifiers"_L1, Presence::Optional).value_or(QJsonArray());
    for (qsizetype i = 0; i < modifiers.size(); ++i) {
        if (auto m = readModifier(r, modifiers[i], jsonPath(modifiersPath, i)))
            f.modifiers.append(*m);
    }
    return f;
}

std::optional<InteractionDef> readInteraction(JsonReader& r, const QJsonValue& value,
                                              const QString& path) {
    const auto o = r.objectAt(value, path);
    if (!o)
        return std::nullopt;
    const auto fields = r.fields(*o, path, {"a"_L1, "b"_L1, "overlap"_L1, "protocol"_L1});
    InteractionDef rule;
    rule.a = r.string(fields, "a"_L1, Presence::Required).value_or(QString());
    rule.b = r.string(fields, "b"_L1, Presence::Required).value_or(QString());
    rule.overlap = r.number(fields, "overlap"_L1, Score, Presence::Required).value_or(0);
    rule.protocol = r.string(fields, "protocol"_L1, Presence::Required).value_or(QString());
    return rule;
}

std::optional<BandDef> readBand(JsonReader& r, const QJsonValue& value, const QString& path) {
    const auto o = r.objectAt(value, path);
    if (!o)
        return std::nullopt;
    const auto fields = r.fields(
        *o, path,
        {"band"_L1, "from"_L1, "to"_L1, "multiplier_from"_L1, "multiplier_to"_L1, "severity"_L1});
    BandDef b;
    b.name = r.string(fields, "band"_L1, Presence::Required).value_or(QString());
    b.from = r.number(fields, "from"_L1, Score, Presence::Required).value_or(0);
    b.to = r.number(fields, "to"_L1, Score, Presence::Required).value_or(0);
    b.multiplierFrom =
        r.number(fields, "multiplier_from"_L1, Multiplier, Presence::Required).value_or(1);
    b.multiplierTo =
        r.number(fields, "multiplier_to"_L1, Multiplier, Presence::Required).value_or(1);
    b.severity = r.number(fields, "severity"_L1, Multiplier, Presence::Required).value_or(1);
    return b;
}

void readDomains(JsonReader& r, const JsonReader::Fields& root, CatalogData& c) {
    const QJsonArray domains =
        r.array(root, "domains"_L1, Presence::Required).value_or(QJsonArray());
    DomainArray<bool> seen{};
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QString path = jsonPath(u"domains"_s, i);
        const auto o = r.objectAt(domains[i], path);
        if (!o)
            continue;
        const auto fields = r.fields(*o, path, {"domain"_L1, "weight"_L1});
        const auto key = r.string(fields, "domain"_L1, Presence::Required);
        const auto weight = r.number(fields, "weight"_L1, Weight, Presence::Required);
        const auto domain = key ? domainFromKey(*key) : std::nullopt;
        if (key && !domain) {
            r.fail(jsonPath(path, "domain"_L1),
                   translate("Catalog", "\"%1\" is not an AFISS domain").arg(*key));
        } else if (domain && seen[static_cast<std::size_t>(*domain)]) {
            r.fail(jsonPath(path, "domain"_L1),
                   translate("Catalog", "\"%1\" is listed twice").arg(*key));
        } else if (domain && weight) {
            seen[static_cast<std::size_t>(*domain)] = true;
            c.weights[static_cast<std::size_t>(*domain)] = *weight;
        }
    }
    for (Domain d : AllDomains) {
        if (!seen[static_cast<std::size_t>(d)])
            r.fail(u"domains"_s,
                   translate("Catalog", "domain \"%1\" has no weight").arg(domainKey(d)));
    }
}

template <typename T, typename ReadFn>
QList<T> readList(JsonReader& r, const JsonReader::Fields& root, QLatin1StringView key,
                  ReadFn read) {
    QList<T> items;
    const QJsonArray array = r.array(root, key, Presence::Required).value_or(QJsonArray());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto item = read(r, array[i], jsonPath(QString(key), i)))
            items.append(std::move(*item));
    }
    return items;
}

void validateWeights(const CatalogData& c, Problems& problems) {
    double sum = 0;
    for (double w : c.weights)
        sum += w;
    if (std::abs(sum - 1) > WeightTolerance)
        problems.append(
            {u"domains"_s,
             translate("Catalog", "weights add up to %1; they must sum to 1 (within %2)")
                 .arg(sum, 0, 'g', 10)
                 .arg(WeightTolerance)});
}

bool allDigits(QStringView text) {
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// AF_<DOMAIN>_NNN, checked by hand: a regular expression per factor made loading the catalog
// the slowest part of a command-line quote.
bool isFactorCodeOf(const QString& code, Domain domain) {
    const QString prefix = u"AF_"_s + domainCodeInfix(domain) + u'_';
    return code.size() == prefix.size() + 3 && code.startsWith(prefix) &&
           allDigits(QStringView(code).mid(prefix.size()));
}

// <factor code>.<n>, n a positive number without leading zeros.
bool isModifierCodeOf(const QString& code, const QString& factorCode) {
    const QStringView rest = QStringView(code).mid(factorCode.size());
    return code.startsWith(factorCode) && rest.size() >= 2 && rest.front() == u'.' &&
           rest.at(1) != u'0' && allDigits(rest.mid(1));
}

void validateFactorModifiers(const FactorDef& f, const QString& path, Problems& problems) {
    if (f.modifiers.size() > Catalog::MaxModifiersPerFactor)
        problems.append({jsonPath(path, "modifiers"_L1),
                         translate("Catalog", "%1 modifiers; at most %2 are allowed")
                             .arg(f.modifiers.size())
                             .arg(Catalog::MaxModifiersPerFactor)});
    QSet<QString> codes;
    for (qsizetype i = 0; i < f.modifiers.size(); ++i) {
        const QString codePath = jsonPath(jsonPath(jsonPath(path, "modifiers"_L1), i), "code"_L1);
        const QString& code = f.modifiers[i].code;
        if (!isModifierCodeOf(code, f.code))
            problems.append(
                {codePath,
                 translate("Catalog", "\"%1\" does not belong to factor %2 (expected %2.<n>)")
                     .arg(code, f.code)});
        else if (codes.contains(code))
            problems.append({codePath, translate("Catalog", "\"%1\" is used twice").arg(code)});
        codes.insert(code);
        if (f.modifiers[i].name.trimmed().isEmpty())
            problems.append({jsonPath(jsonPath(jsonPath(path, "modifiers"_L1), i), "name"_L1),
                             translate("Catalog", "must not be empty")});
    }
}

void validateFactors(const CatalogData& c, Problems& problems) {
    QSet<QString> codes;
    for (qsizetype i = 0; i < c.factors.size(); ++i) {
        const FactorDef& f = c.factors[i];
        const QString path = jsonPath(u"factors"_s, i);
        if (!isFactorCodeOf(f.code, f.domain))
            problems.append({jsonPath(path, "code"_L1),
                             translate("Catalog", "\"%1\" does not match AF_%2_NNN for domain %3")
                                 .arg(f.code, domainCodeInfix(f.domain), domainKey(f.domain))});
        else if (codes.contains(f.code))
            problems.append({jsonPath(path, "code"_L1),
                             translate("Catalog", "\"%1\" is used twice").arg(f.code)});
        codes.insert(f.code);
        if (f.name.trimmed().isEmpty())
            problems.append({jsonPath(path, "name"_L1), translate("Catalog", "must not be empty")});
        if (f.group.trimmed().isEmpty())
            problems.append(
                {jsonPath(path, "group"_L1), translate("Catalog", "must not be empty")});
        validateFactorModifiers(f, path, problems);
    }
}

void validateInteractions(const CatalogData& c, Problems& problems) {
    QHash<QString, bool> activeByCode;
    for (const FactorDef& f : c.factors)
        activeByCode.insert(f.code, f.active);
    for (qsizetype i = 0; i < c.interactions.size(); ++i) {
        const InteractionDef& rule = c.interactions[i];
        const QString path = jsonPath(u"interactions"_s, i);
        for (const auto& [key, code] : {std::pair{"a"_L1, rule.a}, std::pair{"b"_L1, rule.b}}) {
            const auto it = activeByCode.constFind(code);
            if (it == activeByCode.constEnd())
                problems.append({jsonPath(path, key),
                                 translate("Catalog", "\"%1\" is not a factor").arg(code)});
            else if (!*it)
                problems.append(
                    {jsonPath(path, key), translate("Catalog", "\"%1\" is not active").arg(code)});
        }
        if (rule.a == rule.b)
            problems.append({path, translate("Catalog", "a rule needs two different factors")});
        if (rule.protocol.trimmed().isEmpty())
            problems.append(
                {jsonPath(path, "protocol"_L1), translate("Catalog", "must not be empty")});
    }
}

void validateBands(const CatalogData& c, Problems& problems) {
    if (c.bands.isEmpty()) {
        problems.append(
            {u"bands"_s, translate("Catalog", "at least one complexity band is required")});
        return;
    }
    double expectedFrom = 0;
    for (qsizetype i = 0; i < c.bands.size(); ++i) {
        const BandDef& b = c.bands[i];
        const QString path = jsonPath(u"bands"_s, i);
        if (b.from != expectedFrom)
            problems.append({jsonPath(path, "from"_L1),
                             translate("Catalog", "%1 leaves a gap or overlap; expected %2")
                                 .arg(b.from)
                                 .arg(expectedFrom)});
        if (b.to <= b.from)
            problems.append(
                {jsonPath(path, "to"_L1), translate("Catalog", "must be greater than from")});
        if (b.name.trimmed().isEmpty())
            problems.append({jsonPath(path, "band"_L1), translate("Catalog", "must not be empty")});
        expectedFrom = b.to;
    }
    if (c.bands.constLast().to != 100)
        problems.append({jsonPath(jsonPath(u"bands"_s, c.bands.size() - 1), "to"_L1),
                         translate("Catalog", "the last band must end at 100")});
}

} // namespace

void validateCatalog(const CatalogData& c, Problems& problems) {
    if (c.version.trimmed().isEmpty())
        problems.append({u"version"_s, translate("Catalog", "must not be empty")});
    validateWeights(c, problems);
    validateFactors(c, problems);
    validateInteractions(c, problems);
    validateBands(c, problems);
}

std::optional<CatalogData> readCatalog(const QJsonObject& document, Problems& problems) {
    JsonReader r(problems);
    const qsizetype before = r.problemCount();
    const auto root = r.fields(
        document, {}, {"version"_L1, "domains"_L1, "factors"_L1, "interactions"_L1, "bands"_L1});
    CatalogData c;
    c.version = r.string(root, "version"_L1, Presence::Required).value_or(QString());
    readDomains(r, root, c);
    c.factors = readList<FactorDef>(r, root, "factors"_L1, readFactor);
    c.interactions = readList<InteractionDef>(r, root, "interactions"_L1, readInteraction);
    c.bands = readList<BandDef>(r, root, "bands"_L1, readBand);
    if (r.problemCount() != before)
        return std::nullopt;
    validateCatalog(c, problems);
    if (r.problemCount() != before)
        return std::nullopt;
    return c;
}

std::optional<CatalogData> readCatalog(const QByteArray& json, const QString& source,
                                       Problems& problems) {
    const auto root = parseJsonObject(json, source, problems);
    return root ? readCatalog(*root, problems) : std::nullopt;
}

QJsonObject catalogToJson(const CatalogData& c) {
    QJsonArray domains;
    for (Domain d : AllDomains)
        domains.append(QJsonObject{{u"domain"_s, QString(domainKey(d))},
                                   {u"weight"_s, c.weights[static_cast<std::size_t>(d)]}});
    QJsonArray factors;
    for (const FactorDef& f : c.factors) {
        QJsonArray modifiers;
        for (const ModifierDef& m : f.modifiers)
            modifiers.append(
                QJsonObject{{u"code"_s, m.code}, {u"name"_s, m.name}, {u"pct"_s, m.pct}});
        QJsonObject factor{{u"code"_s, f.code},
                           {u"domain"_s, QString(domainKey(f.domain))},
                           {u"group"_s, f.group},
                           {u"name"_s, f.name},
                           {u"description"_s, f.description},
                           {u"trigger"_s, f.trigger},
                           {u"base_pct"_s, f.basePct},
                           {u"modifiers"_s, modifiers}};
        if (!f.active)
            factor.insert(u"active"_s, false);
        factors.append(factor);
    }
    QJsonArray interactions;
    for (const InteractionDef& rule : c.interactions)
        interactions.append(QJsonObject{{u"a"_s, rule.a},
                                        {u"b"_s, rule.b},
                                        {u"overlap"_s, rule.overlap},
                                        {u"protocol"_s, rule.protocol}});
    QJsonArray bands;
    for (const BandDef& b : c.bands)
        bands.append(QJsonObject{{u"band"_s, b.name},
                                 {u"from"_s, b.from},
                                 {u"to"_s, b.to},
                                 {u"multiplier_from"_s, b.multiplierFrom},
                                 {u"multiplier_to"_s, b.multiplierTo},
                                 {u"severity"_s, b.severity}});
    return QJsonObject{{u"version"_s, c.version},
                       {u"domains"_s, domains},
                       {u"factors"_s, factors},
                       {u"interactions"_s, interactions},
                       {u"bands"_s, bands}};
}

} // namespace treeops::scoring
