#include "assessments/AssessmentService.h"

#include "assessments/StatusFlow.h"
#include "i18n/Translate.h"
#include "scoring/AssessmentJson.h"
#include "scoring/QuoteJson.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

#include "json/JsonReader.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace treeops::assessments {
namespace {

using namespace Qt::StringLiterals;
using storage::StoreError;

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString engineKey(const QString& catalogVersion, const QString& ratesVersion) {
    return catalogVersion + u'\n' + ratesVersion;
}

std::shared_ptr<const scoring::QuoteEngine> compile(scoring::CatalogData catalog,
                                                    scoring::RatesData rates) {
    return std::make_shared<const scoring::QuoteEngine>(
        std::make_shared<const scoring::Catalog>(std::move(catalog)),
        std::make_shared<const scoring::Rates>(std::move(rates)));
}

} // namespace

QJsonObject PricedAssessment::assessmentJson() const {
    return scoring::assessmentToJson(assessment, engine->catalog(), engine->rates());
}

QJsonObject PricedAssessment::quoteJson() const {
    return scoring::quoteToJson(quote, assessment.id, engine->catalog(), engine->rates());
}

std::shared_ptr<const scoring::QuoteEngine> AssessmentService::activeEngine() {
    try {
        const auto catalog = m_store.activeCatalogVersion();
        const auto rates = m_store.activeRatesVersion();
        if (!catalog || !rates)
            throw StoreError(
                StoreError::Kind::NotFound,
                translate("Assessment",
                          "the store has no active catalog or rates; import them first"));
        m_lastActive = engineFor(*catalog, *rates);
    } catch (const StoreError& e) {
        // While a shared store is out of reach, quoting goes on with the versions it last had
        // active: published versions never change, so the quotes stay exact and pinned.
        if (e.kind() != StoreError::Kind::Unavailable || !m_lastActive)
            throw;
    }
    return m_lastActive;
}

std::shared_ptr<const scoring::QuoteEngine>
AssessmentService::quoteOfflineWith(scoring::CatalogData catalog, scoring::RatesData rates) {
    const QString key = engineKey(catalog.version, rates.version);
    m_lastActive = compile(std::move(catalog), std::move(rates));
    m_engines.insert(key, m_lastActive);
    return m_lastActive;
}

std::shared_ptr<const scoring::QuoteEngine>
AssessmentService::engineFor(const QString& catalogVersion, const QString& ratesVersion) {
    const QString key = engineKey(catalogVersion, ratesVersion);
    if (const auto it = m_engines.constFind(key); it != m_engines.constEnd())
        return *it;
    auto catalog = m_store.catalog(catalogVersion);
    auto rates = m_store.rates(ratesVersion);
    if (!catalog || !rates)
        throw StoreError(StoreError::Kind::NotFound,
                         translate("Assessment", "catalog %1 or rates %2 is not in the store")
                             .arg(catalogVersion, ratesVersion));
    auto engine = compile(std::move(*catalog), std::move(*rates));
    m_engines.insert(key, engine);
    return engine;
}

std::optional<PricedAssessment> priceWith(std::shared_ptr<const scoring::QuoteEngine> engine,
                                          const QJsonObject& json, Problems& problems) {
    const scoring::AssessmentReader reader(engine->catalog(), engine->rates());
    auto assessment = reader.read(json, problems);
    if (!assessment)
        return std::nullopt;
    scoring::Quote quote = engine->quote(*assessment);
    return PricedAssessment{std::move(*assessment), std::move(engine), std::move(quote)};
}

std::optional<PricedAssessment> AssessmentService::price(const QJsonObject& json,
                                                         Problems& problems) {
    return priceWith(activeEngine(), json, problems);
}

std::optional<PricedAssessment>
AssessmentService::price(const QByteArray& json, const QString& source, Problems& problems) {
    const auto root = parseJsonObject(json, source, problems);
    return root ? price(*root, problems) : std::nullopt;
}

QString AssessmentService::newAssessmentId() {
    // Short enough to read over the phone; the date keeps ids roughly in order.
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(32)]);
    return u"A-"_s + QDate::currentDate().toString(u"yyyyMMdd"_s) + u'-' + suffix;
}

storage::AssessmentWrite AssessmentService::toWrite(const PricedAssessment& p,
                                                    storage::AssessmentStatus status) const {
    const scoring::Assessment& a = p.assessment;
    const scoring::Quote& q = p.quote;
    storage::AssessmentWrite w;
    w.id = a.id;
    w.customerName = a.customer.name;
    w.customerPhone = a.customer.phone;
    w.customerEmail = a.customer.email;
    w.address = a.site.address;
    w.state = p.engine->rates().data().states[a.site.state].state;
    for (const scoring::Tree& t : a.trees) {
        const QString service(scoring::serviceKey(t.service));
        if (!w.services.contains(service))
            w.services << service;
    }
    w.treeCount = static_cast<int>(a.trees.size());
    w.status = status;
    w.inputJson = compact(p.assessmentJson());
    w.quote = storage::QuoteRecord{p.engine->catalog().version(),
                                   p.engine->rates().version(),
                                   q.composite,
                                   p.engine->catalog().band(q.band).name,
                                   scoring::roundMoney(q.price),
                                   scoring::roundMoney(q.totalCost),
                                   q.billableHours,
                                   compact(p.quoteJson()),
                                   {}};
    return w;
}

void AssessmentService::checkTransition(const QString& id, storage::AssessmentStatus to,
                                        qint64 expectedRowVersion) {
    std::optional<storage::StoredAssessment> current;
    try {
        current = m_store.assessment(id);
    } catch (const StoreError& e) {
        // Out of reach: the save waits in the outbox, and the editor offered only allowed steps.
        if (e.kind() == StoreError::Kind::Unavailable)
            return;
        throw;
    }
    // A missing or newer assessment is the store's to refuse, with its own message.
    if (!current || current->summary.rowVersion != expectedRowVersion)
        return;
    if (!isAllowedTransition(current->summary.status, to))
        throw StoreError(
            StoreError::Kind::InvalidInput,
            translate("Assessment", "assessment %1 is %2 and cannot become %3")
                .arg(id, storage::statusKey(current->summary.status), storage::statusKey(to)));
}

SavedAssessment AssessmentService::save(PricedAssessment priced, storage::AssessmentStatus status,
                                        qint64 expectedRowVersion) {
    if (expectedRowVersion > 0)
        checkTransition(priced.assessment.id, status, expectedRowVersion);
    if (priced.assessment.id.isEmpty())
        priced.assessment.id = newAssessmentId();
    storage::AssessmentWrite write = toWrite(priced, status);
    write.expectedRowVersion = expectedRowVersion;
    const qint64 rowVersion = m_store.saveAssessment(write);
    return SavedAssessment{priced.assessment.id, rowVersion, std::move(priced)};
}

void AssessmentService::saveAll(const QList<BatchItem>& items) {
    QList<storage::AssessmentWrite> writes;
    writes.reserve(items.size());
    for (const BatchItem& item : items) {
        storage::AssessmentWrite w = toWrite(item.priced, item.status);
        w.recordedAt = item.recordedAt;
        if (w.id.isEmpty())
            throw StoreError(StoreError::Kind::InvalidInput,
                             translate("Assessment", "every assessment in a batch needs an id"));
        writes.append(std::move(w));
    }
    m_store.saveAssessments(writes);
}

std::optional<ReopenedAssessment> AssessmentService::reopen(const QString& id) {
    auto stored = m_store.assessment(id);
    if (!stored)
        return std::nullopt;
    ReopenedAssessment out{std::move(*stored), m_store.latestQuote(id), std::nullopt};
    if (!out.storedQuote)
        return out;
    auto engine = engineFor(out.storedQuote->catalogVersion, out.storedQuote->ratesVersion);
    const scoring::AssessmentReader reader(engine->catalog(), engine->rates());
    Problems problems;
    auto assessment = reader.read(out.stored.inputJson, id, problems);
    if (!assessment)
        throw StoreError(StoreError::Kind::Failed,
                         translate("Assessment", "stored assessment %1 no longer reads: %2")
                             .arg(id, joinProblems(problems)));
    scoring::Quote quote = engine->quote(*assessment);
    out.repriced = PricedAssessment{std::move(*assessment), std::move(engine), std::move(quote)};
    return out;
}

SavedAssessment AssessmentService::duplicate(const QString& id) {
    const auto stored = m_store.assessment(id);
    if (!stored)
        throw StoreError(StoreError::Kind::NotFound,
                         translate("Assessment", "assessment %1 does not exist").arg(id));
    QJsonObject json = QJsonDocument::fromJson(stored->inputJson).object();
    json.remove(u"id"_s);
    Problems problems;
    auto priced = price(json, problems);
    if (!priced)
        throw StoreError(StoreError::Kind::InvalidInput,
                         translate("Assessment", "assessment %1 no longer validates with the "
                                                 "active catalog and rates: %2")
                             .arg(id, joinProblems(problems)));
    return save(std::move(*priced), storage::AssessmentStatus::Draft);
}

qint64 AssessmentService::changeStatus(const QString& id, storage::AssessmentStatus status,
                                       qint64 expectedRowVersion) {
    checkTransition(id, status, expectedRowVersion);
    return m_store.setStatus(id, status, expectedRowVersion);
}

void AssessmentService::remove(const QString& id, qint64 expectedRowVersion) {
    m_store.deleteAssessment(id, expectedRowVersion);
}

} // namespace treeops::assessments
